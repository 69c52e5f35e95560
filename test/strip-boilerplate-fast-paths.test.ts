import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {hasVisibleText, normalizeText} from '../src/plugins/strip-boilerplate/normalize-text.js'

/** Strings mixing the characters the whitespace class cares about with ordinary ones. */
const spacy = fc
  .array(fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u3000', '\u200b', '\u200d', '\u2060', '\ufeff', '\u2028', 'a', '字', '.', '\u200e'), {maxLength: 12})
  .map((chars) => chars.join(''))

describe('hasVisibleText', () => {
  it('answers as normalizeText(text) !== \'\' does', () => {
    fc.assert(
      fc.property(fc.oneof(spacy, fc.string(), fc.string({unit: 'binary'})), (text) => {
        expect(hasVisibleText(text)).toBe(normalizeText(text) !== '')
      }),
      {seed: 20261124, numRuns: 3000}
    )
  })
})
