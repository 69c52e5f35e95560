import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {DATE_PATTERNS, findDate, normalizeDigits, patternHints} from '../src/date/parse-date.js'
import {findDate as referenceFindDate, normalizeDigits as referenceNormalizeDigits} from './helpers/reference-parse-date.js'
import {squash} from '../src/metadata/body-metadata.js'
import {hasWhitespace} from '../src/metadata/text.js'

const PIECES = ['2020', '２０２０', '二〇二〇', '年', '月', '日', '号', '-', '－', '/', '／', '.', '．', ':', '：', ' ', '\t', 'T', 'Z', '08', '８', '5',
  '15', '時', '分', '秒', '下午', 'Aug', 'AUG', 'august', 'Sep.', 'Mar', ',', 'GMT', '+0800', 'pm', 'ſ', 'K', '\u212a', 'İ', '\ud83d', '\ude00',
  'ｍ', 'Ａ', '〇', '零', '一二三四', '发布', '1597654321', '1597654321000']
const text = fc.array(fc.oneof({weight: 6, arbitrary: fc.constantFrom(...PIECES)}, {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 2})}),
  {maxLength: 14}).map((parts) => parts.join(''))

const month = fc.constantFrom('Jan', 'feb', 'MAR', 'aPr', 'May', 'June', 'Jul.', 'AUGUST', 'Sep', 'oct', 'Nov', 'dec', 'Mai', 'Sept.')
const gap = fc.constantFrom(' ', '  ', '\t', '', ',', ', ')
const dateShaped = fc.oneof(
  fc.tuple(fc.constantFrom('2020', '１９９９', '二〇二〇', '0999'), fc.constantFrom('-', '/', '.', '－', '／', '．', '年'), fc.constantFrom('8', '08', '１２', '13'),
    fc.constantFrom('-', '/', '.', '月'), fc.constantFrom('5', '05', '31', '日')).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom('5', '17', '31'), gap, month, gap, fc.constantFrom('2020', '２０２０')).map((parts) => parts.join('')),
  fc.tuple(month, gap, fc.constantFrom('5', '17', '31'), gap, fc.constantFrom('2020', '1999')).map((parts) => parts.join(''))
)
const dated = fc.tuple(text, dateShaped, fc.constantFrom('', ' 15:53', 'T08:00:00Z', ' 下午3:05', ' GMT', ' pm'), text)
  .map((parts) => parts.join(''))

describe('normalizeDigits', () => {
  it('equals the code-point-at-a-time version', () => {
    fc.assert(fc.property(fc.oneof(text, dated), (value) => normalizeDigits(value) === referenceNormalizeDigits(value)), {numRuns: 20000})
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 12}), (value) => normalizeDigits(value) === referenceNormalizeDigits(value)),
      {numRuns: 5000})
    for (let code = 0xff00; code <= 0xff20; code++) {
      const char = String.fromCharCode(code)
      expect(normalizeDigits(`a${char}b`), code.toString(16)).toBe(referenceNormalizeDigits(`a${char}b`))
    }
  })
})

describe('date pattern hints', () => {
  it('a pattern matches only text holding what it needs', () => {
    fc.assert(fc.property(fc.oneof(text, dated), (value) => {
      const source = normalizeDigits(value)
      const hints = patternHints(source)
      for (const {needs, re} of DATE_PATTERNS) if (re.exec(source) !== null) expect(hints & needs).not.toBe(0)
    }), {numRuns: 20000})
  })

  it('skipping does not hide dates', () => {
    expect(findDate('发布 2020/8/5 下午', {})?.value).toBe('2020-08-05')
    expect(findDate('二〇二〇年八月', {})).toBeNull()
    expect(findDate('二〇二〇年3月4日', {})?.value).toBe('2020-03-04')
    expect(findDate('Mon, 17 AUG 2020 15:53:13 GMT', {})?.value).toBe('2020-08-17T15:53:13Z')
    expect(findDate('August 14, 2020', {})?.value).toBe('2020-08-14')
  })
})

describe('squash', () => {
  it('equals removing whitespace with a regular expression, then lower-casing', () => {
    const spaced = fc.array(fc.constantFrom('A', 'b', ' ', '\u3000', '\u00a0', '\ufeff', '\u2028', '\n', 'İ', '中', '\u200b', 'ẞ'), {maxLength: 12})
      .map((parts) => parts.join(''))
    fc.assert(fc.property(fc.oneof(spaced, fc.string({unit: 'binary', maxLength: 8})), (value) => {
      expect(squash(value)).toBe(value.replace(/[\s\u3000]+/g, '').toLowerCase())
      expect(hasWhitespace(value)).toBe(/\s/.test(value))
    }), {numRuns: 10000})
  })
})

describe('findDate with its fast paths', () => {
  it('equals the parser before them', () => {
    const zone = fc.constantFrom(undefined, '+08:00', '-0500', 'Z', 'gmt', ' +14:00 ', '+15:00', 'constructor', 'x', '')
    const meridiem = fc.constantFrom('', ' am', 'pm', ' P.M.', 'a.m', '\tPM', 'A', ' x', 'pmx', 'PM', 'P.m', 'Am', 'AM ')
    const time = fc.constantFrom(' 15:53', ' 3:05', ' 12:00:01', ' 0:30', 'T11:59')
    const timed = fc.tuple(text, dateShaped, time, meridiem, text).map((parts) => parts.join(''))
    const epoch = fc.constantFrom('1597654321', ' 1597654321000 ', '159765432', '15976543210', '１５９７６５４３２１')
    fc.assert(fc.property(fc.oneof(text, dated, timed, epoch), zone, (value, timeZone) => {
      expect(findDate(value, {timeZone})).toEqual(referenceFindDate(value, {timeZone}))
    }), {numRuns: 30000})
  })
})
