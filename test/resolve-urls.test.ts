import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {cleanArticle, rehypeResolveUrls, resolveUrl} from '../src/index.js'

const run = (html: string, base?: string): string =>
  String(unified().use(rehypeParse, {fragment: true}).use(rehypeResolveUrls, {base}).use(rehypeStringify).processSync(html))

describe('resolveUrl', () => {
  it.each([
    ['/a/b.html', 'https://news.example.com/x/y.html', 'https://news.example.com/a/b.html'],
    ['b.html', 'https://news.example.com/x/y.html', 'https://news.example.com/x/b.html'],
    ['//cdn.example.com/i.jpg', 'https://news.example.com/x/', 'https://cdn.example.com/i.jpg'],
    ['../i.jpg?w=1', 'http://news.example.com/x/y/', 'http://news.example.com/x/i.jpg?w=1']
  ])('%j against %j', (url, base, expected) => {
    expect(resolveUrl(url, base)).toBe(expected)
  })

  it.each(['#note-1', 'https://other.example/a', 'mailto:a@b.c', 'javascript:alert(1)', ''])('leaves %j alone', (url) => {
    expect(resolveUrl(url, 'https://news.example.com/')).toBeNull()
  })
})

describe('rehypeResolveUrls', () => {
  it('resolves links, images and quotes against the base', () => {
    expect(run('<p><a href="/a.html">a</a><img src="i.jpg"></p><blockquote cite="/q">q</blockquote>', 'https://x.test/dir/page.html')).toBe(
      '<p><a href="https://x.test/a.html">a</a><img src="https://x.test/dir/i.jpg"></p><blockquote cite="https://x.test/q">q</blockquote>'
    )
  })

  it('changes nothing without an http(s) base', () => {
    const html = '<p><a href="/a.html">a</a></p>'
    expect(run(html)).toBe(html)
    expect(run(html, 'file:///etc/passwd')).toBe(html)
  })
})

describe('cleanArticle resolves relative URLs', () => {
  it('against the url option', () => {
    const {markdown} = cleanArticle('<p>See <a href="/a/b.html">this</a>.</p><img src="/i.jpg">', {url: 'https://news.example.com/x/y.html'})
    expect(markdown).toBe('See [this](https://news.example.com/a/b.html).\n\n![](https://news.example.com/i.jpg)\n')
  })

  it('against the original URL the envelope states when no url option is given', () => {
    const input = '[Title](https://www.example.org/news/1.html)\n------\n\n<p>See <a href="2.html">the next one</a>.</p>'
    expect(cleanArticle(input).markdown).toBe('See [the next one](https://www.example.org/news/2.html).\n')
  })

  it('leaves a Markdown file\'s path-relative images and links to its archive, unless the url option is given', () => {
    const input = '---\nurl: https://mp.weixin.qq.com/s/abc\n---\n\n正文第一段，这里是很长的一段正文内容。\n\n![](../../assets/img-0.png)\n\n[上一篇](./prev.md) [首页](/index.html)\n'
    expect(cleanArticle(input).markdown).toBe(
      '正文第一段，这里是很长的一段正文内容。\n\n![](../../assets/img-0.png)\n\n[上一篇](./prev.md) [首页](https://mp.weixin.qq.com/index.html)\n'
    )
    expect(cleanArticle(input, {url: 'https://archive.example/a/b/c.html'}).markdown).toContain('![](https://archive.example/assets/img-0.png)')
  })
})
