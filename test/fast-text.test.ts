import fc from 'fast-check'
import type {PhrasingContent, Root} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import {describe, expect, it} from 'vitest'
import {fastText} from '../src/markdown/fast-text.js'
import {preparedOptions} from '../src/markdown/prepared-options.js'

const base: Options = {extensions: [gfmToMarkdown()]}
/** The text handler's peek and, through the prepared root handler, `fastSafe`. */
const fast: Options = preparedOptions({}, [gfmToMarkdown()], {text: fastText})

/** Text rich in characters Markdown may read as syntax (and control characters, word characters to the escaper). */
const text = fc.string({unit: fc.constantFrom(...'ab1 .-*_`[]()<>!#+=|~:\\&@/\n\t\r0wW。，\u0001\u007f', 'www.', 'http://', '__', '😀', '\ud83d'), maxLength: 24})

/** The same texts in every phrasing and flow context the serializer distinguishes. */
function documents(a: string, b: string): Root[] {
  const t = (value: string): PhrasingContent => ({type: 'text', value})
  return [
    {type: 'root', children: [{type: 'paragraph', children: [t(a)]}]},
    {type: 'root', children: [{type: 'paragraph', children: [t(a), {type: 'emphasis', children: [t(b)]}, t(a)]}]},
    {type: 'root', children: [{type: 'paragraph', children: [{type: 'strong', children: [t(a)]}, t(b)]}]},
    {type: 'root', children: [{type: 'paragraph', children: [{type: 'link', url: 'https://x.example/', children: [t(a)]}, t(b)]}]},
    // Two texts side by side: the one before is the context the second is escaped in.
    {type: 'root', children: [{type: 'paragraph', children: [{type: 'link', url: a, title: b, children: [t(a), t(b)]}, t(a), t(b)]}]},
    {type: 'root', children: [{type: 'paragraph', children: [t(b), {type: 'image', url: b, title: a, alt: a}, {type: 'image', url: '', alt: b}, t(a)]}]},
    {type: 'root', children: [{type: 'paragraph', children: [{type: 'link', url: `https://x.example/${a}`, children: [t(`https://x.example/${a}`)]}]}]},
    {type: 'root', children: [{type: 'code', lang: a, meta: b, value: a}]},
    {type: 'root', children: [{type: 'heading', depth: 2, children: [t(a)]}]},
    {type: 'root', children: [{type: 'blockquote', children: [{type: 'paragraph', children: [t(a)]}]}]},
    {type: 'root', children: [{type: 'list', ordered: false, children: [{type: 'listItem', children: [{type: 'paragraph', children: [t(a)]}]}]}]},
    {
      type: 'root',
      children: [{type: 'table', children: [{type: 'tableRow', children: [{type: 'tableCell', children: [t(a)]}, {type: 'tableCell', children: [t(b)]}]}]}]
    },
    // Parents without attention (the plain loop) and with it or with raw HTML (the serializer's own), side by side.
    {type: 'root', children: [{type: 'paragraph', children: [t(a), {type: 'inlineCode', value: b}, {type: 'break'}, t(b), {type: 'inlineCode', value: a}]}]},
    {type: 'root', children: [{type: 'paragraph', children: [t(a), {type: 'html', value: '<b>'}, t(b)]}, {type: 'paragraph', children: [t(`${a}\n`), {type: 'html', value: '<div>'}, t(b)]}]},
    {type: 'root', children: [{type: 'paragraph', children: [{type: 'emphasis', children: [{type: 'link', url: b, children: [t(a)]}]}, t(b)]}]},
    {type: 'root', children: [{type: 'paragraph', children: [{type: 'delete', children: [t(a)]}, t(b), {type: 'link', url: a, children: [{type: 'strong', children: [t(b)]}]}]}]},
    {type: 'root', children: [{type: 'heading', depth: 3, children: [{type: 'link', url: a, children: [t(b)]}, t(a), {type: 'image', url: b, alt: a}]}]},
    {type: 'root', children: [{type: 'paragraph', children: [t(a), {type: 'link', url: 'https://x.example/', children: [t(b), {type: 'inlineCode', value: a}]}, t(`${b}${a}`)]}]}
  ]
}

describe('fastText, fastSafe and fastContainerPhrasing', () => {
  it('serialize exactly as the default handlers and safe, in every context', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        for (const tree of documents(a, b)) expect(toMarkdown(tree, fast)).toBe(toMarkdown(tree, base))
      }),
      {seed: 20261123, numRuns: 1500}
    )
  })

  it('still escapes a pattern character outside ASCII (an extension’s own)', () => {
    const unsafe = [{character: '。', inConstruct: 'phrasing' as const}]
    const withOwn = preparedOptions({unsafe}, [gfmToMarkdown()], {text: fastText})
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: '中文。x'}]}]}
    expect(toMarkdown(tree, withOwn)).toBe('中文&#x3002;x\n')
    expect(toMarkdown(tree, withOwn)).toBe(toMarkdown(tree, {unsafe, extensions: [gfmToMarkdown()]}))
  })

  it('returns text without syntax characters as it is, and still escapes the rest', () => {
    const tree = (value: string): Root => ({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value}]}]})
    expect(toMarkdown(tree('中文段落，没有标点符号'), fast)).toBe('中文段落，没有标点符号\n')
    expect(toMarkdown(tree('a *b* [c] \\d'), fast)).toBe('a \\*b\\* \\[c] \\d\n')
    expect(toMarkdown(tree('# not a heading'), fast)).toBe('\\# not a heading\n')
  })

  it('peek starts with the same character as the whole text written out, for texts of any length', () => {
    const long = fc.string({unit: fc.constantFrom(...'ab1 .-*_`[]()<>!#+=|~:\\&@/\n\t\r0wW。', '  ', '\n\n', '123.', '1)'), maxLength: 48})
    fc.assert(
      fc.property(long, long, (a, b) => {
        // The serializer reads `peek` of the text after the link; both are written in its context.
        const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'emphasis', children: [{type: 'text', value: b}]}, {type: 'text', value: a}]}]}
        expect(toMarkdown(tree, fast)).toBe(toMarkdown(tree, base))
        const first = (value: string) => String.fromCodePoint(value.codePointAt(0) ?? 32)
        let seen: string | undefined
        toMarkdown({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: a}]}]}, {
          ...base,
          handlers: {paragraph: (node, _parent, state) => {
            const info = {before: '', after: '', now: {line: 1, column: 1}, lineShift: 0}
            // In a paragraph's phrasing, as the serializer peeks.
            const exitParagraph = state.enter('paragraph')
            const exitPhrasing = state.enter('phrasing')
            seen = first(fastText.peek(node.children[0]!, node, state, info) || ' ') + '|' + first(fastText(node.children[0]!, node, state, info) || ' ')
            exitPhrasing()
            exitParagraph()
            return ''
          }}
        })
        const [peeked, whole] = seen!.split('|')
        expect(peeked).toBe(whole)
      }),
      {seed: 20261124, numRuns: 3000}
    )
  })
})
