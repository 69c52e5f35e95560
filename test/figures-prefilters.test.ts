import fc from 'fast-check'
import type {ElementContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {Content, textOf, visibleStart} from '../src/plugins/figures/nodes.js'
import {groupFiguresUnfiltered, mayGroup} from '../src/plugins/figures/captions.js'
import {headingLevel, headingTagLevel} from '../src/plugins/figures/headings.js'
import {orphanCredit} from '../src/plugins/figures/orphan-credits.js'
import {isLabelStart, mayBePhotoCredit, photoCreditOnly} from '../src/plugins/figures/photo-credit.js'

/** Every label `photoCreditOnly` reads, as written in src/plugins/figures/photo-credit.ts. */
const LABELS = ['图片来源', '圖片來源', '图片来自', '圖片來自', '照片来源', '照片來源', '照片来自', '照片來自', '图片提供', '圖片提供',
  '照片提供', '图源', '圖源', '图片', '圖片', '照片', '相片', '摄影', '攝影', '图', '圖', 'photo credit', 'photograph', 'photos',
  'photo by', 'photo', 'image', 'picture']
const PADS = ['', ' ', '\u3000', '\u200b', '\ufeff', ' \u2060 ']
const casing = fc.constantFrom('lower', 'upper', 'title')

describe('mayBePhotoCredit', () => {
  it('passes every labelled credit, bracketed or not, in any case and padding', () => {
    const credit = fc.tuple(fc.constantFrom(...PADS), fc.constantFrom(['', ''], ['（', '）'], ['(', ')'], ['【', '】'], ['[', ']']),
      fc.constantFrom(...PADS), fc.constantFrom(...LABELS), casing, fc.constantFrom('：', '/', ' ', ''), fc.constantFrom('路透社', 'Getty Images', 'AP'))
      .map(([pad, [open, close], inner, label, kase, sep, name]) => {
        const cased = kase === 'upper' ? label.toUpperCase() : kase === 'title' ? label[0]!.toUpperCase() + label.slice(1) : label
        return `${pad}${open}${inner}${cased}${sep}${name}${close}`
      })
    fc.assert(fc.property(credit, (line) => {
      expect(mayBePhotoCredit(line)).toBe(true)
      // And on the start alone, as orphanCredit reads it.
      expect(mayBePhotoCredit(line.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '').slice(0, 2))).toBe(true)
    }), {numRuns: 1000})
    expect(photoCreditOnly('（图片来源：Getty Images）')).toBe('Getty Images')
    expect(photoCreditOnly('\u200b Photo: AP')).toBe('AP')
  })

  it('rejects lines that start otherwise, and blank ones', () => {
    for (const line of ['', '  ', '（', '( ', '文|AI财经社', '记者：张三', '（完）', 'The photo: AP', '“图：路透社”']) {
      expect(mayBePhotoCredit(line), line).toBe(false)
      expect(photoCreditOnly(line)).toBeNull()
    }
  })

  it('never rejects what photoCreditOnly reads, on arbitrary text', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('图', '（', '(', ' ', 'Photo', '：', '/', '路透社', '\u200b', 'x', '。'), fc.string({maxLength: 3})),
      {maxLength: 8}).map((parts) => parts.join(''))
    fc.assert(fc.property(text, (line) => photoCreditOnly(line) === null || mayBePhotoCredit(line)), {numRuns: 3000})
  })
})

describe('visibleStart', () => {
  const html = fc.array(fc.constantFrom('a', ' ', '\u200b', '\u3000', '<b> 图</b>', '<script>x</script>', '<!-- c -->', '<i>\n</i>',
    '（', 'Photo', '<span><em>片</em></span>', '\ud83d\ude00'), {maxLength: 10}).map((parts) => `<p>${parts.join('')}</p>`)

  it('is the start of textOf with whitespace and zero-width characters dropped', () => {
    fc.assert(fc.property(html, fc.integer({min: 0, max: 4}), (source, count) => {
      const tree = fromHtml(source, {fragment: true})
      const nodes = tree.children as ElementContent[]
      const expected = textOf(nodes).replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '').slice(0, count)
      expect(visibleStart(nodes, count)).toBe(expected)
    }), {numRuns: 1000})
  })

  it('lets orphanCredit find credits in markup', () => {
    const tree = fromHtml('<span> \u200b<b>（图片来源</b>：Getty Images）</span>', {fragment: true})
    expect(orphanCredit(tree.children as ElementContent[])).toEqual({text: '（图片来源：Getty Images）', name: 'Getty Images'})
    const other = fromHtml('<span>正文（图片来源：Getty Images）</span>', {fragment: true})
    expect(orphanCredit(other.children as ElementContent[])).toBeNull()
  })
})

