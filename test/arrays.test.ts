import {describe, expect, it} from 'vitest'
import {append, replaceRange} from '../src/util/arrays.js'

describe('append', () => {
  it('appends in order, even more items than a call can take as arguments', () => {
    const target = [-1]
    append(target, Array.from({length: 300_000}, (_, index) => index))
    expect(target.length).toBe(300_001)
    expect(target.slice(0, 3)).toEqual([-1, 0, 1])
    expect(target.at(-1)).toBe(299_999)
  })
})

describe('replaceRange', () => {
  it('works as splice for few items', () => {
    const list = ['a', 'b', 'c', 'd']
    replaceRange(list, 1, 2, ['x', 'y', 'z'])
    expect(list).toEqual(['a', 'x', 'y', 'z', 'd'])
  })

  it('works as splice for 300 000 items', () => {
    const list = ['a', 'b', 'c']
    const items = Array.from({length: 300_000}, (_, index) => String(index))
    replaceRange(list, 1, 1, items)
    expect(list.length).toBe(300_002)
    expect([list[0], list[1], list[300_000], list[300_001]]).toEqual(['a', '0', '299999', 'c'])
  })
})
