import {PHOTO_SOURCE_NAMES, PHOTO_SOURCE_WORDS, splitCaptionCredit} from '../../metadata/credit-line.js'
import {isWhitespaceCode} from '../../metadata/text.js'

/**
 * Labels that open a photo credit, with whether a separator must follow
 * (`图/路透社`, `图片来源：Getty Images`) or may be left out
 * (`照片来自路透社`). Longest first, so `图片来源` wins over `图片` and `图`.
 */
const LABEL_LIST: Array<[string, boolean]> = [
  ['图片来源', false], ['圖片來源', false], ['图片来自', false], ['圖片來自', false],
  ['图像来源', false], ['圖像來源', false], ['照片来源', false], ['照片來源', false], ['照片来自', false], ['照片來自', false],
  ['图片提供', false], ['圖片提供', false], ['照片提供', false], ['图源', true], ['圖源', true],
  ['图片', true], ['圖片', true], ['照片', true], ['相片', true], ['摄影', true], ['攝影', true],
  ['图', true], ['圖', true],
  ['photo credit', true], ['photograph', true], ['photos', true], ['photo by', false], ['photo', true],
  ['image', true], ['picture', true]
]
const LABELS: ReadonlyArray<readonly [string, boolean]> = [...LABEL_LIST].sort((a, b) => b[0].length - a[0].length)

