import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {builtinRules, cleanArticle, rehypeStripBoilerplate, type Rule} from '../src/index.js'
import {getState} from '../src/pipeline/state.js'

/** Run the plugin alone on an HTML fragment. */
function strip(html: string, rules: readonly Rule[], url?: string) {
  const tree = fromHtml(html, {fragment: true})
  const file = new VFile()
  unified().use(rehypeStripBoilerplate, {rules, url}).runSync(tree, file)
  const state = getState(file)
  return {html: toHtml(tree), removed: state.removed, lifted: state.lifted}
}

const promo: Rule = {id: 'test/promo', description: 'promo lines', removeText: [/^Buy now$/]}

describe('rehypeStripBoilerplate: blocks', () => {
  it('drops the smallest block whose whole text matches, and the container it empties', () => {
    const result = strip('<p>Keep this.</p><div><section><p>Buy now</p></section></div>', [promo])
    expect(result.html).toBe('<p>Keep this.</p>')
    expect(result.removed).toEqual([{rule: 'test/promo', text: 'Buy now'}])
  })

  it('keeps a block that merely contains the text', () => {
    const html = '<p>Buy now, said the ad, but nobody did.</p>'
    expect(strip(html, [promo]).html).toBe(html)
  })

  it('treats lines split by <br> as blocks of their own', () => {
    const result = strip('<div>Real line one.<br>Buy now<br>Real line two.</div>', [promo])
    expect(result.html).toBe('<div>Real line one.<br><br>Real line two.</div>')
    expect(result.removed).toEqual([{rule: 'test/promo', text: 'Buy now'}])
  })

  it('matches text split across inline elements, with whitespace collapsed', () => {
    const result = strip('<p>Article.</p><p><b>Buy</b>\n   <i>now</i></p>', [promo])
    expect(result.html).toBe('<p>Article.</p>')
  })

  it('removes elements matched by selectors and reports them, empty ones by name', () => {
    const rule: Rule = {id: 'test/ads', description: 'ads', remove: ['ins.ad', '#slot']}
    const result = strip('<p>A.</p><ins class="ad">Sponsored</ins><div id="slot"></div><p>B.</p>', [rule])
    expect(result.html).toBe('<p>A.</p><p>B.</p>')
    expect(result.removed).toEqual([
      {rule: 'test/ads', text: 'Sponsored'},
      {rule: 'test/ads', text: 'div#slot'}
    ])
  })

  it('reports an image-only block by its src or alt', () => {
    const rule: Rule = {id: 'test/qr', description: 'qr', removeImages: [/qr/]}
    const result = strip('<p>Text.</p><p><img src="https://x.test/qr.png"></p><p><img alt="photo" src="https://x.test/a.jpg"></p>', [rule])
    expect(result.html).toBe('<p>Text.</p><p><img alt="photo" src="https://x.test/a.jpg"></p>')
    expect(result.removed).toEqual([{rule: 'test/qr', text: 'https://x.test/qr.png'}])
  })

  it('does nothing with no rules', () => {
    const html = '<p>Buy now</p>'
    expect(strip(html, []).html).toBe(html)
  })

  it('skips an invalid selector with a warning instead of throwing', () => {
    const tree = fromHtml('<p>A.</p>', {fragment: true})
    const file = new VFile()
    const rule: Rule = {id: 'test/bad', description: 'bad', remove: ['p[']}
    unified().use(rehypeStripBoilerplate, {rules: [rule]}).runSync(tree, file)
    expect(getState(file).warnings).toEqual([{rule: 'test/bad', message: 'invalid selector skipped: p['}])
  })
})

describe('rehypeStripBoilerplate: cutFrom', () => {
  const footer: Rule = {id: 'test/footer', description: 'footer', cutFrom: [/^-- footer --$/]}
  const body = '<p>' + '正文内容。'.repeat(20) + '</p>'

  it('drops the block and everything after it, reporting each dropped block', () => {
    const result = strip(`<div>${body}<p>-- footer --</p><p>Links</p></div><p>More links</p><hr>`, [footer])
    expect(result.html).toBe(`<div>${body}</div>`)
    expect(result.removed).toEqual([
      {rule: 'test/footer', text: '-- footer --'},
      {rule: 'test/footer', text: 'Links'},
      {rule: 'test/footer', text: 'More links'}
    ])
  })

  it('never cuts more than half of the text: then only the block goes', () => {
    const result = strip(`<p>-- footer --</p>${body}`, [footer])
    expect(result.html).toBe(body)
    expect(result.removed).toEqual([{rule: 'test/footer', text: '-- footer --'}])
  })
})

