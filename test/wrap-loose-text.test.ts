import fc from 'fast-check'
import type {Element, Properties, Root} from 'hast'
import {phrasing} from 'hast-util-phrasing'
import {h} from 'hastscript'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {wrapStrayContent} from '../src/tree/to-hast.js'
import {isPhrasing, wrapLooseText} from '../src/tree/wrap-loose-text.js'

/** Tag names: HTML's phrasing, embedded and flow elements, and made-up ones. */
const TAGS = ['a', 'abbr', 'area', 'audio', 'b', 'br', 'button', 'canvas', 'code', 'del', 'div', 'em', 'embed', 'figure', 'h1', 'i', 'iframe',
  'img', 'input', 'link', 'map', 'math', 'meta', 'noscript', 'object', 'p', 'picture', 'script', 'section', 'select', 'span', 'strong', 'svg',
  'table', 'template', 'textarea', 'time', 'ul', 'video', 'wbr', 'x-custom', 'o:p', 'font', 'center', 'Span', '']
const PROPERTIES: Properties[] = [{}, {itemProp: ['name']}, {rel: ['stylesheet']}, {rel: ['pingback'], href: '/x'}, {rel: ['canonical']}, {itemProp: ['a'], rel: ['preload']}]

describe('isPhrasing', () => {
  it('answers as hast-util-phrasing does, properties included, past the remembered names too', () => {
    const tag = fc.oneof(fc.constantFrom(...TAGS), fc.string({maxLength: 6}))
    fc.assert(
      fc.property(tag, fc.constantFrom(...PROPERTIES), (tagName, properties) => {
        const element: Element = {type: 'element', tagName, properties: {...properties}, children: []}
        expect(isPhrasing(element)).toBe(phrasing(element))
      }),
      {seed: 20261124, numRuns: 4000}
    )
  })
})

describe('wrapLooseText', () => {
  it('wraps loose text and inline elements beside blocks into paragraphs, and leaves whitespace runs', () => {
    const root: Root = {type: 'root', children: [{type: 'text', value: '日期：2020 '}, h('b', 'x'), h('p', 'Body.'), {type: 'text', value: '\n'}, h('div', 'D'), h('link', {rel: ['stylesheet'], href: '/s.css'})]}
    wrapLooseText(root)
    expect(root.children).toEqual([
      h('p', [{type: 'text', value: '日期：2020 '}, h('b', 'x')]),
      h('p', 'Body.'),
      {type: 'text', value: '\n'},
      h('div', 'D'),
      h('p', [h('link', {rel: ['stylesheet'], href: '/s.css'})])
    ])
  })

  it('leaves a fragment without blocks alone', () => {
    const root: Root = {type: 'root', children: [{type: 'text', value: 'a '}, h('i', 'b'), h('img', {src: '/x.png'})]}
    const before = structuredClone(root)
    wrapLooseText(root)
    expect(root).toEqual(before)
  })
})