const SEPARATOR = /^ ?[:：/／|｜丨] ?/
/** A comma may end the labels that need no separator (`图像来源，Reuters`): they cannot open a sentence. */
const COMMA = /^ ?[，,] ?/
/** Characters a credit's name never holds: sentence punctuation, or a second label's colon. */
const NOT_A_NAME = /[。！？!?；;，,:："“”「」《》]/
/** A name holds at least one letter (`图源：[1]` is a footnote, not a name). */
const LETTER = /\p{L}/u
const LONGEST_CREDIT = 80
const LONGEST_NAME = 50

/**
 * Labels that open captions as often as credits: `图：新华社` credits, but
 * `图：布尔诺市长皮特沃克沙尔（Petr Vokřál）` says who is in the picture.
 * After a colon, the words must look like a credit ({@link looksLikeCredit});
 * after a slash or bar (`图/路透社`) they are always one.
 */
const DESCRIPTIVE_LABELS: ReadonlySet<string> = new Set(['图', '圖', '图片', '圖片', '照片', '相片', 'photo', 'photos', 'photograph', 'image', 'picture', 'figure', 'fig.', 'fig'])
/** A figure's number after its label (`图1：`, `图 2-3：`, `图三：`, `Figure 4:`). */
const FIGURE_NUMBER = /^ ?(?:\d{1,3}(?:[-.]\d{1,2})?|[一二三四五六七八九十]{1,3})/
const COLON = /^ ?[:：] ?$/
/** Words that only a credit holds: who took or gave the picture, or where it came from. */
const CREDIT_WORDS =
  /摄|攝|提供|供图|供圖|记者|記者|来源|來源|来自|來自|资料|資料|网络|網絡|网路|網路|截图|截圖|截屏|档案|檔案|图片|圖片|照片|图库|圖庫|[/／©]|\b(?:via|courtesy|by)\b/i
/** A name of up to four capitalised Latin words (`John Smith`, `AFP`). */
const LATIN_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u
/** The longest name that passes as a credit without any other sign of one (a Chinese name or agency is 2–8 characters). */
const SHORT_NAME = 8

/** Whether `name`, after a descriptive label and a colon, is a credit and not a description of the picture. */
function looksLikeCredit(name: string): boolean {
  return name.length <= SHORT_NAME || CREDIT_WORDS.test(name) || LATIN_NAME.test(name) || AGENCY.test(name)
}

/** Opening and closing brackets a whole credit line may be wrapped in. */
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [['（', '）'], ['(', ')'], ['【', '】'], ['[', ']']]

/** Caption labels that open a caption line: `（图片说明）…`, `图片说明：…`, `图注：…`. */
const CAPTION_LABEL_BRACKETED = /^[（(【[] ?(?:图片说明|圖片說明|图片說明|图说|圖說|图注|圖註|图解|圖解) ?[）)】\]] ?[:：]?/
const CAPTION_LABEL_COLON = /^(?:图片说明|圖片說明|图片說明|图说|圖說|图注|圖註|图解|圖解|photo caption|caption) ?[:：]/i

/** Agencies and stock houses whose name alone in closing brackets is a photo credit. */
const AGENCY = new RegExp(String.raw`\b(?:${PHOTO_SOURCE_WORDS.source})\b|${PHOTO_SOURCE_NAMES.source}`)

/**
 * The name in a line that is only a photo credit: `图/路透社`, `图：新华社`,
 * `图片来源：Getty Images`, `照片来自路透社`, `Photo: AP`, or any of these in
 * brackets (`（图片来源：Getty Images）`, `(照片来自路透社)`). `null` for any
 * other line: too long, no label, or a name holding sentence punctuation.
 *
 * @example
 * ```ts
 * photoCreditOnly('（图片来源：Getty Images）') // 'Getty Images'
 * photoCreditOnly('文|AI财经社') // null (an author credit, not a photo credit)
 * ```
 */
export function photoCreditOnly(line: string): string | null {
  if (!mayBePhotoCredit(line)) return null
  const text = collapse(line)
  if (text.length === 0 || text.length > LONGEST_CREDIT) return null
  for (const [open, close] of WRAPPERS) {
    if (text.startsWith(open) && text.endsWith(close) && text.length > 2) {
      return labelledCredit(text.slice(open.length, text.length - close.length).trim())
    }
  }
  return labelledCredit(text)
}

/** First characters of the labels (all lower case). */
const LABEL_STARTS: ReadonlySet<string> = new Set(LABEL_LIST.map(([label]) => label[0]!))
/** Brackets that may wrap a whole credit line. */
const WRAPPER_OPENS: ReadonlySet<number> = new Set(WRAPPERS.map(([open]) => open.charCodeAt(0)))

/**
 * The code units that lower-case to something starting with a label's first
 * character: the first characters themselves, their upper case, and `İ`
 * (U+0130, which lower-cases to `i̇`). A test checks this against every code unit.
 */
const LABEL_START_CODES: ReadonlySet<number> = new Set([
  ...[...LABEL_STARTS].flatMap((char) => [char.charCodeAt(0), char.toUpperCase().charCodeAt(0)]),
  0x130
])

/** Whether the code unit `code` may start a label, in any case (see `LABEL_START_CODES`). */
export function isLabelStart(code: number): boolean {
  return LABEL_START_CODES.has(code)
}

/**
 * A cheap test that `photoCreditOnly` can only pass: the first visible
 * character of `text` (whitespace and zero-width characters skipped) starts a
 * label in any case, or is a bracket and the next visible one does. Only the
 * start of the text is read; `text` may be just its first visible characters.
 */
export function mayBePhotoCredit(text: string): boolean {
  let index = skipInvisible(text, 0)
  if (index === text.length) return false
  if (WRAPPER_OPENS.has(text.charCodeAt(index))) {
    index = skipInvisible(text, index + 1)
    if (index === text.length) return false
  }
  return isLabelStart(text.charCodeAt(index))
}

/** The index of the first character at or after `from` that `collapse` keeps and does not turn into a space. */
function skipInvisible(text: string, from: number): number {
  let index = from
  while (index < text.length && isInvisible(text.charCodeAt(index))) index++
  return index
}

/** Whitespace (`\s`, U+3000 included) and the zero-width characters `collapse` removes. */
function isInvisible(code: number): boolean {
  return isWhitespaceCode(code) || (code >= 0x200b && code <= 0x200d) || code === 0x2060
}

function labelledCredit(text: string): string | null {
  const lower = text.toLowerCase()
  for (const [label, needsSeparator] of LABELS) {
    if (!lower.startsWith(label)) continue
    let rest = text.slice(label.length)
    const separator = SEPARATOR.exec(rest) ?? (needsSeparator ? null : COMMA.exec(rest))
    if (separator) rest = rest.slice(separator[0].length)
    else if (needsSeparator) continue
    else rest = rest.replace(/^ /, '')
    const name = rest.trim()
    if (!LETTER.test(name) || name.length > LONGEST_NAME || NOT_A_NAME.test(name)) return null
    if (separator && COLON.test(separator[0]) && DESCRIPTIVE_LABELS.has(label) && !looksLikeCredit(name)) return null
    return name
  }
  return null
}

/**
 * Whether a line ends with a photo credit in brackets: a labelled one
 * (`（照片来自路透社）`, `（图片来源：Getty Images）`) or an agency
 * (`(STR/AFP via Getty Images)`), with some caption before it.
 */
export function endsWithPhotoCredit(line: string): boolean {
  const text = collapse(line)
  const close = text.endsWith('）') ? '（' : text.endsWith(')') ? '(' : null
  if (close === null) return false
  const open = text.lastIndexOf(close)
  if (open <= 0) return false
  const inner = text.slice(open + 1, -1).trim()
  if (inner.length === 0 || inner.length > LONGEST_NAME + 10) return false
  return labelledCredit(inner) !== null || AGENCY.test(inner)
}

/**
 * The length of a caption label at the start of `text` (after leading
 * whitespace), or 0: `（图片说明）`, `(图片说明)`, `图片说明：`, `图注：`.
 */
export function captionLabelLength(text: string): number {
  const start = text.length - text.trimStart().length
  const rest = text.slice(start)
  const match = CAPTION_LABEL_BRACKETED.exec(rest) ?? CAPTION_LABEL_COLON.exec(rest)
  return match ? start + match[0].length : 0
}

/** A mark pointing up at the picture, opening a caption (`▲ 月球背面`), which says nothing itself. */
const POINTER = /^[▲△↑⬆]\uFE0F?\s?/

/**
 * A figure caption split into caption and photo credit, for metadata: a
 * caption that is only a credit (`图/视觉中国`) gives `caption: null`; a
 * credit in closing brackets is split off by `splitCaptionCredit`. A
 * pointer mark opening it (`▲`) goes.
 */
export function captionAndCredit(text: string): {caption: string | null; credit: string | null} {
  const flat = collapse(text).replace(POINTER, '')
  if (flat === '') return {caption: null, credit: null}
  const only = photoCreditOnly(flat)
  if (only !== null) return {caption: null, credit: only}
  const tail = trailingCredit(flat)
  if (tail) return {caption: tail.caption || null, credit: tail.credit}
  const split = splitCaptionCredit(flat)
  return {caption: split.caption || null, credit: split.credit}
}

/**
 * Whether `text` opens with a label that names a picture, maybe its number,
 * and a colon (`图：…`, `图1：…`, `照片：…`, `Photo: …`, `Figure 2: …`) and
 * goes on with words: a caption or a credit, either way a line about the image.
 */
export function opensWithImageLabel(text: string): boolean {
  const flat = collapse(text)
  const lower = flat.toLowerCase()
  for (const label of DESCRIPTIVE_LABELS) {
    if (!lower.startsWith(label)) continue
    const number = FIGURE_NUMBER.exec(flat.slice(label.length))?.[0] ?? ''
    const rest = flat.slice(label.length + number.length)
    const separator = SEPARATOR.exec(rest)
    if (separator && COLON.test(separator[0]) && LETTER.test(rest.slice(separator[0].length))) return true
  }
  return false
}

/**
 * A labelled photo credit closing a caption that `splitCaptionCredit` does
 * not read: in brackets with another separator (`…（图｜人民视觉）`), or after
 * the last full stop, ` / ` or space (`…暂时休市。摄影/张旭`).
 */
function trailingCredit(text: string): {caption: string; credit: string} | null {
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('))
  if (open > 0 && (text.endsWith('）') || text.endsWith(')'))) {
    const credit = labelledCredit(text.slice(open + 1, -1).trim())
    if (credit !== null) return {caption: text.slice(0, open).trim(), credit}
  }
  for (const mark of ['。', ' / ', ' ']) {
    const cut = text.lastIndexOf(mark)
    if (cut <= 0) continue
    const credit = labelledCredit(text.slice(cut + mark.length).trim())
    if (credit !== null) return {caption: text.slice(0, mark === '。' ? cut + 1 : cut).trim(), credit}
  }
  return null
}

function collapse(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u3000]+/g, ' ').trim()
}
