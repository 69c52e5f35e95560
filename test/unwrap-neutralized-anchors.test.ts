import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {cleanArticle, rehypeUnwrapNeutralizedAnchors} from '../src/index.js'
import {getState} from '../src/pipeline/state.js'
import {isTagLink} from '../src/plugins/unwrap-neutralized-anchors.js'
import type {AnchorMode} from '../src/types.js'

/** Run the plugin alone on an HTML fragment. */
function run(html: string, mode?: AnchorMode) {
  const tree = fromHtml(html, {fragment: true})
  const file = new VFile()
  unified().use(rehypeUnwrapNeutralizedAnchors, mode ? {mode} : undefined).runSync(tree, file)
  return {html: toHtml(tree), removed: getState(file).removed}
}

const secretchina =
  '<p>修改了<span href="https://www.secretchina.com/news/gb/tag/技术" target="_blank"><strong>技术</strong></span>' +
  '出口，见<span href="https://zh.wikipedia.org/zh-cn/TikTok" target="_blank">TikTok</span>。' +
  '<span href="https://www.secretchina.com"></span></p>'

describe('rehypeUnwrapNeutralizedAnchors: unwrap (default)', () => {
  it('turns the real secretchina spans into their text, keeping inline formatting', () => {
    const result = run(secretchina)
    expect(result.html).toBe('<p>修改了<strong>技术</strong>出口，见TikTok。</p>')
    expect(result.removed).toEqual([])
  })

  it('unwraps nested neutralized spans', () => {
    expect(run('<p>a <span href="https://x.test/1">b <span href="https://x.test/2"><em>c</em></span> d</span> e</p>').html).toBe(
      '<p>a b <em>c</em> d e</p>'
    )
  })

  it('keeps other elements, minus their link attributes', () => {
    expect(run('<p><b href="https://x.test/" target="_blank" rel="noopener" class="k">bold</b></p><div href="/x"><p>Para.</p></div>').html).toBe(
      '<p><b class="k">bold</b></p><div><p>Para.</p></div>'
    )
  })

  it('unwraps made-up elements the sanitizer would unwrap anyway (gfw-breaker mirrors of minghui)', () => {
    expect(run('<p>致<ok href="http://www.minghui.org/mh/glossary.html#1">法轮功</ok>学员</p>').html).toBe('<p>致法轮功学员</p>')
    expect(run('<p><ok href="https://x.test/big.jpg"><img src="https://x.test/a.jpg"></ok><br>图：说明</p>').html)
      .toBe('<p><img src="https://x.test/a.jpg"><br>图：说明</p>')
    expect(run('<p><ok href="https://x.test/big.jpg"><img src="https://x.test/a.jpg"></ok></p>', 'restore').html)
      .toBe('<p><a href="https://x.test/big.jpg"><img src="https://x.test/a.jpg"></a></p>')
  })

  it('removes neutralized anchors with no text, keeping their whitespace', () => {
    expect(run('<p>a<span href="https://x.test/"> </span>b<font href="https://x.test/"></font></p>').html).toBe('<p>a b</p>')
  })

  it('keeps an image in a neutralized anchor', () => {
    expect(run('<p><span href="https://x.test/"><img src="https://x.test/a.jpg"></span></p>').html).toBe('<p><img src="https://x.test/a.jpg"></p>')
  })

  it('leaves real links, link, base and area alone', () => {
    const html = '<link rel="canonical" href="https://x.test/a"><p><a href="https://x.test/b">b</a></p>' +
      '<map name="m"><area href="https://x.test/c" alt="c"></map>'
    expect(run(html).html).toBe(html)
    expect(run(html, 'restore').html).toBe(html)
  })
})

