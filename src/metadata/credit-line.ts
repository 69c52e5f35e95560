import type {Credit, CreditRole} from '../types.js'
import {collapseWhitespace, isWhitespaceCode} from './text.js'

/** Labels that open a credit line, longest first, with the role they give. */
const LABEL_LIST: Array<[string, CreditRole]> = [
  ['责任编辑', 'editor'], ['責任編輯', 'editor'], ['特约编辑', 'editor'], ['编辑', 'editor'], ['編輯', 'editor'],
  ['责编', 'editor'], ['責編', 'editor'], ['编', 'editor'], ['編', 'editor'],
  ['整理', 'editor'], ['审校', 'editor'], ['審校', 'editor'],
  ['编译', 'translator'], ['編譯', 'translator'], ['翻译', 'translator'], ['翻譯', 'translator'],
  ['译者', 'translator'], ['譯者', 'translator'], ['译', 'translator'], ['譯', 'translator'],
  ['特约记者', 'author'], ['特約記者', 'author'], ['本台记者', 'author'], ['本台記者', 'author'],
  ['原作者', 'author'], ['作者', 'author'], ['撰稿', 'author'], ['撰文', 'author'], ['记者', 'author'], ['記者', 'author'], ['文', 'author'],
  ['发布', 'publisher'], ['發布', 'publisher'], ['發佈', 'publisher'],
  ['摄影', 'photographer'], ['攝影', 'photographer'], ['图片', 'photographer'], ['圖片', 'photographer'],
  ['图', 'photographer'], ['圖', 'photographer'],
  ['来源', 'source'], ['來源', 'source'], ['出处', 'source'], ['出處', 'source'],
  // A WeChat export's header names the account that published the article.
  ['来自微信公众号', 'source'], ['來自微信公眾號', 'source'], ['来自公众号', 'source'],
  ['微信公众号', 'source'], ['微信公眾號', 'source'], ['公众号', 'source'], ['公眾號', 'source'],
  ['Authors', 'author'], ['Author', 'author'], ['By', 'author'], ['Editor', 'editor'], ['Translator', 'translator'], ['Photo', 'photographer'],
  // Scrapers' header lines (`authors: Jean Iau`, `publish date: …` below it).
  ['authors', 'author'], ['author', 'author'], ['editor', 'editor'], ['translator', 'translator']
]
const LABELS: ReadonlyArray<readonly [string, CreditRole]> = [...LABEL_LIST].sort((a, b) => b[0].length - a[0].length)
/** First characters of the labels: a line starting with anything else is not a credit line (checked first, it is cheap). */
const LABEL_STARTS: ReadonlySet<string> = new Set(LABEL_LIST.map(([label]) => label[0]!))
/** Separators a credit run needs at least two of. */
const SEPARATORS = /[:：|｜丨]/g

