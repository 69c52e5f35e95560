// The date parser as it was before its fast paths (commit 82a2e43), kept as the reference they are tested against.
/**
 * Pure date parsing for the formats syndicated Chinese- and English-language
 * dumps use. No clock, no environment time zone: every field is computed here.
 */

/** Options of {@link parseDate}. */
export interface ParseDateOptions {
  /**
   * Offset (`+08:00`, `-05:00`, `Z`) for a time written without one. Default:
   * `+08:00` when the text holds CJK characters, otherwise none (the local
   * time is kept without an offset).
   */
  timeZone?: string
}

/** A date found inside a longer text by {@link findDate}. */
export interface FoundDate {
  /** The date as ISO 8601. */
  value: string
  /** Where the match starts in the (digit-normalized) text. */
  index: number
  /** How long the match is. */
  length: number
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12
}
const ZONES: Record<string, string> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00', hkt: '+08:00', jst: '+09:00', cet: '+01:00', cest: '+02:00'
}
const HAN_DIGITS: Record<string, string> = {
  '〇': '0', '零': '0', '○': '0', 'Ｏ': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5',
  '六': '6', '七': '7', '八': '8', '九': '9'
}

const TIME = String.raw`(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:\.(\d{1,9}))?)?`
/** `am`/`pm` after a time (`7:00 AM`, `8:30 p.m.`), before any zone (`7:00 AM EST`): its letter. */
const MERIDIEM_AFTER = String.raw`(?:[ \t]?([ap])\.?m\b\.?)?`
/** An English ordinal's suffix (`Jun 19th`, `1st of May`). */
const ORDINAL = String.raw`(?:st|nd|rd|th)?`
/** A Chinese time of day: `07:55`, `15时05分`, `15時05分30秒`, `下午3:05`, `晚上8点`. */
const TIME_ZH = String.raw`(上午|早上|凌晨|清晨|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間)?[ \t]?(\d{1,2})(?:[:：](\d{2})(?:[:：](\d{2}))?|[时時点點](?:(\d{1,2})分(?:(\d{1,2})秒)?)?)`
/** Day-part words after which an hour is in the afternoon or evening. */
const PM_WORDS: ReadonlySet<string> = new Set(['下午', '傍晚', '晚上', '晚间', '晚間', '夜间', '夜間'])
const ZONE = String.raw`(Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|HKT|JST|CET|CEST)\b)`
const MONTH_NAME = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`

type PatternKind = 'ymd' | 'ymd-zh' | 'dmy' | 'mdy' | 'mdy-num'

const PATTERNS: ReadonlyArray<{kind: PatternKind; re: RegExp}> = [
  {kind: 'ymd', re: new RegExp(String.raw`(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|[ \t]{1,3})${TIME}${MERIDIEM_AFTER})?(?:[ \t]?${ZONE})?`, 'i')},
  {kind: 'ymd-zh', re: new RegExp(String.raw`(\d{4})[ \t]?(年)[ \t]?(\d{1,2})[ \t]?月[ \t]?(\d{1,2})[ \t]?[日号號](?:[ \t]{0,3}${TIME_ZH})?(?:[ \t]?${ZONE})?`, 'i')},
  {kind: 'dmy', re: new RegExp(String.raw`(\d{1,2})${ORDINAL}[ \t]{1,3}(?:of[ \t]{1,3})?${MONTH_NAME}[ \t]{1,3}(\d{4})(?:,?[ \t]{1,3}(?:at[ \t]{1,3})?${TIME}${MERIDIEM_AFTER})?(?:[ \t]?${ZONE})?`, 'i')},
  {kind: 'mdy', re: new RegExp(String.raw`${MONTH_NAME}[ \t]{1,3}(\d{1,2})${ORDINAL},?[ \t]{1,3}(\d{4})(?:,?[ \t]{1,3}(?:at[ \t]{1,3})?${TIME}${MERIDIEM_AFTER})?(?:[ \t]?${ZONE})?`, 'i')},
  {kind: 'mdy-num', re: new RegExp(String.raw`(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})[ \t]{1,3}${TIME}[ \t]?([ap])\.?m\b\.?[ \t]?${ZONE}`, 'i')}
]

/**
 * Parse the first date in `text` into ISO 8601: `YYYY-MM-DDTHH:mm:ss[.sss]`
 * with `Z` or an offset when a time is known, `YYYY-MM-DD` when only a date is.
 * Reads ISO 8601, RFC 2822, epoch milliseconds/seconds (the whole text),
 * `2020年08月05日 07:55`, `2020年9月1日 下午3:05`, `15時05分`, `2020/8/5`, `August 14, 2020`, datelines such as
 * `【看中国2020年9月1日讯】`, and full-width or Han digits. Impossible dates
 * (month 13, 30 February) give `null`.
 *
 * @example
 * ```ts
 * parseDate('Mon, 17 Aug 2020 15:53:13 GMT') // '2020-08-17T15:53:13Z'
 * parseDate('2020年08月05日 07:55') // '2020-08-05T07:55:00+08:00'
 * parseDate('2020年9月1日') // '2020-09-01'
 * ```
 */
export function parseDate(text: string, options: ParseDateOptions = {}): string | null {
  return findDate(text, options)?.value ?? null
}

/** Find the first valid date in `text`; see {@link parseDate}. */
export function findDate(text: string, options: ParseDateOptions = {}): FoundDate | null {
  if (typeof text !== 'string') return null
  const source = normalizeDigits(text.length > 2000 ? text.slice(0, 2000) : text)
  const trimmed = source.trim()
  const epoch = parseEpochText(trimmed)
  if (epoch !== null) return {value: epoch, index: source.indexOf(trimmed), length: trimmed.length}
  const fallbackZone = normalizeZone(options.timeZone) ?? (/[\u3400-\u9fff]/.test(text) ? '+08:00' : null)
  let best: FoundDate | null = null
  for (const {kind, re} of PATTERNS) {
    const match = re.exec(source)
    if (!match || (best && best.index <= match.index)) continue
    const value = fromMatch(kind, match, fallbackZone)
    if (value !== null) best = {value, index: match.index, length: match[0].length}
  }
  return best
}

/** Full-width digits and punctuation to ASCII; Han digits inside a `…年` year to ASCII. */
export function normalizeDigits(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48)
    else if (char === '：') out += ':'
    else if (char === '／') out += '/'
    else if (char === '－') out += '-'
    else out += char
  }
  // 二〇二〇年 → 2020年 (digit-by-digit Han years only).
  return out.replace(/[〇零○一二三四五六七八九]{4}(?=年)/g, (year) => Array.from(year, (c) => HAN_DIGITS[c] ?? c).join(''))
}

function parseEpochText(text: string): string | null {
  if (!/^\d{10}(?:\d{3})?$/.test(text)) return null
  const ms = text.length === 13 ? Number(text) : Number(text) * 1000
  return formatInstant(ms)
}

/** An epoch-millisecond instant as ISO 8601 in UTC, milliseconds only when not zero. */
export function formatInstant(ms: number): string | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null
  const iso = new Date(ms).toISOString()
  return iso.endsWith('.000Z') ? iso.slice(0, -5) + 'Z' : iso
}

function fromMatch(kind: PatternKind, m: RegExpExecArray, fallbackZone: string | null): string | null {
  if (kind === 'ymd-zh') return fromChineseMatch(m, fallbackZone)
  let year: number, month: number, day: number, rest: string[]
  if (kind === 'ymd') {
    year = Number(m[1]); month = Number(m[3]); day = Number(m[4]); rest = m.slice(5)
  } else if (kind === 'dmy') {
    day = Number(m[1]); month = MONTHS[m[2]!.slice(0, 3).toLowerCase()] ?? 0; year = Number(m[3]); rest = m.slice(4)
  } else if (kind === 'mdy-num') {
    month = Number(m[1]); day = Number(m[2]); year = Number(m[3]); rest = m.slice(4)
  } else {
    month = MONTHS[m[1]!.slice(0, 3).toLowerCase()] ?? 0; day = Number(m[2]); year = Number(m[3]); rest = m.slice(4)
  }
  if (!validDate(year, month, day)) return null
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
  const [hh, mm, ss, frac, meridiem, zoneText] = rest
  if (hh === undefined) return date
  let hour = Number(hh)
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)
  }
  const minute = Number(mm), second = ss === undefined ? 0 : Number(ss)
  if (hour > 23 || minute > 59 || second > 59) return null
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000)
  const zone = zoneText === undefined ? fallbackZone : normalizeZone(zoneText)
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}${ms ? '.' + pad(ms, 3) : ''}`
  return `${date}T${time}${zone ?? ''}`
}

