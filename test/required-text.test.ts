import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../src/index.js'
import {holdsRequired, leadingChars, prefilterText, requiredPattern, requiredText} from '../src/plugins/strip-boilerplate/required-text.js'

/** Small regular expressions over a tiny alphabet, with the constructs the reader knows and some it does not. */
const ALPHABET = ['a', 'b', 'A', 'B', '字', '.', ' ', ']']
const { pattern: patternSource } = fc.letrec((tie) => ({
  pattern: fc.array(tie('sequence'), {minLength: 1, maxLength: 3}).map((alternatives) => (alternatives as string[]).join('|')),
  sequence: fc.array(tie('item'), {maxLength: 4}).map((items) => (items as string[]).join('')),
  item: fc
    .tuple(
      fc.oneof(
        {depthSize: 'small'},
        fc.constantFrom('a', 'b', 'A', '字', '\\.', '[ab]', '[aB]', '[a-字]', '[^a]', '[字 ]', '.', '\\s', '\\b', '^', '$', ' ', '[]', '[^]', ']', '[\\]a]'),
        fc.tuple(fc.constantFrom('(?:', '(', '(?=', '(?!', '(?<=', '(?<n>'), tie('pattern')).map(([open, inner]) => `${open}${inner as string})`)
      ),
      fc.constantFrom('', '', '?', '*', '+', '{0,2}', '{1,2}', '{2}', '+?', '??')
    )
    .map(([atom, quantifier]) => atom + quantifier)
}))

const regex = fc
  .tuple(fc.boolean(), patternSource, fc.constantFrom('', 'u', 'g', 'i', 'm'))
  .map(([anchored, source, flags]) => {
    let group = 0
    try {
      return new RegExp((anchored ? '^' : '') + source.replace(/\(\?<n>/g, () => `(?<n${group++}>`), flags)
    } catch {
      return null
    }
  })
  .filter((value): value is RegExp => value !== null)

const text = fc.array(fc.constantFrom(...ALPHABET), {maxLength: 8}).map((chars) => chars.join(''))

describe('requiredText and leadingChars', () => {
  it('never turn away a text the pattern matches', () => {
    fc.assert(
      fc.property(regex, fc.array(text, {minLength: 1, maxLength: 20}), (pattern, texts) => {
        const required = requiredText(pattern)
        const prefilter = prefilterText(pattern)
        const leading = leadingChars(pattern)
        for (const candidate of texts) {
          pattern.lastIndex = 0
          if (!pattern.test(candidate)) continue
          expect(holdsRequired(required, candidate), `${pattern} ${JSON.stringify(candidate)}`).toBe(true)
          expect(holdsRequired(prefilter, candidate)).toBe(true)
          if (leading !== null) expect(leading.has(candidate.charCodeAt(0)), `${pattern} ${JSON.stringify(candidate)}`).toBe(true)
        }
      }),
      {seed: 20261124, numRuns: 4000}
    )
  })

  it('requiredPattern matches exactly the texts holdsRequired accepts', () => {
    const piece = fc.array(fc.constantFrom('a', '字', '.', '*', '(', ')', '[', ']', '\\', '|', '^', '$', '?', '+', '{', '}', '/', '-'), {minLength: 1, maxLength: 3}).map((chars) => chars.join(''))
    const haystack = fc.array(fc.constantFrom('a', 'b', '字', '.', '*', '(', ')', '[', ']', '\\', '|', '^', '$', '?', '+', '{', '}', '/', '-'), {maxLength: 10}).map((chars) => chars.join(''))
    fc.assert(
      fc.property(fc.array(piece, {minLength: 1, maxLength: 5}), fc.array(haystack, {minLength: 1, maxLength: 10}), (required, texts) => {
        const pattern = requiredPattern(required)
        for (const candidate of texts) expect(pattern.test(candidate), `${pattern} ${JSON.stringify(candidate)}`).toBe(holdsRequired(required, candidate))
      }),
      {seed: 20261125, numRuns: 2000}
    )
  })

  it('read the built-in rules\' patterns', () => {
    const copyright = builtinRules.find((rule) => rule.id === 'generic/copyright')!.removeText!.find((pattern) => pattern.source.includes('All [Rr]ights'))!
    expect(requiredText(copyright)).toEqual(['eserved', '版权所有', '版權所有', '保留所有权利', '保留所有權利'])
    expect(prefilterText(copyright)).toEqual(requiredText(copyright))
    const related = builtinRules.find((rule) => rule.id === 'generic/related')!.removeText![1]!
    expect(prefilterText(related)).toBeNull()
    expect([...leadingChars(related)!].map((code) => String.fromCharCode(code)).sort()).toEqual(['延', '推', '相'])
    // Starts with ^ and a required group, but the group opens with a class: the pattern cannot fail at the first character.
    const portalFooter = /^(?:[\p{L}\p{N}]{1,8} ){1,12}(?:返回顶部|返回頂部|回到顶部|回到頂部)$/u
    expect(leadingChars(portalFooter)).toBeNull()
    expect(prefilterText(portalFooter)).toEqual(['返回顶部', '返回頂部', '回到顶部', '回到頂部'])
  })

  it('know nothing of what they cannot read', () => {
    for (const pattern of [/^x|y/, /^(?:a|)b/, /^[a-c]x/, /^[^a]b/, /^[]a/, /^[\]a]b/, /^a?/, /^a?b*/, /a\u0062/, /^(?<=a)b/, /^字/i, /^A/iu, /^a/m]) expect(leadingChars(pattern), String(pattern)).toBeNull()
    for (const pattern of [/a|/, /\u0061/, /a*/, /(?!ab)/, /AB/i]) expect(requiredText(pattern), String(pattern)).toBeNull()
    expect(requiredText(/x(?:ab|cd)+y?/)).toEqual(['ab', 'cd'])
    const leading = (pattern: RegExp): string[] => [...(leadingChars(pattern) ?? [])].map((code) => String.fromCharCode(code)).sort()
    expect(leading(/^[ab]c/)).toEqual(['a', 'b'])
    expect(leading(/^a?b/)).toEqual(['a', 'b'])
    expect(leading(/^(?:Please )?Donate/i)).toEqual(['D', 'P', 'd', 'p'])
    expect(leading(/^(?:x|y)?[z(]{0,2}w+/)).toEqual(['(', 'w', 'x', 'y', 'z'])
    expect(requiredText(/(?=.*foo)bar/)).toEqual(['foo'])
  })
})
