import {describe, expect, it} from 'vitest'
import {cleanArticle} from 'unsyndicate'
import {exampleDailyRules} from './example-daily.js'

const url = 'https://news.example.com/2024/05/01/123.html'
const BODY = '<p>市政府周一宣布，地铁三号线将于下月延长运营时间至凌晨一点，以方便夜间通勤的市民。</p>'
const clean = (html: string, pageUrl = url) => cleanArticle(html, {url: pageUrl, rules: exampleDailyRules})

describe('example-daily rules', () => {
  it('example-daily/source: drops the source line and lifts the original URL', () => {
    const result = clean(`${BODY}<p>本文来源：https://www.example.org/metro/2024/0501.html</p>`)
    expect(result.markdown).toBe(clean(BODY).markdown)
    expect(result.removed).toEqual([
      {rule: 'example-daily/source', text: '本文来源：https://www.example.org/metro/2024/0501.html'}
    ])
    expect(result.metadata.url).toBe('https://www.example.org/metro/2024/0501.html')
    expect(result.metadata.syndicator).toBe('example-daily')
  })

  it('example-daily/footer: cuts from the app promo to the end', () => {
    const result = clean(`${BODY}${BODY}<p>下载Example日报App，阅读更多本地新闻</p><p>联系我们</p>`)
    expect(result.markdown).toBe(clean(BODY + BODY).markdown)
    expect(result.removed.map((removal) => removal.rule)).toEqual(['example-daily/footer', 'example-daily/footer'])
  })

  it('keeps a paragraph that merely mentions the words', () => {
    const html = `${BODY}<p>记者注意到，下载Example日报App的用户在过去一年增加了一倍，本文来源于该报的年度报告。</p>`
    expect(clean(html).removed).toEqual([])
  })

  it('does nothing on other sites', () => {
    const html = `${BODY}<p>本文来源：https://www.example.org/metro/2024/0501.html</p>`
    expect(clean(html, 'https://elsewhere.example.net/a.html').removed).toEqual([])
  })
})
