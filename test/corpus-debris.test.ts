import {readFileSync} from 'node:fs'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import type {Root as MdRoot} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {corpusFiles, fixtureCases} from './helpers/fixtures.js'

/**
 * Every corpus file and seed: the debris the boilerplate rules target is gone,
 * and every body paragraph of the original is still there.
 */

/** Debris the boilerplate rules remove (checked now). */
const BOILERPLATE_MARKERS = [
  '获取更多RSS', 'feedx.net', 'feedx.top', 'Permalink', 'Better Feed', 'del.icio.us', 'Post tags',
  'adsbygoogle', 'taboola', 'div-gpt-ad', '翻墙', '二维码', '免责声明', '版权声明', '返回顶部',
  '荣誉会员', '财经自媒体联盟', 'ROL Foundation', 'Privacy Policy', 'wp-embedded-content', '相关阅读：',
  'gfw-breaker', '141.164.51.119'
]

/** Residue of image proxies and neutralized anchors (`<span href=…>`). */
const PROXY_AND_ANCHOR_MARKERS = ['images.weserv.nl', 'wsrv.nl', 'i0.wp.com', '/_next/image', '/cdn-cgi/image/', 'href=']

/** Blocks of the input the rules target on purpose (not body paragraphs), and credit lines lifted into the metadata. */
const TARGETED = /Permalink|Feed enhanced by|获取更多RSS|免责声明|荣誉会员|版权声明|二维码分享|翻墙访问|^作者[:：]/

const markdownParser = unified().use(remarkParse).use(remarkGfm)

/** The visible text of Markdown (text and code, no URLs, no image alt), whitespace removed. */
function markdownText(markdown: string): string {
  const tree = markdownParser.parse(markdown) as MdRoot
  let text = ''
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value
  })
  return squash(text)
}

/** Text compared with whitespace, zero-width characters and emoji removed. */
function squash(text: string): string {
  return text.replace(/[\s\u200b-\u200d\ufeff]+/g, '').replace(/\p{Extended_Pictographic}|\ufe0f/gu, '')
}

/** Text of the input's `<p>` elements (≥ 20 characters), outside the blocks the rules target. */
function bodyParagraphs(input: string): string[] {
  const tree = fromHtml(input, {fragment: true})
  const embedded = new Set<Element>(selectAll('blockquote.wp-embedded-content p', tree))
  const texts: string[] = []
  for (const paragraph of selectAll('p', tree)) {
    if (embedded.has(paragraph)) continue
    const text = toString(paragraph).replace(/\s+/g, ' ').trim()
    if (Array.from(text).length < 20 || TARGETED.test(text)) continue
    texts.push(text)
  }
  return texts
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}

const cases = [
  ...fixtureCases('seeds').map((fixture) => ({name: `seeds/${fixture.name}`, input: fixture.input})),
  ...corpusFiles().map((file) => ({name: `${file.source}/${file.name}`, input: readFileSync(file.path, 'utf8')}))
]

describe.each(cases)('$name', ({input}) => {
  const result = cleanArticle(input)
  const paragraphs = bodyParagraphs(input)
  const kept = paragraphs.join('\n')

  it('has no boilerplate debris left (beyond what body paragraphs say)', () => {
    const left = BOILERPLATE_MARKERS.filter((marker) => occurrences(result.markdown, marker) > occurrences(kept, marker))
    expect(left).toEqual([])
  })

  it('has no HTML tags left', () => {
    expect(result.markdown).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>/]/i)
  })

  it('keeps every body paragraph', () => {
    const output = markdownText(result.markdown)
    const missing = paragraphs.filter((text) => !output.includes(squash(text)))
    expect(missing).toEqual([])
  })

  it('has no proxied image URL and no neutralized-anchor residue', () => {
    expect(PROXY_AND_ANCHOR_MARKERS.filter((marker) => result.markdown.includes(marker))).toEqual([])
  })
})
