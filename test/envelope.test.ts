import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanArticle, parseEnvelope} from '../src/index.js'

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}/input.txt`, import.meta.url), 'utf8')

describe('parseEnvelope: front matter', () => {
  it('parses YAML front matter into a prototype-free object', () => {
    const envelope = parseEnvelope('---\ntitle: "Hello"\ntags: [ a, b ]\n---\n<p>Body</p>')
    expect(Object.getPrototypeOf(envelope.frontMatter)).toBe(null)
    expect({...envelope.frontMatter}).toEqual({title: 'Hello', tags: ['a', 'b']})
    expect(envelope.body).toBe('<p>Body</p>')
    expect(envelope.format).toBe('html')
  })

  it('finds front matter after blank lines (`\\n---\\n…`, as some generators write it)', () => {
    const envelope = parseEnvelope('\n \n---\ntitle: 标题\n---\n\n<div><p>Body</p></div>')
    expect({...envelope.frontMatter}).toEqual({title: '标题'})
    expect(envelope.body).toBe('\n<div><p>Body</p></div>')
  })

  it('parses Hugo\'s TOML front matter (`+++`) into a prototype-free object, dates as written', () => {
    const envelope = parseEnvelope("+++\ndate = 2025-11-06T00:00:00\ntitle = 'FBI 動く'\ntags = [\"著作権\", \"AI\"]\n__proto__ = {polluted = 1}\n[constructor]\nx = 1\n+++\n\nBody text.\n")
    expect(Object.getPrototypeOf(envelope.frontMatter)).toBe(null)
    expect({...envelope.frontMatter}).toEqual({date: '2025-11-06T00:00:00.000', title: 'FBI 動く', tags: ['著作権', 'AI']})
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(envelope.body.trim()).toBe('Body text.')
    const result = cleanArticle("+++\ndate = '2025-11-06T00:00:00'\ntitle = 'FBIがarchive.is運営者特定へ動く'\n+++\n\nFBIの調査で運営者が特定されるかもしれない、という話題です。\n")
    expect(result.metadata.title).toBe('FBIがarchive.is運営者特定へ動く')
    expect(result.metadata.publishedAt).toBe('2025-11-06T00:00:00+09:00')
  })

  it('leaves invalid TOML front matter in the text, with a warning', () => {
    const envelope = parseEnvelope('+++\nthis is = not toml\n+++\nBody')
    expect(envelope.frontMatter).toBe(null)
    expect(envelope.warnings.map((w) => w.rule)).toEqual(['envelope/front-matter'])
    expect(envelope.body).toContain('this is = not toml')
  })

  it('does not take a fence after text for front matter', () => {
    expect(parseEnvelope('text\n---\ntitle: x\n---\nmore').frontMatter).toBe(null)
  })

  it('keeps dates as the strings that were written (core schema)', () => {
    const envelope = parseEnvelope('---\ndate: 2020-08-17T17:11:30.000Z\n---\ntext')
    expect(envelope.frontMatter?.['date']).toBe('2020-08-17T17:11:30.000Z')
  })

  it('turns bad YAML into a warning and leaves the text in the body', () => {
    const input = '---\ntitle: [unclosed\n---\nBody text'
    const envelope = parseEnvelope(input)
    expect(envelope.frontMatter).toBe(null)
    expect(envelope.body).toBe(input)
    expect(envelope.warnings).toHaveLength(1)
    expect(envelope.warnings[0]?.rule).toBe('envelope/front-matter')
  })

  it('drops prototype-polluting keys', () => {
    const envelope = parseEnvelope('---\n__proto__:\n  polluted: yes\nconstructor: x\ntitle: ok\n---\nBody')
    expect(Object.keys(envelope.frontMatter ?? {})).toEqual(['title'])
    expect(({} as Record<string, unknown>)['polluted']).toBe(undefined)
  })

  it('refuses alias bombs with a warning instead of expanding them', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level)
      const name = String.fromCharCode(97 + level)
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`)
    }
    const envelope = parseEnvelope(`---\n${bomb.join('\n')}\n---\nBody`)
    expect(envelope.frontMatter).toBe(null)
    expect(envelope.warnings[0]?.rule).toBe('envelope/front-matter')
  })

  it('does not take a thematic break for front matter', () => {
    const envelope = parseEnvelope('---\n\nSome text\n\n---\n\nMore')
    expect(envelope.frontMatter).toBe(null)
    expect(envelope.warnings).toEqual([])
  })
})

