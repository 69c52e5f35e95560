import {readFileSync} from 'node:fs'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {cleanArticle, rehypeRemoveHidden} from '../src/index.js'
import {getState} from '../src/pipeline/state.js'
import {parseStyle} from '../src/plugins/remove-hidden.js'

/** Run the plugin alone on an HTML fragment. */
function run(html: string) {
  const tree = fromHtml(html, {fragment: true})
  const file = new VFile()
  unified().use(rehypeRemoveHidden).runSync(tree, file)
  const state = getState(file)
  return {html: toHtml(tree), removed: state.removed, warnings: state.warnings}
}

describe('rehypeRemoveHidden: inline styles', () => {
  it('removes display:none and reports its text', () => {
    const result = run('<p>Visible.<span style="display:none">secret</span></p>')
    expect(result.html).toBe('<p>Visible.</p>')
    expect(result.removed).toEqual([{rule: 'hidden/display-none', text: 'secret'}])
  })

  it('reads styles in any case and spacing, with !important', () => {
    const result = run(
      '<p>A.</p><div style="COLOR: red ;  Display :  NONE !important ;">one</div>' +
        '<div style="visibility:hidden">two</div><div style="visibility: collapse">three</div>'
    )
    expect(result.html).toBe('<p>A.</p>')
    expect(result.removed).toEqual([
      {rule: 'hidden/display-none', text: 'one'},
      {rule: 'hidden/display-none', text: 'two'},
      {rule: 'hidden/display-none', text: 'three'}
    ])
  })

  it('lets the last declaration win, unless an earlier one is !important', () => {
    expect(run('<p style="display:none; display:block">shown</p>').html).toBe('<p style="display:none; display:block">shown</p>')
    expect(run('<p>x</p><p style="display:none !important; display:block">gone</p>').html).toBe('<p>x</p>')
    expect(parseStyle('display:none/* a;b */;width: 1PX')).toEqual(new Map([['display', 'none'], ['width', '1px']]))
  })

  it('keeps visible elements and text that merely says display:none', () => {
    const html = '<div style="display: block">Shown.</div><p>Set <code>display:none</code> or style="display:none" to hide it.</p>' +
      '<p style="visibility: visible">Also shown.</p>'
    const result = run(html)
    expect(result.html).toBe(html)
    expect(result.removed).toEqual([])
  })

  it('keeps a visibility:hidden element whose descendant is visible again', () => {
    const html = '<div style="visibility:hidden"><p style="visibility:visible">Shown.</p></div>'
    expect(run(html).html).toBe(html)
  })

  it('reports a visibility:hidden block once, with what was hidden inside it', () => {
    const result = run('<p>A.</p><div style="visibility:hidden">out <span style="display:none">in</span></div>')
    expect(result.html).toBe('<p>A.</p>')
    expect(result.removed).toEqual([{rule: 'hidden/display-none', text: 'out'}])
  })

  it('removes the real secretchina hidden handle silently (it holds no text)', () => {
    const result = run(
      '<p>自处？<span id="hideid" name="hideid" style="color:red;display:none;"><span href="https://www.secretchina.com"></span></span></p>'
    )
    expect(result.html).toBe('<p>自处？</p>')
    expect(result.removed).toEqual([])
  })

  it('reports a hidden block holding only an image by its src', () => {
    const result = run('<p>A.</p><div style="display:none"><img src="https://x.test/a.jpg"></div>')
    expect(result.html).toBe('<p>A.</p>')
    expect(result.removed).toEqual([{rule: 'hidden/display-none', text: 'https://x.test/a.jpg'}])
  })

  it('keeps a long hidden block holding most of the text (script-revealed content), with a warning', () => {
    const body = '这是正文。'.repeat(60)
    const html = `<p>Lead.</p><div style="display:none"><p>${body}</p></div>`
    const result = run(html)
    expect(result.html).toBe(html)
    expect(result.removed).toEqual([])
    expect(result.warnings).toEqual([{rule: 'hidden/display-none', message: 'a hidden block holding most of the text was kept'}])
  })
})