describe('rehypeUnwrapNeutralizedAnchors: restore', () => {
  it('restores http(s) anchors as real links, keeping only href and title', () => {
    expect(
      run('<p><span href=" https://x.test/a " target="_blank" class="c" title="T">one <b>two</b></span> <font href="http://x.test/b">three</font></p>', 'restore').html
    ).toBe('<p><a href="https://x.test/a" title="T">one <b>two</b></a> <a href="http://x.test/b">three</a></p>')
  })

  it('restores the real secretchina sample, unwrapping the tag link', () => {
    expect(run(secretchina, 'restore').html).toBe(
      '<p>修改了<strong>技术</strong>出口，见<a href="https://zh.wikipedia.org/zh-cn/TikTok">TikTok</a>。</p>'
    )
  })

  it('never restores javascript:, data: or relative hrefs', () => {
    expect(
      run('<p><span href="javascript:alert(1)">a</span> <span href="JavaScript:void(0)">b</span> <span href="data:text/html,x">c</span> ' +
        '<span href="/kzgd/subscribe.html">d</span> <span href="//x.test/e">e</span> <span href="https://">f</span></p>', 'restore').html
    ).toBe('<p>a b c d e f</p>')
  })

  it('puts the link inside a block element and around an image', () => {
    expect(run('<p href="https://x.test/p">Para.</p><img href="https://x.test/i" src="https://x.test/i.jpg">', 'restore').html).toBe(
      '<p><a href="https://x.test/p">Para.</a></p><a href="https://x.test/i"><img src="https://x.test/i.jpg"></a>'
    )
  })

  it('never nests links: the innermost wins', () => {
    expect(run('<p><span href="https://x.test/1">see <span href="https://x.test/2">this</span></span></p>', 'restore').html).toBe(
      '<p>see <a href="https://x.test/2">this</a></p>'
    )
    expect(run('<p><span href="https://x.test/1">see <a href="https://x.test/2">this</a></span></p>', 'restore').html).toBe(
      '<p>see <a href="https://x.test/2">this</a></p>'
    )
    expect(run('<p><a href="https://x.test/1">see <span href="https://x.test/2">this</span></a></p>', 'restore').html).toBe(
      '<p><a href="https://x.test/1">see this</a></p>'
    )
  })

  it('restores the outer anchor when the inner one is a tag link', () => {
    expect(run('<p><span href="https://x.test/a">read <span href="https://x.test/tag/ai">AI</span></span></p>', 'restore').html).toBe(
      '<p><a href="https://x.test/a">read AI</a></p>'
    )
  })
})

describe('rehypeUnwrapNeutralizedAnchors: tag links', () => {
  it('unwraps real tag links in both modes', () => {
    const html = '<p><a href="https://site.test/tag/AI">AI</a>, <a href="/news/gb/tags/%E6%8A%80%E6%9C%AF/"><b>技术</b></a>, ' +
      '<a href="https://blog.test/search/label/Photos">Photos</a>, <a href="https://site.test/search?q=tiktok">TikTok</a>, ' +
      '<a href="https://site.test/keyword/trade">trade</a></p>'
    const plain = '<p>AI, <b>技术</b>, Photos, TikTok, trade</p>'
    expect(run(html).html).toBe(plain)
    expect(run(html, 'restore').html).toBe(plain)
  })

  it('keeps links that only look like tags', () => {
    const html = '<p><a href="https://github.com/o/r/releases/tag/v1.0">v1.0</a> <a href="https://gitlab.com/o/r/-/tags/v2">v2</a> ' +
      '<a href="https://github.com/o/r/tags">tags</a> <a href="https://site.test/topics/climate">climate</a> ' +
      '<a href="https://site.test/tag/ai/page/2">more</a> <a href="https://site.test/search">search</a> ' +
      '<a href="https://site.test/news/tag.html">tag</a></p>'
    expect(run(html, 'restore').html).toBe(html)
  })

  it('classifies URLs', () => {
    expect(isTagLink('https://www.secretchina.com/news/gb/tag/技术')).toBe(true)
    expect(isTagLink('https://x.test/TAGS/a/')).toBe(true)
    expect(isTagLink('https://x.test/search.php?keyword=a')).toBe(true)
    expect(isTagLink('https://x.test/search?q=')).toBe(false)
    expect(isTagLink('https://x.test/tag/%E0%A4%A')).toBe(true)
    expect(isTagLink('mailto:tag@x.test')).toBe(false)
    expect(isTagLink('javascript:/tag/a')).toBe(false)
    expect(isTagLink('http://[bad')).toBe(false)
  })
})

describe('rehypeUnwrapNeutralizedAnchors in cleanArticle', () => {
  it('leaves no neutralized link text behind, and restores only real http links', () => {
    const input = '<p>' + '这是文章的正文，讲述了一件事情的来龙去脉。'.repeat(3) + '</p>' + secretchina
    expect(cleanArticle(input).markdown).not.toContain('](')
    const restored = cleanArticle(input, {anchors: 'restore'}).markdown
    expect(restored).toContain('[TikTok](https://zh.wikipedia.org/zh-cn/TikTok)')
    expect(restored).not.toContain('tag/')
  })

  it('gives the same result on every copy of a large input', () => {
    const block = '<p><span href="https://x.test/1"><span href="https://x.test/tag/a">a</span> b</span><a href="/tags/c">c</a></p>'
    const tree = fromHtml(block.repeat(2000), {fragment: true})
    unified().use(rehypeUnwrapNeutralizedAnchors, {mode: 'restore'}).runSync(tree, new VFile())
    expect(toHtml(tree)).toBe('<p><a href="https://x.test/1">a b</a>c</p>'.repeat(2000))
  })
})