const LONGEST_LINE = 60
/** Characters that mark a sentence: a credit line's names never hold them. */
const SENTENCE = /[。！？!?；;，,"“”「」《》]/
/** Names that are organisations rather than people: kept as `source`. */
const ORGANISATION = /(?:社|网|網|报|報|台|团|團|刊|通讯|通訊|中心|集团|集團|公司|新闻|新聞|Group|Agency|News)$/

/** Dashes a credit line may open with (`----作者：晓菊`, `——编辑：张三`). */
const DASHES: ReadonlySet<string> = new Set(['-', '—', '–', '―'])
const LEADING_DASHES = /^[\s\u3000]*[-—–―]{2,}[\s\u3000]*/

/** A credit line wrapped whole in brackets: `（特约记者：冰凌；责编：寇天力）`, `(责任编辑：张三)`, `[责任编辑：alonliu]`, `【编辑：张三】`. */
const WRAPPED = /^[（(\[【](.+)[）)\]】]$/
/** Brackets a wrapped credit line may open with. */
const OPENING_BRACKETS: ReadonlySet<string> = new Set(['（', '(', '[', '【'])
/** Between credits in one pair of brackets. */
const CLAUSE_SEPARATOR = /[；;]/

/** Longest run of several credit lines written as one (`编辑：A发布：B`). */
const LONGEST_RUN = 160
/** A label of two or more characters followed by a colon or bar: where a second credit line starts inside a run. */
const RUN_SEPARATOR = /^ ?[:：|｜丨]/

/**
 * Read a credit line (`文|AI财经社 牛耕 麻策`, `编辑：张三`, `图/视觉中国`,
 * `编译：东京樱花团/Hopkins`): the whole line is a label, a separator and
 * names. Credit lines run together when their line break was lost
 * (`编辑：东京樱花团/喜马拉雅的微尘发布：东京樱花团/yuxingcao01`) are read
 * one by one; dashes before the label (`----作者：晓菊`) are dropped. Returns the credits, or `null` when the line is not a credit
 * line (too long, no separator, or sentence punctuation in the names).
 */
export function parseCreditLine(line: string): Credit[] | null {
  // Cheap test first: the first character that is not whitespace must start a label, a bracket or a dash.
  let first = firstNonWhitespace(line)
  if (first === null) return null
  const undashed = DASHES.has(first) ? line.replace(LEADING_DASHES, '') : line
  if (undashed !== line) first = firstNonWhitespace(undashed)
  if (first === null) return null
  if (OPENING_BRACKETS.has(first)) return parseWrappedCredits(collapseWhitespace(undashed))
  if (!LABEL_STARTS.has(first)) return null
  return parseCredits(collapseWhitespace(undashed))
}

/** Credit lines in one pair of brackets, separated by semicolons; `null` unless every clause is one. */
function parseWrappedCredits(text: string): Credit[] | null {
  if (text.length > LONGEST_RUN + 2) return parseAgencyCredits(text)
  const wrapped = WRAPPED.exec(text)
  if (!wrapped) return null
  if (AGENCY_CLAUSE.test(wrapped[1]!)) return parseAgencyCredits(text)
  const credits: Credit[] = []
  for (const clause of wrapped[1]!.split(CLAUSE_SEPARATOR)) {
    const trimmed = clause.trim()
    if (trimmed === '') continue
    const found = LABEL_STARTS.has(trimmed[0]!) ? parseCredits(trimmed) : null
    if (found === null) return null
    credits.push(...found)
  }
  return credits.length > 0 ? credits : null
}

/** Longest bracketed credit note of a wire story read. */
const LONGEST_AGENCY_NOTE = 400
/** A wire story's credit clause: `Reporting by …`, `Additional reporting by …`, `Writing by …`, `Editing by …`. */
const AGENCY_CLAUSE = /^(?:Additional |Further )?(reporting|writing|editing|compiled|compilation|translation|translated|research|graphics)(?: and (?:reporting|writing|editing))? by (.+)$/i
/** A place after a reporter's name (`Ece Toksabay in Ankara`). */
const IN_PLACE = / in [A-Z][\p{L}.' -]{1,40}$/u
/** A person's name in Latin letters: one to five capitalised words (`Nick Tattersall`, `Ayla Jean Yackley`, `Mary O'Brien`). */
const LATIN_PERSON = /^[\p{Lu}][\p{L}.'’-]*(?: (?:[\p{Lu}][\p{L}.'’-]*|van|von|de|da|del|der|le|la|bin|al)){0,4}$/u

/**
 * A wire story's bracketed credit note (`(Additional reporting by Orhan Coskun
 * in Ankara; Writing by Nick Tattersall; Editing by Philippa Fletcher)`):
 * reporters and writers are authors, editors editors, translators
 * translators; places after names are dropped. `null` unless every clause is
 * such a credit and every name a person's.
 */
function parseAgencyCredits(text: string): Credit[] | null {
  if (text.length > LONGEST_AGENCY_NOTE) return null
  const wrapped = WRAPPED.exec(text)
  if (!wrapped) return null
  const credits: Credit[] = []
  for (const clause of wrapped[1]!.split(CLAUSE_SEPARATOR)) {
    const found = AGENCY_CLAUSE.exec(clause.trim())
    if (found === null) return null
    const kind = found[1]!.toLowerCase()
    const role: CreditRole = kind === 'editing' ? 'editor' : kind.startsWith('transla') ? 'translator' : 'author'
    let afterPlace = false
    for (const part of found[2]!.split(/,? and |, /)) {
      const trimmed = part.trim()
      const name = trimmed.replace(IN_PLACE, '')
      // One word right after a name with its place is the place's country (`Jane Doe in Kyiv, Ukraine`).
      if (afterPlace && !name.includes(' ')) {
        afterPlace = false
        continue
      }
      afterPlace = name !== trimmed
      if (!LATIN_PERSON.test(name)) return null
      credits.push({role, name})
    }
  }
  return credits.length > 0 ? credits : null
}

/** One credit line, or credit lines run together (`text` collapsed). */
function parseCredits(text: string): Credit[] | null {
  if (text.length === 0 || text.length > LONGEST_RUN || !LABEL_STARTS.has(text[0]!)) return null
  const single = parseOneCreditLine(text)
  if (single !== null) return single
  if ((text.match(SEPARATORS)?.length ?? 0) < 2) return null
  const parts = splitCreditRun(text)
  if (parts.length < 2) return null
  const credits: Credit[] = []
  for (const part of parts) {
    const found = parseOneCreditLine(part)
    if (found === null) return null
    credits.push(...found)
  }
  return credits
}

/** The first code unit of `text` that is not whitespace, or `null` for blank text. */
function firstNonWhitespace(text: string): string | null {
  for (let index = 0; index < text.length; index++) {
    if (!isWhitespaceCode(text.charCodeAt(index))) return text[index]!
  }
  return null
}

