import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import type {Root} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {fastText} from '../src/markdown/fast-text.js'
import {preparedOptions} from '../src/markdown/prepared-options.js'
import {fixtureCases} from './helpers/fixtures.js'

const base: Options = {bullet: '-', emphasis: '*', listItemIndent: 'one', fences: true, tightDefinitions: true}
const plain: Options = {...base, extensions: [gfmToMarkdown()], handlers: {text: fastText}}
const prepared: Options = preparedOptions(base, [gfmToMarkdown()], {text: fastText})

const parser = unified().use(remarkParse).use(remarkGfm)
const parse = (markdown: string): Root => parser.parse(markdown)

/** Markdown lines built from pieces of every construct, nested by their prefixes. */
const PREFIXES = ['', '', '- ', '> ', '1. ', '   ', '## ', '- [ ] ', '> - ', '    ']
const PIECES = ['text', ' ', '*em*', '**strong**', '~~del~~', '`code`', '[link](https://x.test/a b)', '![alt](i.png "t")', 'https://x.test/',
  '<span>', '\\', '  ', '|', 'a|b', '---', '```', '[^1]', '[^1]: note', '&amp;', '中文', '_', '#', '\t']
const line = fc.tuple(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...PIECES), {maxLength: 6})).map(([prefix, pieces]) => prefix + pieces.join(''))
const markdown = fc.array(line, {maxLength: 12}).map((lines) => lines.join('\n'))

describe('preparedOptions (one prepared handler table, no position tracking)', () => {
  it('writes exactly what toMarkdown with the extensions writes, on generated documents', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const tree = parse(source)
        expect(toMarkdown(tree, prepared)).toBe(toMarkdown(tree, plain))
      }),
      {seed: 20261124, numRuns: 3000}
    )
  })

  it('writes a root of phrasing content (or of html alone) as toMarkdown does', () => {
    const roots: Root[] = [
      {type: 'root', children: [{type: 'text', value: 'a *b* '}, {type: 'emphasis', children: [{type: 'text', value: 'c'}]}, {type: 'break'}, {type: 'inlineCode', value: 'd'}]},
      {type: 'root', children: [{type: 'html', value: '<br>'}, {type: 'text', value: '# not a heading'}]},
      {type: 'root', children: [{type: 'html', value: '<div>'}, {type: 'html', value: '</div>'}]},
      {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'p'}]}, {type: 'html', value: '<hr>'}]},
      {type: 'root', children: [{type: 'link', url: 'https://x.test/', children: [{type: 'text', value: 'l'}]}, {type: 'text', value: '\n- item'}]}
    ]
    for (const tree of roots) expect(toMarkdown(tree, prepared)).toBe(toMarkdown(tree, plain))
  })

  it('carries the extensions’ unsafe patterns and joins, and only a root handler', () => {
    const gfm = gfmToMarkdown()
    const unsafe = (gfm.extensions ?? []).flatMap((extension) => extension.unsafe ?? [])
    // (compared without `_compiled`, the regular expression the serializer caches on a pattern it used)
    const shape = (patterns: Options['unsafe']) => (patterns ?? []).map(({_compiled, ...pattern}: {_compiled?: unknown}) => pattern)
    expect(shape(prepared.unsafe)).toEqual(shape(unsafe))
    expect(shape(prepared.unsafe).length).toBeGreaterThan(5)
    expect(prepared.extensions).toBeUndefined()
    expect(Object.keys(prepared.handlers ?? {})).toEqual(['root'])
  })

  it('writes exactly what toMarkdown with the extensions writes, on every seed’s expected output', () => {
    const sources = fixtureCases('seeds').map((fixture) => readFileSync(join(fixture.dir, 'expected.md'), 'utf8'))
    expect(sources.length).toBeGreaterThan(0)
    for (const source of sources) {
      const tree = parse(source)
      expect(toMarkdown(tree, prepared)).toBe(toMarkdown(tree, plain))
    }
  })
})
