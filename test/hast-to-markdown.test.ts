import fc from 'fast-check'
import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseEnvelope} from '../src/envelope/parse-envelope.js'
import {hastToMarkdown, SLICE_BLOCKS} from '../src/markdown/hast-to-markdown.js'
import {hastToMdast, mdastToMarkdown} from '../src/markdown/to-markdown.js'
import {createState} from '../src/pipeline/state.js'
import {unsyndicate} from '../src/preset.js'
import {bodyToHast} from '../src/tree/to-hast.js'
import {loadCorpus} from '../scripts/eval/corpus.js'

/** The Markdown of the whole root converted at once: what hastToMarkdown must equal. */
function whole(tree: Root): string {
  return mdastToMarkdown(hastToMdast(tree))
}

/** Top-level pieces of every kind the joins and the phrasing wrap care about. */
const BLOCKS = [
  '<p>para one</p>', '<p><code> </code></p>', '<p>second *para* with <em>em</em></p>', '<p></p>', '<p> </p>', '<p>line<br>break</p>', '<p><br></p>',
  '<h2>Title</h2>', '<h3></h3>', '<ul><li>a</li><li>b</li></ul>', '<ol><li>one</li></ol>', '<ul><li></li></ul>',
  '<blockquote><p>quoted</p></blockquote>', '<pre><code>x = 1</code></pre>', '<pre><code class="language-js">\n</code></pre>',
  '<table><tr><th>h</th></tr><tr><td>c</td></tr></table>', '<hr>', 'loose text', ' ', '\n', '<br>', '<b>bold</b>',
  '<a href="https://x.test/a">link</a>', '<a href="https://x.test/b"><p>link around a block</p></a>', '<del><p>struck block</p></del>',
  '<img src="https://x.test/i.png" alt="i">', '<figure><img src="https://x.test/f.png"><figcaption>cap</figcaption></figure>',
  '<div><p>in a div</p></div>', '<div>div text</div>', '<span>span</span>', '<input type="checkbox" list="l"><datalist id="l"><option value="v"></option></datalist>',
  '<p>mail a@b.test and www.x.test</p>', '<dl><dt>t</dt><dd>d</dd></dl>', '<q>quote</q>'
]

const fragment = fc
  .tuple(fc.array(fc.constantFrom(...BLOCKS), {maxLength: 40}), fc.boolean())
  .map(([blocks, newlines]) => blocks.join(newlines ? '\n' : ''))

describe('hastToMarkdown (a wide root converted and written a run of blocks at a time)', () => {
  it('writes exactly what the whole root converts to, for every run length, on generated fragments', () => {
    fc.assert(
      fc.property(fragment, fc.integer({min: 1, max: 4}), (html, slice) => {
        const expected = whole(fromHtml(html, {fragment: true}))
        expect(hastToMarkdown(fromHtml(html, {fragment: true}), slice)).toBe(expected)
      }),
      {seed: 20261124, numRuns: 3000}
    )
  })

  it('cuts between runs where the joins need care: list after list, and phrasing after a block', () => {
    // Two lists in a row take different bullets; a cut between them would give both `-` (one list when read back).
    const lists = '<p>a</p><p>b</p><ul><li>x</li></ul><ul><li>y</li></ul><p>c</p><p>d</p>'
    expect(hastToMarkdown(fromHtml(lists, {fragment: true}), 1)).toBe('a\n\nb\n\n- x\n\n* y\n\nc\n\nd\n')
    // The same when a paragraph between them is dropped once converted (blank code): no cut after the first list.
    const dropped = '<p>a</p><p>b</p><ul><li>x</li></ul><p><code> </code></p><ul><li>y</li></ul><p>c</p>'
    expect(hastToMarkdown(fromHtml(dropped, {fragment: true}), 1)).toBe('a\n\nb\n\n- x\n\n* y\n\nc\n')
    // Loose text around blocks is wrapped in paragraphs even in a run that holds no block.
    const loose = '<p>a</p><p>b</p><p>c</p>x<b>y</b>'
    expect(hastToMarkdown(fromHtml(loose, {fragment: true}), 1)).toBe('a\n\nb\n\nc\n\nx**y**\n')
  })

  it('converts a root of only phrasing as one paragraph, as the whole conversion does', () => {
    const html = 'a <b>b</b> c <i>d</i> e <span>f</span> g'
    expect(hastToMarkdown(fromHtml(html, {fragment: true}), 1)).toBe(whole(fromHtml(html, {fragment: true})))
    expect(hastToMarkdown(fromHtml(html, {fragment: true}), 1)).toBe('a **b** c *d* e f g\n')
  })

  it('writes the empty root as the empty string', () => {
    expect(hastToMarkdown({type: 'root', children: []}, 1)).toBe('')
  })

  it('writes every corpus document’s cleaned tree exactly as the whole conversion does, cut into runs of two blocks', () => {
    const cases = loadCorpus()
    expect(cases.length).toBeGreaterThan(100)
    for (const {path, input} of cases) {
      expect(hastToMarkdown(cleanedTree(input), 2), path).toBe(whole(cleanedTree(input)))
    }
  })

  it('converts wide articles in runs of a few hundred blocks', () => {
    expect(SLICE_BLOCKS).toBeGreaterThanOrEqual(64)
    const html = Array.from({length: 3 * SLICE_BLOCKS}, (_, index) => `<p>paragraph ${index}</p>` + (index % 7 === 0 ? '<ul><li>item</li></ul>' : '')).join('\n')
    expect(hastToMarkdown(fromHtml(html, {fragment: true}))).toBe(whole(fromHtml(html, {fragment: true})))
  })
})

/** The body of `input` as the preset leaves it, before it is written as Markdown. */
function cleanedTree(input: string): Root {
  const envelope = parseEnvelope(input)
  const file = new VFile()
  file.data.unsyndicate = createState(envelope)
  return unified().use(unsyndicate).runSync(bodyToHast(envelope.body, envelope.format), file) as Root
}
