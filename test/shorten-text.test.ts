import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {shortenText} from '../src/pipeline/state.js'
import {indexAfterCodePoints} from '../src/util/code-points.js'

/** shortenText as first written: a regular expression, then the code points as an array. */
function referenceShortenText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(flat)
  return chars.length <= 120 ? flat : chars.slice(0, 119).join('') + '…'
}

const unit = fc.constantFrom('a', '中', ' ', '  ', '\n', '\u3000', '\u00a0', '\ud83d\ude00', '\ud83d', '\ude00', '\ufeff', '\u2028', 'é')
const text = fc.tuple(fc.array(unit, {maxLength: 260}), fc.nat({max: 140}))
  .map(([units, pad]) => 'x'.repeat(pad) + units.join(''))

describe('shortenText', () => {
  it('equals the version that split the text into an array of code points', () => {
    fc.assert(fc.property(text, (value) => {
      expect(shortenText(value)).toBe(referenceShortenText(value))
    }), {numRuns: 5000})
    const emoji = '\ud83d\ude00'.repeat(121)
    expect(shortenText(emoji)).toBe('\ud83d\ude00'.repeat(119) + '…')
    expect(shortenText('\ud83d\ude00'.repeat(120))).toBe('\ud83d\ude00'.repeat(120))
  })
})

describe('indexAfterCodePoints', () => {
  it('is the length of the first code points as Array.from splits them', () => {
    fc.assert(fc.property(fc.array(unit, {maxLength: 30}).map((units) => units.join('')), fc.nat({max: 40}), (value, count) => {
      expect(indexAfterCodePoints(value, count)).toBe(Array.from(value).slice(0, count).join('').length)
    }), {numRuns: 5000})
  })
})
