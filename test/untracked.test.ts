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
import {untrackedRoot} from '../src/markdown/untracked.js'
import {fixtureCases} from './helpers/fixtures.js'

const tracked: Options = {extensions: [gfmToMarkdown()], bullet: '-', emphasis: '*', listItemIndent: 'one', fences: true}
const untracked: Options = {...tracked, handlers: {root: untrackedRoot}}

const parser = unified().use(remarkParse).use(remarkGfm)
const parse = (markdown: string): Root => parser.parse(markdown)

/** Markdown lines built from pieces of every construct, nested by their prefixes. */
const PREFIXES = ['', '', '- ', '> ', '1. ', '   ', '## ', '- [ ] ', '> - ', '    ']
const PIECES = ['text', ' ', '*em*', '**strong**', '~~del~~', '`code`', '[link](https://x.test/a b)', '![alt](i.png "t")', 'https://x.test/',
  '<span>', '\\', '  ', '|', 'a|b', '---', '```', '[^1]', '[^1]: note', '&amp;', '中文', '_', '#', '\t']
const line = fc.tuple(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...PIECES), {maxLength: 6})).map(([prefix, pieces]) => prefix + pieces.join(''))
const markdown = fc.array(line, {maxLength: 12}).map((lines) => lines.join('\n'))

describe('untrackedRoot (serializing without position tracking)', () => {
  it('writes exactly what the tracked serializer writes, on generated documents', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const tree = parse(source)
        expect(toMarkdown(tree, untracked)).toBe(toMarkdown(tree, tracked))
      }),
      {seed: 20261124, numRuns: 3000}
    )
  })

  it('writes exactly what the tracked serializer writes, on every seed’s expected output', () => {
    const sources = fixtureCases('seeds').map((fixture) => readFileSync(join(fixture.dir, 'expected.md'), 'utf8'))
    expect(sources.length).toBeGreaterThan(0)
    for (const source of sources) {
      const tree = parse(source)
      expect(toMarkdown(tree, untracked)).toBe(toMarkdown(tree, tracked))
    }
  })
})
