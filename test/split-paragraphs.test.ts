import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isBlank} from '../src/markdown/split-paragraphs.js'

/** The definition: nothing left once zero-width characters go and the rest is trimmed. */
const definition = (value: string): boolean => value.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim() === ''

describe('isBlank', () => {
  it('agrees with its definition on every UTF-16 code unit, alone and around a space', () => {
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code)
      expect(isBlank(character)).toBe(definition(character))
      expect(isBlank(` ${character}\u200b`)).toBe(definition(` ${character}\u200b`))
    }
  })

  it('agrees with its definition on generated strings', () => {
    const unit = fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0', '\u200b', '\u2060', '\ufeff', '\u180e', 'a', '。', '\u2028')
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 12}), (units) => {
        const value = units.join('')
        expect(isBlank(value)).toBe(definition(value))
      }),
      {seed: 20261124, numRuns: 2000}
    )
  })
})