describe('rehypeRemoveHidden: attributes', () => {
  it('removes elements with the hidden attribute, whatever its value but until-found', () => {
    const result = run('<p>A.</p><div hidden>one</div><p hidden="hidden">two</p><div hidden="until-found">Found.</div>')
    expect(result.html).toBe('<p>A.</p><div hidden="until-found">Found.</div>')
    expect(result.removed).toEqual([
      {rule: 'hidden/attribute', text: 'one'},
      {rule: 'hidden/attribute', text: 'two'}
    ])
  })

  it('removes aria-hidden icons and glyphs, reporting those with text', () => {
    const result = run(
      '<p><i class="fa fa-share" aria-hidden="true"></i>Share <span aria-hidden="TRUE">•</span> now</p>' +
        '<p>A<svg aria-hidden="true"><path d="M0 0"></path></svg></p>'
    )
    expect(result.html).toBe('<p>Share  now</p><p>A</p>')
    expect(result.removed).toEqual([{rule: 'hidden/attribute', text: '•'}])
  })

  it('keeps aria-hidden elements that hold words, digits or images', () => {
    const html = '<p><span aria-hidden="true">T</span>he story begins.</p><div aria-hidden="true">2024</div>' +
      '<figure aria-hidden="true"><img src="https://x.test/a.jpg"></figure><p aria-hidden="false">x</p>'
    expect(run(html).html).toBe(html)
  })
})

describe('rehypeRemoveHidden: tracking pixels', () => {
  it('removes 1×1 and 0×0 images and reports their src', () => {
    const result = run(
      '<p>Text.<img src="https://t.test/1.gif" width="1" height="1"></p>' +
        '<img src="https://t.test/2.gif" width="0px" height="0px"><img src="https://t.test/3.gif" height="0">' +
        '<img src="https://t.test/4.gif" style="width: 1px; height: 1PX">'
    )
    expect(result.html).toBe('<p>Text.</p>')
    expect(result.removed).toEqual([
      {rule: 'hidden/tracking-pixel', text: 'https://t.test/1.gif'},
      {rule: 'hidden/tracking-pixel', text: 'https://t.test/2.gif'},
      {rule: 'hidden/tracking-pixel', text: 'https://t.test/3.gif'},
      {rule: 'hidden/tracking-pixel', text: 'https://t.test/4.gif'}
    ])
  })

  it('keeps 100×1 rules, single 1px dimensions, and images the style makes larger', () => {
    const html = '<img src="https://x.test/rule.png" width="100" height="1"><img src="https://x.test/a.png" width="1">' +
      '<img src="https://x.test/b.png" width="1" height="1" style="width:100%;height:auto"><img src="https://x.test/c.png" width="100%">'
    expect(run(html).html).toBe(html)
  })

  it('removes the link and paragraph a pixel leaves empty', () => {
    const result = run('<p>Body.</p><p><a href="https://feeds.test/~r/x"><img src="https://feeds.test/~r/x.gif" height="1" width="1"></a></p>')
    expect(result.html).toBe('<p>Body.</p>')
    expect(result.removed).toEqual([{rule: 'hidden/tracking-pixel', text: 'https://feeds.test/~r/x.gif'}])
  })

  it('keeps table cells and structure even when emptied', () => {
    expect(run('<table><tr><td><img src="https://t.test/p.gif" width="1" height="1"></td></tr></table>').html).toBe(
      '<table><tbody><tr><td></td></tr></tbody></table>'
    )
  })
})

describe('rehypeRemoveHidden: comments and structure', () => {
  it('drops comments silently', () => {
    const result = run('<!-- wp:paragraph --><p>Text.<!-- note --></p><!-- /wp:paragraph -->')
    expect(result.html).toBe('<p>Text.</p>')
    expect(result.removed).toEqual([])
  })

  it('never removes html, head or body', () => {
    const tree = fromHtml('<html style="display:none"><body hidden><p>Text.</p></body></html>')
    unified().use(rehypeRemoveHidden).runSync(tree, new VFile())
    expect(toHtml(tree)).toBe('<html style="display:none"><head></head><body hidden><p>Text.</p></body></html>')
  })

  it('gives the same result on every copy of a large input', () => {
    const block = '<div style="visibility:hidden"><span aria-hidden="true">x</span><p>段落文字。</p></div><p>正文。<img src="p.gif" width="1" height="1"></p>'
    const tree = fromHtml(block.repeat(2000), {fragment: true})
    const file = new VFile()
    unified().use(rehypeRemoveHidden).runSync(tree, file)
    expect(getState(file).removed.length).toBe(4000)
    expect(toHtml(tree)).toBe('<p>正文。</p>'.repeat(2000))
  })
})

describe('rehypeRemoveHidden in cleanArticle', () => {
  it('leaves no link or hidden handle in the secretchina seed', () => {
    const input = readFileSync('fixtures/seeds/secretchina-gfw-breaker/input.txt', 'utf8')
    const result = cleanArticle(input)
    expect(result.markdown).not.toContain('href=')
    expect(result.markdown).not.toContain('display:none')
    expect(result.markdown).not.toContain('](https://www.secretchina.com/news/gb/tag/')
    expect(result.markdown).toContain('**技术出口**规则')
    expect(result.removed.some((entry) => entry.text === 'span#hideid')).toBe(false)
  })
})
