import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {mayHaveLoneSurrogate, normalizeInput} from '../src/envelope/normalize-input.js'
import {parseEnvelope} from '../src/envelope/parse-envelope.js'

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The normalization as first written: one regex pass for lone surrogates, always. */
function reference(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  text = text.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD')
  return text.replace(LONE, '\uFFFD')
}

const text = fc.array(fc.oneof(fc.constantFrom('\ud83d', '\ude00', '\ud83d\ude00', '\ufeff', '\r\n', '\r', '\0', 'a', '中'),
  fc.string({unit: 'binary', maxLength: 4})), {maxLength: 10}).map((parts) => parts.join(''))

describe('normalizeInput', () => {
  it('matches the always-replacing normalization', () => {
    fc.assert(fc.property(text, (input) => normalizeInput(input) === reference(input)), {numRuns: 3000})
  })
  it('never misses a lone surrogate', () => {
    fc.assert(fc.property(text, (input) => !new RegExp(LONE.source).test(input) || mayHaveLoneSurrogate(input)), {numRuns: 3000})
    expect(mayHaveLoneSurrogate('a\ud83d')).toBe(true)
    expect(mayHaveLoneSurrogate('\ude00a')).toBe(true)
    expect(mayHaveLoneSurrogate('a\ud83d\ude00')).toBe(false)
    expect(normalizeInput('x\ud83dy')).toBe('x\ufffdy')
  })
})

describe('splitTitleHeader via parseEnvelope', () => {
  it('reads a title header over an underline and nothing else', () => {
    expect(parseEnvelope('[Hi](https://x.test/a)\n---\n<p>b</p>').titleHeader).toEqual({title: 'Hi', url: 'https://x.test/a'})
    expect(parseEnvelope('  ### Hi ##\n===\nbody').titleHeader).toEqual({title: 'Hi', url: null})
    expect(parseEnvelope('[Hi](https://x.test/a)\ntext\n').titleHeader).toBeNull()
  })
})