describe('rehypeStripBoilerplate: hosts', () => {
  const site: Rule = {id: 'test/site', description: 'site', hosts: ['example.com/news'], removeText: [/^Site footer$/]}
  const html = '<p>Body.</p><p>Site footer</p>'

  it('applies a host rule when the url option is on the host (subdomains included)', () => {
    expect(strip(html, [site], 'https://www.example.com/news/1').html).toBe('<p>Body.</p>')
  })

  it('applies a host rule when a link in the input is on the host', () => {
    expect(strip(`${html}<p><a href="https://example.com/news/2">x</a> y</p>`, [site]).html).toBe(
      '<p>Body.</p><p><a href="https://example.com/news/2">x</a> y</p>'
    )
  })

  it('does not apply it elsewhere, or off the path prefix', () => {
    expect(strip(html, [site], 'https://example.org/news/1').html).toBe(html)
    expect(strip(html, [site], 'https://example.com/blog/1').html).toBe(html)
    expect(strip(html, [site], 'https://notexample.com/news/1').html).toBe(html)
  })

  it('reads the source from the envelope (front matter `from`)', () => {
    const input = '---\ntitle: T\nfrom: https://example.com/news/3\n---\n<p>Body text here.</p><p>Site footer</p>'
    const result = cleanArticle(input, {rules: [site], builtinRules: false})
    expect(result.removed).toEqual([{rule: 'test/site', text: 'Site footer'}])
  })
})

describe('rehypeStripBoilerplate: extract', () => {
  it('lifts values from a block before dropping it', () => {
    const rule: Rule = {
      id: 'test/source',
      description: 'source line',
      removeText: [/^Source: /],
      extract: {
        url: /(https?:\/\/\S+)/,
        tags: /tags: (.+)$/,
        credits: [{role: 'author', pattern: /^Source: (\w+)/}],
        syndicator: 'tester'
      }
    }
    const result = strip('<p>Body.</p><p>Source: Alice <a href="https://a.test/1">here</a> tags: x, y、z</p>', [rule])
    expect(result.html).toBe('<p>Body.</p>')
    expect(result.lifted.url).toEqual(['https://a.test/1'])
    expect(result.lifted.tags).toEqual(['x', 'y', 'z'])
    expect(result.lifted.credits).toEqual([{role: 'author', name: 'Alice'}])
    expect(result.lifted.syndicator).toEqual(['tester'])
  })
})

describe('removed report through cleanArticle', () => {
  it('lists every dropped block in document order with its rule id', () => {
    const input = [
      '<p>原文地址（需翻墙访问）：https://news.example.com/a/1.html</p>',
      '<div id="div-gpt-ad-123"></div>',
      '<p>' + '这是文章的正文，讲述了一件事情的来龙去脉。'.repeat(4) + '</p>',
      '<p>分享到：微博 微信 Facebook</p>',
      '<p>免责声明：本文仅代表作者个人观点。</p>'
    ].join('')
    const result = cleanArticle(input)
    expect(result.removed).toEqual([
      {rule: 'generic/vpn-original', text: '原文地址（需翻墙访问）：https://news.example.com/a/1.html'},
      {rule: 'generic/ad-slots', text: 'div#div-gpt-ad-123'},
      {rule: 'generic/share', text: '分享到：微博 微信 Facebook'},
      {rule: 'generic/disclaimer', text: '免责声明：本文仅代表作者个人观点。'}
    ])
    expect(result.markdown).toBe('这是文章的正文，讲述了一件事情的来龙去脉。'.repeat(4) + '\n')
  })

  it('drops every copy of the debris in a large input', () => {
    const paragraph = '<div><p>' + '段落文字。'.repeat(30) + '</p><p>分享到：微博</p></div>'
    const tree = fromHtml(paragraph.repeat(2000), {fragment: true})
    const file = new VFile()
    unified().use(rehypeStripBoilerplate, {rules: builtinRules}).runSync(tree, file)
    expect(getState(file).removed.length).toBe(2000)
  })
})
