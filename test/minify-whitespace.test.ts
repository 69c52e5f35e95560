import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {minifyWhitespace as original} from 'hast-util-minify-whitespace'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {minifyWhitespace} from '../src/markdown/minify-whitespace.js'
import {corpusFiles, fixtureCases} from './helpers/fixtures.js'
import {expectSameInPlace} from './helpers/same-in-place.js'

/** Both minifiers on copies of one tree: the port must give exactly the original's tree. */
function expectSameAsOriginal(tree: Root): void {
  expectSameInPlace(tree, original, minifyWhitespace)
}

const TAGS = ['p', 'div', 'span', 'b', 'a', 'img', 'br', 'wbr', 'h2', 'ul', 'li', 'pre', 'textarea', 'nobr', 'td', 'th', 'tr',
  'table', 'script', 'style', 'input', 'button', 'select', 'svg', 'video', 'head', 'template', 'title', 'section', 'code', 'listing']
const ATTRIBUTES = ['', ' hidden', ' nowrap', ' wrap', ' id="x"']
const TEXTS = [' ', '  ', '\n', '\t', '\r\n', '\f', '\v', ' a ', 'word', '中文', ' \n ', '<!-- c -->', '&nbsp;', '\u00a0']

const html: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      {weight: 4, arbitrary: fc.constantFrom(...TEXTS)},
      {weight: 3, arbitrary: fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRIBUTES)).map(([tag, attributes]) => `<${tag}${attributes}>`)},
      {weight: 2, arbitrary: fc.constantFrom(...TAGS).map((tag) => `</${tag}>`)}
    ),
    {maxLength: 50}
  )
  .map((parts) => parts.join(''))

describe('minifyWhitespace (port of hast-util-minify-whitespace)', () => {
  it('gives the same tree as the original on generated HTML', () => {
    fc.assert(
      fc.property(html, fc.boolean(), (source, document) => {
        expectSameAsOriginal(fromHtml(source, {fragment: !document}))
      }),
      {seed: 20261123, numRuns: 3000}
    )
  })

  it('gives the same tree as the original on every corpus file and seed', () => {
    const inputs = [...corpusFiles().map((file) => readFileSync(file.path, 'utf8')), ...fixtureCases('seeds').map((fixture) => fixture.input)]
    for (const input of inputs) expectSameAsOriginal(fromHtml(input, {fragment: true}))
  })

  it('collapses, trims at block edges, and keeps preformatted text', () => {
    const tree = fromHtml('<p>  a \n  <b> b </b>  </p>\n<pre>  x\n  y </pre>', {fragment: true})
    minifyWhitespace(tree)
    expect(toHtml(tree)).toBe('<p>a <b>b</b></p><pre>  x\n  y </pre>')
  })

  it('removes the whitespace between 100,000 sibling blocks', () => {
    const tree = fromHtml('<p>x</p>\n'.repeat(100_000), {fragment: true})
    minifyWhitespace(tree)
    expect(tree.children.length).toBe(100_000)
    expect(tree.children.every((child) => child.type === 'element')).toBe(true)
  })
})
