import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {collapseSpace, normalizeJoined, normalizeText} from '../src/plugins/strip-boilerplate/normalize-text.js'

/** Strings mixing the characters the whitespace class cares about with ordinary ones. */
const spacy = fc
  .array(fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u200b', '\u200d', '\u2060', '\ufeff', '\u2028', 'a', '字', '.', '\u200e'), {maxLength: 10})
  .map((chars) => chars.join(''))

describe('normalizeJoined', () => {
  it('answers as normalizeText for texts made of collapseSpace results and spaces (as block summaries are built)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(spacy, fc.string(), fc.constant(' ')), {maxLength: 8}), (parts) => {
        const joined = parts.map((part) => (part === ' ' ? part : collapseSpace(part))).join('')
        expect(normalizeJoined(joined)).toBe(normalizeText(joined))
      }),
      {seed: 20261130, numRuns: 5000}
    )
  })
})
