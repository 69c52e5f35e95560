import type {Root} from 'hast'
import {h} from 'hastscript'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rehypeStripBoilerplate, type Rule} from '../src/index.js'
import {createState} from '../src/pipeline/state.js'
import {LastResult, sameItems} from '../src/util/last-result.js'

describe('LastResult', () => {
  it('makes the result again only when an item of the key changes', () => {
    const cache = new LastResult<number>()
    let made = 0
    const make = (): number => ++made
    const a = {}
    expect(cache.get([a, 'x', 1], make)).toBe(1)
    expect(cache.get([a, 'x', 1], make)).toBe(1)
    expect(cache.get([a, 'x', 2], make)).toBe(2)
    expect(cache.get([{}, 'x', 2], make)).toBe(3)
    expect(cache.get([], make)).toBe(4)
    expect(cache.get([], make)).toBe(4)
  })

  it('keeps its own copy of the key (a caller changing its list does not hide a change)', () => {
    const cache = new LastResult<string>()
    const key: unknown[] = ['a']
    expect(cache.get(key, () => 'first')).toBe('first')
    key.push('b')
    expect(cache.get(key, () => 'second')).toBe('second')
  })

  it('compares by identity, NaN equal to itself', () => {
    expect(sameItems([NaN, 0], [NaN, 0])).toBe(true)
    expect(sameItems([0], [-0])).toBe(false)
    expect(sameItems([{}], [{}])).toBe(false)
    expect(sameItems([1], [1, 2])).toBe(false)
  })
})

/** Text of the paragraphs left after stripping with `rules` (and `url`). */
function strip(rules: Rule[], children: Root['children'], url?: string): string[] {
  const tree: Root = {type: 'root', children: structuredClone(children)}
  const file = new VFile()
  file.data.unsyndicate = createState(null)
  unified().use(rehypeStripBoilerplate, {rules, url}).runSync(tree, file)
  return tree.children.map((node) => (node.type === 'element' ? String((node.children[0] as {value?: string})?.value) : ''))
}

describe('rule caches across documents', () => {
  const page: Root['children'] = [h('p', 'Keep this paragraph.'), h('p', 'Share this article'), h('p', 'Subscribe now'), h('div', {className: ['ad']}, 'Ad')]

  it('sees a pattern added to a rule after a first document', () => {
    const rule: Rule = {id: 'test/share', description: 'share line', removeText: [/^Share this article$/]}
    expect(strip([rule], page)).toEqual(['Keep this paragraph.', 'Subscribe now', 'Ad'])
    rule.removeText = [...rule.removeText!, /^Subscribe now$/]
    expect(strip([rule], page)).toEqual(['Keep this paragraph.', 'Ad'])
    ;(rule.removeText as RegExp[]).push(/^Keep/)
    expect(strip([rule], page)).toEqual(['Ad'])
  })

  it('sees a changed selector list, limit and host list', () => {
    const rule: Rule = {id: 'test/ad', description: 'ad slot', remove: ['.banner']}
    expect(strip([rule], page)).toHaveLength(4)
    rule.remove = ['.ad']
    expect(strip([rule], page)).toEqual(['Keep this paragraph.', 'Share this article', 'Subscribe now'])
    const limited: Rule = {id: 'test/limit', description: 'short subscribe line', removeText: [/Subscribe/], maxLength: 5}
    expect(strip([limited], page)).toHaveLength(4)
    limited.maxLength = 50
    expect(strip([limited], page)).toHaveLength(3)
    const hosted: Rule = {id: 'test/host', description: 'share line on one host', hosts: ['a.example'], removeText: [/^Share/]}
    expect(strip([hosted], page, 'https://b.example/x')).toHaveLength(4)
    hosted.hosts = ['b.example']
    expect(strip([hosted], page, 'https://b.example/x')).toHaveLength(3)
  })
})
