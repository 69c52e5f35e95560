import fc from 'fast-check'
import {normalizeUri} from 'micromark-util-sanitize-uri'
import {describe, expect, it} from 'vitest'
import {isNormalizedUri, normalizeUriFast, normalizeUrlFast} from '../src/util/normalized-uri.js'
import {normalizeUrl} from '../src/util/url.js'

const PIECES = ['https://x.test/a', '?q=1&b=2', '#h', '%20', '%2', '%zz', '%e4%b8%ad', ' ', '中', '\ud83d\ude00', '\ud83d', '"', '<', '>',
  '[', ']', '\\', '^', '`', '{', '|', '}', '\u007f', '\t', "'", '(', ')', '*', '+', ',', '~', '_', '@', ':', ';', '=', '!']
const url = fc.array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...PIECES)}, {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 3})}),
  {maxLength: 10}).map((parts) => parts.join(''))

describe('normalized URIs', () => {
  it('isNormalizedUri holds exactly when normalizeUri keeps the text, for ASCII-only escapes', () => {
    fc.assert(fc.property(url, (value) => {
      if (isNormalizedUri(value)) expect(normalizeUri(value)).toBe(value)
    }), {numRuns: 5000})
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code)
      if (char === '%') continue
      expect(isNormalizedUri(`a${char}b`), code.toString(16)).toBe(normalizeUri(`a${char}b`) === `a${char}b`)
    }
  })

  it('normalizeUrlFast and normalizeUrl equal normalizeUri of the trimmed URL', () => {
    const padded = fc.tuple(fc.constantFrom('', ' ', '\t', '\n ', '\u00a0', '\u3000'), url, fc.constantFrom('', ' ', '\r\n', '\ufeff'))
      .map(([before, value, after]) => before + value + after)
    fc.assert(fc.property(padded, (value) => {
      const expected = normalizeUri(value.trim())
      return normalizeUrlFast(value) === expected && normalizeUrl(value) === expected
    }), {numRuns: 5000})
    expect(normalizeUrlFast(' https://x.test/a b ')).toBe('https://x.test/a%20b')
    expect(normalizeUrlFast('https://x.test/%E4%B8%AD')).toBe('https://x.test/%E4%B8%AD')
  })
})

describe('normalizeUriFast', () => {
  it('equals normalizeUri on any text', () => {
    fc.assert(fc.property(url, (value) => normalizeUriFast(value) === normalizeUri(value)), {numRuns: 10000})
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 20}), (value) => normalizeUriFast(value) === normalizeUri(value)), {numRuns: 5000})
    expect(normalizeUriFast('https://x.test/俄罗斯.jpeg')).toBe(normalizeUri('https://x.test/俄罗斯.jpeg'))
    expect(normalizeUriFast('a%2')).toBe('a%252')
    expect(normalizeUriFast('\ud83d')).toBe('%EF%BF%BD')
  })
})
