import {describe, expect, it} from 'vitest'
import {cleanArticle, LINK_REDIRECTS, unredirectUrl} from '../src/index.js'

describe('unredirectUrl', () => {
  it.each([
    ['https://link.zhihu.com/?target=https%3A//example.com/a%3Fb%3D1', 'https://example.com/a?b=1'],
    ['https://www.google.com/url?q=https://news.example.org/x&sa=D&source=editors', 'https://news.example.org/x'],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fstory&h=AT0', 'https://example.com/story'],
    ['https://edge.prnewswire.com/c/link/?t=0&l=en&o=4&h=1&u=https%3A%2F%2Fwww.crackerbarrel.com%2F&a=Cracker+Barrel', 'https://www.crackerbarrel.com/'],
    ['https://www.jianshu.com/go-wild?ac=2&url=https%3A%2F%2Fgithub.com%2Fx', 'https://github.com/x'],
    // A redirect to a redirect is followed.
    ['https://link.zhihu.com/?target=https%3A%2F%2Fwww.google.com%2Furl%3Fq%3Dhttps%3A%2F%2Fexample.com%2F', 'https://example.com/']
  ])('%s → %s', (url, target) => {
    expect(unredirectUrl(url)).toBe(target)
  })

  it.each([
    'https://link.zhihu.com/?target=javascript:alert(1)',
    'https://link.zhihu.com/?target=data%3Atext%2Fhtml%2Cx',
    'https://www.google.com/search?q=https://example.com/',
    'https://example.com/url?q=https://other.example/',
    'https://notgoogle.com/url?q=https://example.com/',
    'https://link.zhihu.com/?target=',
    // The host as parsed decides, not the text before an `@`.
    'https://evil.example\\@link.zhihu.com/?target=https://x.example/',
    // A path is the redirect's or under it, not a longer name.
    'https://www.google.com/urlfoo?q=https://example.com/',
    // More redirects in a row than are followed: the link stays as it is.
    'https://link.zhihu.com/?target=' + encodeURIComponent('https://link.zhihu.com/?target=' + encodeURIComponent('https://link.zhihu.com/?target=' + encodeURIComponent('https://link.zhihu.com/?target=https://x.example/'))),
    'not a url'
  ])('leaves %s', (url) => {
    expect(unredirectUrl(url)).toBeNull()
  })

  it('every built-in redirect names a host, a path from the root and a parameter', () => {
    for (const redirect of LINK_REDIRECTS) {
      expect(redirect.host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/)
      expect(redirect.path.startsWith('/')).toBe(true)
      expect(redirect.param).toMatch(/^[a-z]+$/)
    }
  })
})

describe('cleanArticle: links through redirects', () => {
  it('clean to a fixed point, however many redirects are chained', () => {
    let url = 'https://x.example/a'
    for (let hop = 0; hop < 6; hop++) {
      url = 'https://link.zhihu.com/?target=' + encodeURIComponent(url)
      const first = cleanArticle(`<p>见<a href="${url}">这篇</a>文章的详细说明。</p>`).markdown
      expect(cleanArticle(first).markdown).toBe(first)
    }
  })

  it('point at their targets; unsafe targets stay behind the redirect', () => {
    const result = cleanArticle('<p>见<a href="https://link.zhihu.com/?target=https%3A//example.com/a">这篇</a>文章，还有<a href="https://link.zhihu.com/?target=javascript:alert(1)">那篇</a>。</p>')
    expect(result.markdown).toBe('见[这篇](https://example.com/a)文章，还有[那篇](https://link.zhihu.com/?target=javascript:alert\\(1\\))。\n')
    expect(result.markdown).not.toContain('](javascript:')
  })
})
