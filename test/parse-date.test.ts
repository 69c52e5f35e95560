import {describe, expect, it} from 'vitest'
import {findDate, normalizeZone, parseDate} from '../src/date/parse-date.js'

describe('parseDate', () => {
  it.each([
    ['Mon, 17 Aug 2020 15:53:13 GMT', '2020-08-17T15:53:13Z'],
    ['Thu, 02 Jul 2020 18:28:24 +0000', '2020-07-02T18:28:24Z'],
    ['Thu, 02 Jul 2020 18:28:24 +0800', '2020-07-02T18:28:24+08:00'],
    ['日期：Thu, 02 Jul 2020 18:28:24 -0500', '2020-07-02T18:28:24-05:00'],
    ['2022-01-19T01:08:24.238Z', '2022-01-19T01:08:24.238Z'],
    ['2020-08-17T17:11:30.000Z', '2020-08-17T17:11:30Z'],
    ['2020-08-17T17:11:30+02:00', '2020-08-17T17:11:30+02:00'],
    ['1597684290000', '2020-08-17T17:11:30Z'],
    ['1597684290', '2020-08-17T17:11:30Z'],
    ['2020年08月05日 07:55', '2020-08-05T07:55:00+08:00'],
    ['2020年9月1日', '2020-09-01'],
    ['2020/8/5', '2020-08-05'],
    ['【看中国2020年9月1日讯】正当在美国政府的禁令下', '2020-09-01'],
    ['２０２０年９月１日', '2020-09-01'],
    ['二〇二〇年9月1日', '2020-09-01'],
    ['二〇二〇年九月一日', '2020-09-01'],
    ['【明慧网二零一八年八月十五日】布尔诺是捷克的第二大城市', '2018-08-15'],
    ['二零一八年十二月三十一日', '2018-12-31'],
    ['二〇二〇年十月十日', '2020-10-10'],
    ['2020年十月二十日 下午3:05', '2020-10-20T15:05:00+08:00'],
    ['二〇二〇年十三月一日', null],
    ['二〇二〇年二月三十日', null],
    ['August 14, 2020', '2020-08-14'],
    ['GIGO 副总Mike Ong在新加波公司。August 14, 2020 （照片来自路透社）', '2020-08-14'],
    ['Aug 5, 2020 3:04 PM', '2020-08-05T15:04:00'],
    ['3/15/2023 1:19 PM UTC', '2023-03-15T13:19:00Z'],
    ['[轉載自GNews](https://gnews.org/x) 3/11/2023 9:03 PM UTC', '2023-03-11T21:03:00Z'],
    ['12/25/2020 8:30 a.m. EST', '2020-12-25T08:30:00-05:00'],
    ['Posted 05/03/2024 10:30 am', null],
    // Day and month order is only known with an am/pm time; an impossible month gives nothing.
    ['3/15/2023', null],
    ['15/3/2023 1:19 PM', null],
    ['2020-02-29', '2020-02-29']
  ])('%s → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected)
  })

  it('gives a time without a zone the timeZone option', () => {
    expect(parseDate('2020-08-05 07:55:00', {timeZone: '+08:00'})).toBe('2020-08-05T07:55:00+08:00')
    expect(parseDate('2020-08-05 07:55:00', {timeZone: '-0500'})).toBe('2020-08-05T07:55:00-05:00')
    expect(parseDate('2020年08月05日 07:55', {timeZone: 'Z'})).toBe('2020-08-05T07:55:00Z')
  })

  it('defaults to +08:00 for Chinese text and keeps other local times without an offset', () => {
    expect(parseDate('发布时间 2020-08-05 07:55')).toBe('2020-08-05T07:55:00+08:00')
    expect(parseDate('2020-08-05 07:55:00')).toBe('2020-08-05T07:55:00')
  })

  it('never takes the zone of the environment: an explicit zone wins over the option', () => {
    expect(parseDate('Mon, 17 Aug 2020 15:53:13 GMT', {timeZone: '+08:00'})).toBe('2020-08-17T15:53:13Z')
  })

  it.each([
    ['March 5, 2026 at 7:00 AM EST', '2026-03-05T07:00:00-05:00'],
    ['March 5, 2026 7:00 PM EST', '2026-03-05T19:00:00-05:00'],
    ['Mar 5, 2026, 8:30 a.m.', '2026-03-05T08:30:00'],
    ['Jun 19th 2025 | NEW YORK', '2025-06-19'],
    ['1st of May 2020 at 8:30 pm', '2020-05-01T20:30:00'],
    ['2020-08-05 07:55 pm GMT', '2020-08-05T19:55:00Z'],
    ['Posted on Tuesday, March 24, 2020', '2020-03-24']
  ])('reads English dates with ordinals, `at`, and am/pm before a zone: %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected)
  })

  it.each(['2020-13-01', '2021-02-29', '2020-04-31', '2020年2月30日', '2020-08-05 25:00', 'Feb 30, 2020', 'Aug 14, 2020 13:00 pm', '', 'no date here', '12345'])(
    'rejects %j', (text) => {
      expect(parseDate(text)).toBeNull()
    })

  it.each([
    ['2020年9月1日 下午3:05', '2020-09-01T15:05:00+08:00'],
    ['2020年09月01日 15時05分', '2020-09-01T15:05:00+08:00'],
    ['2020年09月01日 15时05分30秒', '2020-09-01T15:05:30+08:00'],
    ['2020年9月1日 晚上8点', '2020-09-01T20:00:00+08:00'],
    ['2020年9月1日 中午12:30', '2020-09-01T12:30:00+08:00'],
    ['2020年9月1日 凌晨12:30', '2020-09-01T00:30:00+08:00'],
    ['2020年8月5日 07:55 GMT', '2020-08-05T07:55:00Z'],
    ['2020年9月1日 下午13:05', '2020-09-01']
  ])('reads the Chinese time of day in %j', (text, iso) => {
    expect(parseDate(text)).toBe(iso)
  })

  it('does not throw on non-strings', () => {
    expect(parseDate(42 as unknown as string)).toBeNull()
  })

  it('finds the first date and where it is', () => {
    expect(findDate('发布 2020年9月1日 与 2021年1月1日')).toEqual({value: '2020-09-01', index: 3, length: 9})
  })

  it('normalizes zones', () => {
    expect(normalizeZone('+0800')).toBe('+08:00')
    expect(normalizeZone('GMT')).toBe('Z')
    expect(normalizeZone('+99:00')).toBeNull()
  })
})