describe('isLabelStart', () => {
  it('is every code unit that lower-cases to a label start', () => {
    const starts = new Set(LABELS.map((label) => label[0]!))
    for (let code = 0; code < 0x10000; code++) {
      const expected = starts.has(String.fromCharCode(code).toLowerCase()[0]!)
      if (isLabelStart(code) !== expected) expect(isLabelStart(code), code.toString(16)).toBe(expected)
    }
  })
})

describe('headingTagLevel', () => {
  it('reads heading tag names as /^h([1-6])$/ does', () => {
    const name = fc.oneof(fc.constantFrom('h1', 'h6', 'h0', 'h7', 'H1', 'hr', 'h', 'h12', 'th', 'p'), fc.string({maxLength: 3}))
    fc.assert(fc.property(name, (tagName) => {
      const match = /^h([1-6])$/.exec(tagName)
      expect(headingTagLevel(tagName)).toBe(match ? Number(match[1]) : 0)
    }), {numRuns: 2000})
  })
  it('gives the level of the highest heading below h1, else 2', () => {
    const level = (html: string) => headingLevel(fromHtml(html, {fragment: true}))
    expect(level('<p>x</p>')).toBe(2)
    expect(level('<div><h4>a</h4><section><h3>b</h3></section></div>')).toBe(3)
    expect(level('<h1>t</h1><h3>b</h3>')).toBe(2)
    expect(level('<h1>t</h1>')).toBe(2)
  })
})

describe('mayGroup', () => {
  const PARTS = ['<p>text <b>bold</b></p>', '<div><span>x</span></div>', '<figure><figcaption>c</figcaption></figure>',
    '<p>a<figure>f</figure>b</p>', '<img src="https://x.test/a.png">', '<div><img src="javascript:x"></div>', '<small>caption</small>',
    '<p><a href="https://x.test"><img src="/i.png"></a></p>', '<table><tr><td><img src="t.png"></td></tr></table>']
  it('is true whenever groupFigures changes the tree', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PARTS), {maxLength: 5}), fc.boolean(), (parts, newlineEndsLine) => {
      const tree = fromHtml(parts.join(''), {fragment: true})
      const before = JSON.stringify(tree)
      const may = mayGroup(tree)
      groupFiguresUnfiltered(tree, {newlineEndsLine})
      if (!may) expect(JSON.stringify(tree)).toBe(before)
    }), {numRuns: 1000})
    expect(mayGroup(fromHtml('<p>only text</p>', {fragment: true}))).toBe(false)
  })
})

describe('Content', () => {
  const PARTS = ['<span> </span>', '<b>x</b>', '<img src="https://x.test/a.png">', '<img src="javascript:x">', '<i><img src="/r.png"></i>',
    '\u3000', '<em>\u200b</em>', 'text', '<a><span>deep</span></a>']
  /** The definitions, read fresh for each node. */
  const showsText = (node: ElementContent): boolean =>
    node.type === 'text' ? !/^[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]*$/.test(node.value) : node.type === 'element' && node.children.some(showsText)
  const holdsImage = (node: ElementContent): boolean =>
    node.type === 'element' && ((node.tagName === 'img' && /^(?:https?:|\/)/.test(String(node.properties['src']))) || node.children.some(holdsImage))
  it('tells what each subtree shows, memoized', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PARTS), {maxLength: 6}), (parts) => {
      const tree = fromHtml(`<div>${parts.join('')}</div>`, {fragment: true})
      const content = new Content()
      const all: ElementContent[] = []
      const collect = (nodes: ElementContent[]) => { for (const n of nodes) { all.push(n); if (n.type === 'element') collect(n.children) } }
      collect(tree.children as ElementContent[])
      for (const pass of [1, 2]) {
        for (const node of all) {
          expect(content.hasImage(node), `pass ${pass}`).toBe(holdsImage(node))
          expect(content.visible(node), `pass ${pass}`).toBe(node.type === 'comment' ? false : showsText(node) || holdsImage(node))
        }
      }
    }), {numRuns: 500})
  })
})