describe('wrapStrayContent', () => {
  it('wraps loose text beside blocks inside containers, not inside lists, cells or figures', () => {
    const root: Root = {type: 'root', children: [
      h('div', [{type: 'text', value: '【明慧网二零一八年八月十五日】布尔诺'}, h('b', 'x'), h('p', 'Body.')]),
      h('ul', [h('li', ['item', h('ul', [h('li', 'sub')])])]),
      h('table', [h('tbody', [h('tr', [h('td', ['cell', h('p', 'P')])])])]),
      h('figure', [h('img', {src: 'a.jpg'}), h('figcaption', 'C')]),
      h('section', [h('p', 'only blocks'), {type: 'text', value: '\n'}, h('p', 'and whitespace')])
    ]}
    const before = structuredClone(root)
    wrapStrayContent(root)
    expect(root.children[0]).toEqual(h('div', [h('p', [{type: 'text', value: '【明慧网二零一八年八月十五日】布尔诺'}, h('b', 'x')]), h('p', 'Body.')]))
    expect(root.children.slice(1)).toEqual(before.children.slice(1))
  })

  it('keeps an unknown element holding only inline content in its run (<ok href> glossary links)', () => {
    const root: Root = {type: 'root', children: [h('div', ['给捷克', h('ok', {href: 'http://x.test/g'}, '法轮功'), '学员', h('p', 'B')])]}
    wrapStrayContent(root)
    expect(root.children[0]).toEqual(h('div', [h('p', ['给捷克', h('ok', {href: 'http://x.test/g'}, '法轮功'), '学员']), h('p', 'B')]))
    const block: Root = {type: 'root', children: [h('div', ['文字', h('x-box', [h('p', 'P')]), h('p', 'B')])]}
    wrapStrayContent(block)
    expect(block.children[0]).toEqual(h('div', [h('p', ['文字']), h('x-box', [h('p', 'P')]), h('p', 'B')]))
  })

  it('lets the metadata step read a dateline that opens a container', () => {
    const result = cleanArticle('<div>【明慧网二零一八年八月十五日】布尔诺是捷克的第二大城市，仅次于布拉格。<p>他在邮件中写道：“我很关切。”</p></div>')
    expect(result.metadata.publishedAt).toBe('2018-08-15')
    expect(result.metadata.excerpt).toBe('【明慧网二零一八年八月十五日】布尔诺是捷克的第二大城市，仅次于布拉格。')
  })

  it('reads a phrasing element that holds blocks as a container (an unclosed <a> around paragraphs)', () => {
    const root: Root = {type: 'root', children: [h('a', ['标题', h('p', '标题')])]}
    wrapStrayContent(root)
    expect(root.children[0]).toEqual(h('a', [h('p', '标题'), h('p', '标题')]))
    // Cleaning reads the two lines as it reads them in its own output: a title and its copy.
    expect(cleanArticle('<a>标题<p>标题</p></a><p>正文。</p>').metadata.title).toBe('标题')
  })

  it('reads text beside formatting that holds a block deeper down as a paragraph of its own', () => {
    const root: Root = {type: 'root', children: [{type: 'text', value: 'word'}, h('span', [h('span', [h('p', 'x')])])]}
    wrapLooseText(root)
    expect(root.children).toEqual([h('p', 'word'), h('span', [h('span', [h('p', 'x')])])])
  })

  it('wraps list items outside a list into one list per run, whitespace between items kept inside', () => {
    const root: Root = {type: 'root', children: [
      h('li', 'a'), {type: 'text', value: '\n'}, h('li', 'b'), h('p', 'c'), h('div', [h('li', 'd')]), h('ol', [h('li', 'e')])
    ]}
    wrapStrayContent(root)
    expect(root.children).toEqual([
      h('ul', [h('li', 'a'), {type: 'text', value: '\n'}, h('li', 'b')]), h('p', 'c'), h('div', [h('ul', [h('li', 'd')])]), h('ol', [h('li', 'e')])
    ])
    expect(cleanArticle('<li>中文段落<li>第二项').markdown).toBe('- 中文段落\n- 第二项\n')
  })

  it('unwraps formatting around a list or table (an unclosed <del> before list items), not a link', () => {
    const root: Root = {type: 'root', children: [
      h('del', [h('li', '=')]), h('b', ['粗', h('ul', [h('li', '项')])]), h('a', {href: 'https://x.test/'}, [h('table', [])])
    ]}
    wrapStrayContent(root)
    // Text at the top stays loose here: htmlToHast wraps a fragment's top level.
    expect(root.children).toEqual([h('ul', [h('li', '=')]), {type: 'text', value: '粗'}, h('ul', [h('li', '项')]), h('a', {href: 'https://x.test/'}, [h('table', [])])])
    expect(cleanArticle('<del><li>第一项<li>第二项').markdown).toBe('- 第一项\n- 第二项\n')
  })
})