function parseOneCreditLine(text: string): Credit[] | null {
  if (text.length > LONGEST_LINE) return null
  for (const [label, role] of LABELS) {
    if (!text.startsWith(label)) continue
    const rest = text.slice(label.length)
    const sep = /^ ?(?:[|｜:：/／]|丨) ?/.exec(rest) ?? (/^(?:记者|記者)$/.test(label) ? /^ /.exec(rest) : null)
    if (!sep) continue
    const names = rest.slice(sep[0].length).replace(/[ ]?(?:报道|報導|報道|摄|攝)$/, '').trim()
    // Names never hold sentence punctuation or another label's separator (two lines run together).
    if (!names || SENTENCE.test(names) || /[:：|｜]/.test(names)) return null
    return splitNames(names).map((name) => ({role: ORGANISATION.test(name) && role !== 'photographer' ? 'source' : role, name}))
  }
  return null
}

/** Cut `text` where a label of two or more characters followed by `：` or `|` starts a new credit line. */
function splitCreditRun(text: string): string[] {
  const parts: string[] = []
  let start = 0
  for (let index = 1; index < text.length; index++) {
    for (const [label] of LABELS) {
      if (label.length < 2 || !text.startsWith(label, index)) continue
      if (!RUN_SEPARATOR.test(text.slice(index + label.length, index + label.length + 2))) continue
      parts.push(text.slice(start, index).trim())
      start = index
      index += label.length
      break
    }
  }
  parts.push(text.slice(start).trim())
  return parts.filter((part) => part !== '')
}

/** A job title standing before names in a credit line: a place or desk, then the title (`香港特约记者`, `本台记者`). */
const JOB_TITLE = /^[\p{Script=Han}]{0,6}(?:特约记者|特約記者|记者|記者|通讯员|通訊員|编辑|編輯|主编|主編|撰稿人|评论员|評論員)$/u

/** One word of a name in Latin script (`O'Brien`, `Jean-Luc`, `J.`). */
const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}'’.-]*$/u
/** Words of a name in Latin script, space-separated. */
const LATIN_WORDS = /^\p{Script=Latin}[\p{Script=Latin}'’.-]*(?: \p{Script=Latin}[\p{Script=Latin}'’.-]*)*$/u

/** Split a list of names on spaces, `、`, `/`, `&`, `和`/`及` between names. */
export function splitNames(text: string): string[] {
  // ` and ` first: at its space the separator class would match and leave `and` as a name.
  const parts = text.split(/ and |[ 、/／&＆|｜]+/)
  const names: string[] = []
  for (const part of parts) {
    const name = part.trim()
    // A job title before the names (`香港特约记者 甄树基`) is not a name.
    if (!name || (JOB_TITLE.test(name) && parts.length > 1)) continue
    // Latin names keep their spaces (`VANESSA PIAO`, `Vincent van Gogh`, `J. R. R. Tolkien`): join runs of Latin words
    // back; lists of Latin names are cut by commas or `and`, not spaces.
    const last = names[names.length - 1]
    if (last !== undefined && LATIN_WORDS.test(last) && LATIN_WORD.test(name) && text.includes(`${last} ${name}`)) {
      names[names.length - 1] = `${last} ${name}`
    } else names.push(name)
  }
  return names
}

/**
 * Agencies, stock houses and sources whose name in a caption's closing
 * brackets makes it a photo credit (`（韩联社）`, `（YouTube视频截图）`); CJK names
 * match anywhere, Latin ones as words.
 */
export const PHOTO_SOURCE_NAMES = /路透|美联社|美聯社|法新社|视觉中国|視覺中國|新华社|新華社|中新社|韩联社|韓聯社|共同社|中央社|德新社|截图|截圖/
/** Latin agency and stock-house names (match them as words). */
export const PHOTO_SOURCE_WORDS = /Getty|AFP|Reuters|AP|EPA|Xinhua|Shutterstock/
const CAPTION_AGENCY = new RegExp(String.raw`\b(?:${PHOTO_SOURCE_WORDS.source}|Images|Photo)\b|${PHOTO_SOURCE_NAMES.source}`, 'i')

/** A caption with its trailing photo credit split off. */
export interface CaptionCredit {
  /** The caption without the credit. */
  caption: string
  /** The credited source or photographer, or `null` when the caption names none. */
  credit: string | null
}

/**
 * A photo credit at the end of a caption: `（照片来自路透社）`, `（图片来源：Getty
 * Images）`, `(STR/AFP via Getty Images)`. Returns the caption without it and
 * the credit (source name), or the caption unchanged with `credit: null`.
 */
export function splitCaptionCredit(caption: string): CaptionCredit {
  const text = caption.trim()
  const m = /[（(]([^（）()]{1,60})[）)]$/.exec(text)
  if (!m) return {caption: text, credit: null}
  const inner = m[1]!.trim()
  const labelled = /^(?:照片|图片|圖片|图|圖|摄影|攝影|photo)[ ]?(?:来自|來自|来源|來源|提供|:|：|\/|by)[ ]?[:：]?[ ]?(.+)$/i.exec(inner)
  const agency = CAPTION_AGENCY.test(inner)
  if (!labelled && !agency) return {caption: text, credit: null}
  return {caption: text.slice(0, m.index).trim(), credit: (labelled ? labelled[1]! : inner).trim()}
}
