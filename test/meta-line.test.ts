import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {chooseLang} from '../src/metadata/detect-lang.js'

const BODY = '<p>An influential church in China has said two of its leaders were detained on Sunday.</p>'
const page = (meta: string, lang = 'zh-CN'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>Church leaders detained</title></head><body><h1>Church leaders detained</h1>`
  + `<div class="meta">${meta}</div><div class="content">${BODY}</div></body></html>`

describe('meta lines at the top (archive templates)', () => {
  it('reads a date, the original link and a back link on one line, and removes the line', () => {
    const result = cleanArticle(page('<span>📅 2026-06-28 07:58</span> <a href="https://www.bbc.com/news/articles/ce9582vlm83o">🔗 阅读原文</a><a href="../../index.html">🔙 返回日历</a>'))
    expect(result.markdown).toBe('An influential church in China has said two of its leaders were detained on Sunday.\n')
    // The page is declared Chinese, so a time without a zone is read as China's (the archive's clock).
    expect(result.metadata.publishedAt).toBe('2026-06-28T07:58:00+08:00')
    expect(result.metadata.url).toBe('https://www.bbc.com/news/articles/ce9582vlm83o')
    expect(result.metadata.publisher).toBe('BBC')
    expect(result.removed).toContainEqual({rule: 'metadata/meta-line', text: '📅 2026-06-28 07:58 🔗 阅读原文🔙 返回日历'})
  })

  it('reads English labels and a credit between separators', () => {
    const result = cleanArticle(page('2026-07-01 | 作者：李明 | <a href="https://example.com/a/1">Read original</a> | <a href="/">Back to index</a>'))
    expect(result.metadata.url).toBe('https://example.com/a/1')
    expect(result.metadata.authors).toEqual(['李明'])
    expect(result.metadata.publishedAt).toBe('2026-07-01')
    expect(result.removed.map((entry) => entry.rule)).toContain('metadata/meta-line')
  })

  it('takes a date with a pictograph before it as a date line', () => {
    const result = cleanArticle(page('📅 2026-06-28 07:58'))
    // The page is declared Chinese (an archive of English stories): its clock is taken as China's.
    expect(result.metadata.publishedAt).toBe('2026-06-28T07:58:00+08:00')
    expect(cleanArticle(page('📅 2026-06-28 07:58', 'en')).metadata.publishedAt).toBe('2026-06-28T07:58:00')
    expect(result.removed).toContainEqual({rule: 'metadata/date-line', text: '📅 2026-06-28 07:58'})
  })

  it.each([
    ['a link that is not a label', '2026-06-28 <a href="https://example.com/a">A related story</a>'],
    ['text that is neither a date nor a credit', '2026-06-28 <a href="https://example.com/a">阅读原文</a> 同步中...'],
    ['an original link that is not http(s)', '<a href="javascript:void(0)">阅读原文</a>'],
    ['back links alone', '<a href="/">返回首页</a> <a href="/list">返回目录</a>']
  ])('keeps a line with %s', (_, meta) => {
    const result = cleanArticle(page(meta))
    expect(result.removed.map((entry) => entry.rule)).not.toContain('metadata/meta-line')
  })
})

describe('chooseLang', () => {
  it.each([
    [null, 'en', 'en'],
    ['zh-Hans', null, 'zh-Hans'],
    ['zh', 'zh-Hant', 'zh-Hant'],
    ['zh', 'en', 'en'],
    ['zh-Hans', 'en', 'en'],
    ['ja', 'zh-Hans', 'ja'],
    ['en', 'zh-Hans', 'zh-Hans'],
    ['fr', 'en', 'fr'],
    ['zh-Hant', 'zh-Hans', 'zh-Hant']
  ])('declared %s, text %s → %s', (declared, detected, expected) => {
    expect(chooseLang(declared, detected)).toBe(expected)
  })

  it('takes the text\'s language over a page template that says zh-CN around an English article', () => {
    expect(cleanArticle(page('')).metadata.lang).toBe('en')
  })
})