/** `2020年9月1日 下午3:05`, `2020年09月01日 15時05分`: the groups of the `ymd-zh` pattern. */
function fromChineseMatch(m: RegExpExecArray, fallbackZone: string | null): string | null {
  const year = Number(m[1]), month = Number(m[3]), day = Number(m[4])
  if (!validDate(year, month, day)) return null
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
  const [, , , , , dayPart, hh, colonMinute, colonSecond, zhMinute, zhSecond, zoneText] = m
  if (hh === undefined) return date
  let hour = Number(hh)
  if (dayPart !== undefined) {
    if (hour > 12) return date
    if (PM_WORDS.has(dayPart) && hour < 12) hour += 12
    else if (dayPart === '中午' && hour < 6) hour += 12
    else if (hour === 12 && (dayPart === '凌晨' || dayPart === '上午' || dayPart === '早上' || dayPart === '清晨')) hour = 0
  }
  const minute = Number(colonMinute ?? zhMinute ?? 0), second = Number(colonSecond ?? zhSecond ?? 0)
  if (hour > 23 || minute > 59 || second > 59) return date
  const zone = zoneText === undefined ? fallbackZone : normalizeZone(zoneText)
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone ?? ''}`
}

/** `+0800` / `+08:00` / `GMT` / `Z` → `+08:00` or `Z`; `null` when not a zone. */
export function normalizeZone(zone: string | undefined): string | null {
  if (zone === undefined) return null
  const text = zone.trim()
  const named = ZONES[text.toLowerCase()]
  if (named) return named
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text)
  if (!m) return null
  if (Number(m[2]) > 14 || Number(m[3]) > 59) return null
  return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  return day <= days
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}