describe('parseEnvelope: comments and title headers', () => {
  it.each([
    ['an ATX heading holding a back link', '###  [:house:返回](README.md)\n---\n\n## 真正的标题\n正文'],
    ['a link header whose label leads back', '[🔙 返回首頁](https://github.com/ourhimalayas/txt)\n------\n\n## 真正的标题\n正文']
  ])('splits off %s with no title: the archive\'s chrome', (_, input) => {
    const envelope = parseEnvelope(input)
    expect(envelope.titleHeader).toBe(null)
    expect(envelope.body).toBe('\n## 真正的标题\n正文')
  })

  it('reads epoch-millisecond comments and the [title](url) header (dw-feedx seed)', () => {
    const envelope = parseEnvelope(seed('dw-feedx'))
    expect(envelope.timestamps).toEqual([1642555024000])
    expect(envelope.titleHeader?.title).toBe('英媒：阿里巴巴美国云端业务恐不保')
    expect(envelope.titleHeader?.url).toBe(
      'https://www.dw.com/zh/%E8%8B%B1%E5%AA%92%EF%BC%9A%E9%98%BF%E9%87%8C%E5%B7%B4%E5%B7%B4%E7%BE%8E%E5%9B%BD%E4%BA%91%E7%AB%AF%E4%B8%9A%E5%8A%A1%E6%81%90%E4%B8%8D%E4%BF%9D/a-60469586'
    )
    expect(envelope.format).toBe('html')
    expect(envelope.body.trimStart().startsWith('<div><i><br>2022-01-19')).toBe(true)
  })

  it('reads front matter, then the comment, then the header (voa seed)', () => {
    const envelope = parseEnvelope(seed('voa-feed-jekyll'))
    expect(envelope.frontMatter?.['title']).toBe('为躲避国安法，又一中国科技企业把服务器迁离香港')
    expect(envelope.frontMatter?.['tags']).toEqual(['美国之音'])
    expect(envelope.timestamps).toEqual([1597684290000])
    expect(envelope.titleHeader?.url).toBe(
      'https://www.voachinese.com/a/US-targets-china-tech-tiktok-rival-bigo-shifts-servers-hong-kong-20200817/5546757.html'
    )
    expect(envelope.format).toBe('html')
  })

  it('reads a ### title over a dashed line (gfw-breaker seed) and detects Markdown', () => {
    const envelope = parseEnvelope(seed('secretchina-gfw-breaker'))
    expect(envelope.titleHeader).toEqual({title: '中国技术出口新规 夹缝中的TikTok会如何抉择？(图)', url: null})
    expect(envelope.format).toBe('markdown')
  })

  it('reads links and images as the serializer writes them as Markdown: with a title, or a URL in <…>', () => {
    expect(parseEnvelope('[中文段落，](x "display:none")\n').format).toBe('markdown')
    expect(parseEnvelope("![图](https://a.test/b.jpg 't')\n").format).toBe('markdown')
    expect(parseEnvelope('[链接](<https://a.test/b c>)\n').format).toBe('markdown')
    expect(parseEnvelope('[not a link] (x)\n').format).toBe('text')
  })

  it('reads Markdown-looking text inside HTML blocks as HTML, as a CommonMark reader would', () => {
    expect(parseEnvelope('<article>\n<p>a *b* and [c](https://d.test)</p>\n<p>x</p>\n</article>').format).toBe('html')
    // After a blank line the HTML block ends: Markdown there is Markdown.
    expect(parseEnvelope('<p>intro</p>\n\n**bold** and *em*\n').format).toBe('markdown')
  })

  it('reads an export that opens with an HTML block and goes on in plain paragraphs or _emphasis_ as Markdown', () => {
    expect(parseEnvelope('<figure><img src="x.jpg"></figure>\n\nPara one.\n\nPara two.\n').format).toBe('markdown')
    expect(parseEnvelope('<figure><img src="x.jpg"></figure>\n\n_„Wir sind froh“_, sagte sie.\n').format).toBe('markdown')
    // One plain paragraph between HTML blocks, or paragraphs inside them, or snake_case: still HTML.
    expect(parseEnvelope('<div><p>a</p></div>\n\nloose text\n\n<div><p>b</p></div>\n').format).toBe('html')
    expect(parseEnvelope('<div>\n<p>one</p>\n\n<p>two</p>\n</div>\n').format).toBe('html')
    expect(parseEnvelope('<p>set max_retry_count to 3</p>').format).toBe('html')
    // Plain text without tags stays text.
    expect(parseEnvelope('Para one.\n\nPara two.\n').format).toBe('text')
    // Code in <pre> (blank lines and __dunder__ names included) is no evidence, nor is an emoticon.
    expect(parseEnvelope('<p>Intro</p>\n<div class="highlight"><pre><code>import os\n\nvalue = compute(__name__, x)\n\nprint(value)\n</code></pre></div>').format).toBe('html')
    expect(parseEnvelope('今天的天气很好\n大家都很开心^_^ 明天还去^_^\n晚上回家吃饭').format).toBe('text')
  })

  it('reads a full page (doctype or <html> first) as HTML, whatever its text looks like', () => {
    const page = '<!DOCTYPE html><html><head><title>T</title></head><body><h1>T</h1><p>*a* and [b](https://c.test)</p>\n\n**d**\n</body></html>'
    expect(parseEnvelope(page).format).toBe('html')
    expect(parseEnvelope('<html lang="en"><body><p>a *b* c</p>\n\n# not a heading\n</body></html>').format).toBe('html')
    // Not a page: the same text after other content stays Markdown.
    expect(parseEnvelope('intro\n\n<!doctype html><p>a *b* c</p>').format).toBe('markdown')
  })

  it('reads HTML under one label line (a feed archive\'s date line) as HTML', () => {
    expect(parseEnvelope('日期：Sat, 27 Jun 2020 16:04:16 +0000\n\n<p>正文&nbsp;一。</p><p>二。</p>').format).toBe('html')
    // Two loose lines, or Markdown outside the tags, keep the Markdown reading.
    expect(parseEnvelope('第一行\n第二行\n<p>正文。</p>').format).toBe('markdown')
    expect(parseEnvelope('日期：今天\n\n<p>正文。</p>\n\n**粗体**').format).toBe('markdown')
  })

  it('detects plain text (sina seed) and Markdown with a repost line (gnews seed)', () => {
    expect(parseEnvelope(seed('sina-plaintext')).format).toBe('text')
    const gnews = parseEnvelope(seed('gnews-repost'))
    expect(gnews.format).toBe('markdown')
    expect(gnews.frontMatter?.['title']).toBe('樱花深度报道┃基于中国的云和金融服务对美国和全球民主构成威胁（上）')
  })

  it('reads ten-digit epoch comments as seconds', () => {
    expect(parseEnvelope('<!--1597684290-->\n<p>x</p>').timestamps).toEqual([1597684290000])
  })

  it('keeps a non-timestamp comment out of timestamps', () => {
    const envelope = parseEnvelope('<!-- generated -->\n<p>x</p>')
    expect(envelope.comments).toEqual(['generated'])
    expect(envelope.timestamps).toEqual([])
  })

  it('unescapes Markdown escapes in a link title', () => {
    expect(parseEnvelope('[a \\[b\\] c](https://x.test/)\n---\n\ntext').titleHeader).toEqual({
      title: 'a [b] c',
      url: 'https://x.test/'
    })
  })

  it('needs the underline: a lone link line is body', () => {
    const envelope = parseEnvelope('[a](https://x.test/)\n\ntext')
    expect(envelope.titleHeader).toBe(null)
    expect(envelope.format).toBe('markdown')
  })
})

describe('parseEnvelope: input normalisation', () => {
  it('handles CRLF and a BOM like LF input', () => {
    const lf = '---\ntitle: T\n---\n<!--1597684290000-->\n[T](https://x.test/a)\n------\n\n<p>Body</p>\n'
    const crlf = '\uFEFF' + lf.replaceAll('\n', '\r\n')
    expect(parseEnvelope(crlf)).toEqual(parseEnvelope(lf))
  })

  it('replaces NUL and lone surrogates', () => {
    expect(parseEnvelope('a\0b\uD800c').body).toBe('a\uFFFDb\uFFFDc')
  })

  it('works with no envelope at all', () => {
    const envelope = parseEnvelope('Just a line of text.')
    expect(envelope).toMatchObject({frontMatter: null, titleHeader: null, comments: [], format: 'text'})
    expect(envelope.body).toBe('Just a line of text.')
  })

  it('gives the empty envelope for the empty string', () => {
    expect(parseEnvelope('')).toMatchObject({body: '', format: 'text', frontMatter: null})
  })

  it('throws a TypeError on non-string input', () => {
    expect(() => parseEnvelope(42 as unknown as string)).toThrow(TypeError)
  })
})
