import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {trimUrlEnd} from '../src/markdown/cut-bare-urls.js'

const md = (input: string): string => cleanArticle(input).markdown

describe('bare URLs running into CJK punctuation', () => {
  it('end where the punctuation starts, less what GFM trims from a literal\'s end, in Markdown and HTML', () => {
    const markdown = '首個節目主題是 Bergenbanen(https://www.youtube.com/watch?v=z7VYVjR_nwE)，是由第二大城市Bergen至首都Oslo的整段火車旅程。'
    const out = md(markdown)
    expect(out).toBe('首個節目主題是 Bergenbanen(<https://www.youtube.com/watch?v=z7VYVjR_nwE>)，是由第二大城市Bergen至首都Oslo的整段火車旅程。\n')
    expect(md(out)).toBe(out)
    const html = md('<p>网页见 https://www.nrk.no/presse/slow-tv-1.12057032。NRK这说明了很多问题，值得一读。</p>')
    expect(html).toBe('网页见 <https://www.nrk.no/presse/slow-tv-1.12057032>。NRK这说明了很多问题，值得一读。\n')
    expect(md(html)).toBe(html)
    expect(md('更多见 www.example.com/a，谢谢阅读本文的各位读者。\n')).toBe('更多见 [www.example.com/a](http://www.example.com/a)，谢谢阅读本文的各位读者。\n')
  })

  it('leave links with their own text, URLs with Han in the path, and URLs without such punctuation', () => {
    expect(md('见[链接](https://example.com/a，b)吧，这是正文的其余部分。')).toBe('见[链接](https://example.com/a%EF%BC%8Cb)吧，这是正文的其余部分。\n')
    expect(md('见 https://zh.wikipedia.org/wiki/慢電視 一文')).toBe('见 [https://zh.wikipedia.org/wiki/慢電視](https://zh.wikipedia.org/wiki/%E6%85%A2%E9%9B%BB%E8%A6%96) 一文\n')
    expect(md('See https://example.com/a_(b) for more.')).toBe('See <https://example.com/a_(b)> for more.\n')
  })

  it('leave no bare link holding CJK punctuation, and clean to a fixed point (generated text)', () => {
    const piece = fc.constantFrom('https://a.test/x', 'www.b.test', '(', ')', '，', '。', '）', '（', '“', '”', '、', '文字', ' ', '.', '?q=1', '_', '*', '\n')
    const text = fc.array(piece, {minLength: 1, maxLength: 12}).map((pieces) => pieces.join(''))
    fc.assert(fc.property(text, fc.boolean(), (value, asHtml) => {
      const out = md(asHtml ? `<p>${value}</p>` : value)
      for (const match of out.matchAll(/<(https?:\/\/[^>]*)>|\]\((https?:\/\/[^)\s]*)\)/g)) {
        expect(decodeURI(match[1] ?? match[2]!)).not.toMatch(/[，。）（“”、]/)
      }
      expect(md(out)).toBe(out)
    }), {seed: 20261125, numRuns: 600})
  })

  it('leave an author\'s link whose text is its address, CJK punctuation and all', () => {
    const href = 'https://zh.wikipedia.org/wiki/%E3%80%8A%E7%BA%A2%E6%A5%BC%E6%A2%A6%E3%80%8B'
    const out = md(`<p>见 <a href="${href}">https://zh.wikipedia.org/wiki/《红楼梦》</a> 一文，介绍了这部小说。</p>`)
    expect(out).toBe(`见 [https://zh.wikipedia.org/wiki/《红楼梦》](${href}) 一文，介绍了这部小说。\n`)
  })

  it('trimUrlEnd: drops trailing punctuation and unbalanced closing parentheses, as GFM does', () => {
    expect(trimUrlEnd('https://a.test/x).')).toBe('https://a.test/x')
    expect(trimUrlEnd('https://a.test/(x)')).toBe('https://a.test/(x)')
    expect(trimUrlEnd('https://a.test/x?!*_~:,')).toBe('https://a.test/x')
    expect(trimUrlEnd('https://a.test/x))')).toBe('https://a.test/x')
    expect(trimUrlEnd(`https://a.test/(x)${')'.repeat(50_000)}`)).toBe('https://a.test/(x)')
  })
})
