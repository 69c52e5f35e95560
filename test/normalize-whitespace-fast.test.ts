import fc from 'fast-check'
import type {ElementContent, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {isSettled, normalizeWhitespace} from '../src/plugins/normalize-whitespace.js'
import {normalizeWhitespace as reference} from './helpers/normalize-whitespace-reference.js'

const PIECES = [' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u200b', '\u2028', '\v', 'a', 'Word', '中文', '문장', '。', '\ud83d\ude00',
  '<b>', '</b>', '<p>', '</p>', '<br>', '<code> x  y </code>', '<pre> a\n b </pre>', '<img src="a.png">', '<span>', '</span>']
const html = fc.array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...PIECES)}, {weight: 1, arbitrary: fc.string({maxLength: 3})}),
  {maxLength: 16}).map((parts) => parts.join(''))

describe('normalizeWhitespace fast path', () => {
  it('gives what the reference gives on any tree', () => {
    fc.assert(fc.property(html, (source) => {
      const tree = fromHtml(source, {fragment: true})
      const expected = fromHtml(source, {fragment: true})
      normalizeWhitespace(tree)
      reference(expected)
      expect(tree).toEqual(expected)
    }), {numRuns: 2000})
  })

  it('gives what the reference gives on blocks of thousands of pieces (normalized in parts)', () => {
    fc.assert(fc.property(fc.array(html, {minLength: 1, maxLength: 4}), fc.integer({min: 400, max: 1500}), (parts, times) => {
      // Each part parsed on its own and the copies put side by side in one block: repeated as HTML, unclosed inline
      // tags would nest a thousand deep.
      const parsed = parts.map((source) => fromHtml(source, {fragment: true}).children)
      const wide = (): Root => ({type: 'root', children: [{type: 'element', tagName: 'div', properties: {},
        children: Array.from({length: times}, (_, index) => structuredClone(parsed[index % parsed.length]!)).flat() as ElementContent[]}]})
      const tree = wide()
      const expected = wide()
      normalizeWhitespace(tree)
      reference(expected)
      expect(tree).toEqual(expected)
    }), {numRuns: 40})
  })

  it('isSettled accepts only text with single inner spaces', () => {
    expect(isSettled('a b c')).toBe(true)
    expect(isSettled('中文')).toBe(true)
    expect(isSettled('a\u2028b')).toBe(true)
    for (const value of ['', ' ', ' a', 'a ', 'a  b', 'a\nb', 'a\u00a0b', 'a\u200bb', 'a\u3000b', 'a\tb', 'a\fb', 'a\rb']) {
      expect(isSettled(value), JSON.stringify(value)).toBe(false)
    }
    // Every other code unit is settled between two letters.
    const run = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d, 0xa0, 0x3000, 0x200b])
    for (let code = 0; code < 0x10000; code++) {
      if (!run.has(code)) expect(isSettled(`a${String.fromCharCode(code)}b`), code.toString(16)).toBe(true)
    }
  })
})

