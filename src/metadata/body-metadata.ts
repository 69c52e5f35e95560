import type {Element, ElementContent, Root} from 'hast'
import {eachElement} from '../util/walk.js'
import {findDate} from '../date/parse-date.js'
import type {Credit} from '../types.js'
import {parseCreditLine} from './credit-line.js'
import {type LeafBlock, containsImage, flatText, leafBlocks} from './leaf-blocks.js'
import {accountSourceLine, onlyLink, repostLine} from './source-lines.js'
import {tagLine} from './tag-line.js'
import {PICTOGRAPHS} from '../util/back-link.js'
import {readMetaLine} from './meta-line.js'
import {headerFields} from './header-fields.js'
import {agencyDateline, publisherInDateline, wireInDateline} from './publishers.js'
import {SITE_SEPARATORS, lastSiteSeparator} from './title.js'
import {hasWhitespace, mayHoldDate} from './text.js'
import {isHttpUrl, urlPath} from '../util/url.js'

/** What the body states about the article, read (and lifted) by {@link readBodyMetadata}. */
export interface BodyMetadata {
  /** A title taken from the body: a first line and its copy, or a top-level heading opening it. */
  title: string | null
  /**
   * The known title's first part, when a line at the top repeats only that
   * (`<title>博客开张 | 编程随想镜像站</title>` over `<h1>博客开张</h1>`): the
   * title without the site's name.
   */
  shortTitle: string | null
  /**
   * The known title as a line at the top spells it, when the known title is
   * a file-name-safe copy with `_` for punctuation (front matter
   * `拼谁能_咬住_` over the line `拼谁能“咬住”`).
   */
  spelledTitle: string | null
  /** A date line at the top (feed item date). */
  feedDate: string | null
  /** A dateline (`【看中国2020年9月1日讯】`, `2020年08月05日 07:55 AI财经社`). */
  datelineDate: string | null
  /** A publisher named in a dateline. */
  datelinePublisher: string | null
  /** The source named on a dateline-only line (`… 07:55 AI财经社`). */
  datelineSource: string | null
  credits: Credit[]
  urls: string[]
  /** Links of lines repeating the title at the top (where a clipping was made). */
  titleUrls: string[]
  /** Links of closing lines to the original (`[Source](…)`): below what the page itself states. */
  closingUrls: string[]
  /** Tags a tag line names (`标签：美容、变性人`, `Tags: a, b`). */
  tags: string[]
  /** Outlets named by a repost line (`Reposted from Hong Kong Free Press: URL`, `圖文轉自紐約時報：URL`). */
  repostSources: string[]
  /** Blocks kept in the body that are a reposter's source note (`原文来自 [公众号](url)`): not the article's own words. */
  notes: Element[]
  syndicators: string[]
  /** Lines removed from the body, with the id of the reason: empty exactly when the tree was left unchanged. */
  removed: Array<{rule: string; text: string}>
  /** The nodes taken out of the tree for them (whole blocks, or a block's children on the removed lines). */
  removedNodes: ElementContent[]
}

/** Options of {@link readBodyMetadata}. */
export interface BodyMetadataOptions {
  /** The title already known (a line repeating it at the top is dropped). */
  title: string | null
  timeZone: string | undefined
}

const TOP_BLOCKS = 8
const NO_HEADS: ReadonlySet<string> = new Set()
const DATE_LABEL = /^(?:日期|时间|時間|发布时间|發布時間|發佈時間|发表时间|發表時間|更新时间|更新時間|(?:发布|發布|發佈|发表|發表|更新|出版)日期|更新|发布|發布|publish(?:ed)? date|date published|published|updated|posted|date)[ ]?(?:于|於|on)?[ ]?[:：]?/i
const WEEKDAY = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?|(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]/i
const SENTENCE_PUNCT = /[。！？!?；;，,“”「」]/
const REPOST = /^(?:转载自|轉載自|转自|轉自|來源|来源|原文链接|原文連結|原文連接|原文连接|原文地址|原文網址|原文网址|原文)[ ]?[:：]?[ ]?(.*)$/
/**
 * What a block's text holds when a link in it matches {@link REPOST}: the
 * start of every label (a link's text, whitespace collapsed, is in its
 * block's text, and no label holds whitespace). Blocks without it skip the
 * walk over their links.
 */
const REPOST_LABEL = /转|轉|來源|来源|原文/
/** A header field: a short label of letters (`keywords`, `关键词`), a colon, then a value without a full stop. */
const HEADER_FIELD = /^\p{L}[\p{L} ]{0,19}[:：] ?[^。.!?！？]*$/u
const HEADING = /^h[1-6]$/
/** Longest first line taken for a headline that keeps the top region open. */
const LONGEST_HEADLINE = 100
/** A CJK sentence end: a block holding one ends the top region. */
const SENTENCE_END = /[。！？]/
const URL_LINE = /^(?:来源|來源|出处|出處|原文地址|原文链接|原文連結|原文連接|原文连接|原文網址|原文网址|本文网址|本文網址|原文|Source|Original)[^:：]{0,12}[:：][ ]?(https?:\/\/\S+)$/i

/**
 * Read metadata the body states in its own lines and remove the lines that
 * are only metadata: a date line or dateline-only line at the top, a line
 * repeating the title, credit lines, repost notes and "original URL" lines.
 * A dateline that opens a real paragraph stays; it is only read. `blocks`
 * are the tree's leaf blocks when the caller has them already.
 */
export function readBodyMetadata(tree: Root, options: BodyMetadataOptions, blocks: LeafBlock[] = leafBlocks(tree)): BodyMetadata {
  const out = emptyBodyMetadata()
  // The title as known so far, squashed once rather than once per line.
  const lineOptions: LineOptions = {
    title: options.title, timeZone: options.timeZone,
    squashedTitle: options.title === null ? null : squash(options.title),
    titleHeads: options.title === null ? NO_HEADS : titleHeads(options.title),
    looseTitle: options.title?.includes('_') ? looseKey(options.title) || null : null
  }
  let top = true
  let topSeen = 0
  // Lines kept so far, and the squashed first one while its copy may follow.
  let keptLines = 0
  let repeatOf: string | null = null
  let substantial = 0
  for (let position = 0; position < blocks.length; position++) {
    const block = blocks[position]!
    if (block.text === '') continue
    // A first line repeated on the next line is the title and its copy (portal copies); with a title
    // known already, only the copy goes (below). In every format, and whatever was removed above it:
    // the output starts with the first kept line, and cleaning the output again must not read a
    // title there. A single first line is not taken: removing it would make a second run take the
    // next line.
    // Or the first line is a top-level heading (`# Title` opening a Markdown body): the title.
    // Or it is a clipper's page title with the site's name, over a headline repeating its head:
    // the headline is the title, and both lines go.
    const clipped = top && keptLines === 0 && lineOptions.title === null && block.lines.length === 1
      && looksLikeTitle(block.text, LONGEST_HEADING_TITLE) && lastSiteSeparator(block.text) !== null
      ? clippedHeadline(titleHeads(block.text), blocks, position) : null
    if (clipped !== null) {
      lineOptions.title = block.text
      lineOptions.squashedTitle = squash(block.text)
      lineOptions.titleHeads = titleHeads(block.text)
      lineOptions.looseTitle = null
      out.title = clipped
      removeLines(block, [0], out.removedNodes)
      out.removed.push({rule: 'metadata/page-title', text: block.text})
      topSeen++
      continue
    }
    if (top && keptLines === 0 && lineOptions.title === null && block.lines.length === 1
      && (block.node.tagName === 'h1' ? looksLikeTitle(block.text, LONGEST_HEADING_TITLE)
        : looksLikeTitle(block.text) && isTitleAndCopy(squash(block.lines[0]!.text), followingLines(blocks, position, 0)))) {
      lineOptions.title = block.text
      lineOptions.squashedTitle = squash(block.text)
      lineOptions.titleHeads = NO_HEADS
      lineOptions.looseTitle = null
      out.title = block.text
      removeLines(block, block.lines.map((_, i) => i), out.removedNodes)
      out.removed.push({rule: 'metadata/title', text: block.text})
      topSeen++
      continue
    }
    // A lower heading opening the body that no other heading outranks or matches (`## Title` over a
    // scraper's `keywords:` lines) names the article; it stays, so a second cleaning reads it again.
    if (top && keptLines === 0 && lineOptions.title === null && out.title === null && isOnlyTopHeading(block, blocks)) {
      out.title = block.text
    }
    // Header fields whose line breaks were lost (`公众号: X发布时间: 2026-04-08 08:03 原文链接: URL`):
    // each field is read as a line, and the block goes when every one is metadata.
    const fields = top && block.lines.length === 1 ? headerFields(block.text) : null
    if (fields !== null) {
      // Read into a scratch record, kept only when every field is metadata: a block that stays lifts nothing.
      const read = emptyBodyMetadata()
      if (fields.every((field) => classifyLine(field, block, 0, read, lineOptions, top) !== null)) {
        mergeBodyMetadata(out, read)
        removeLines(block, [0], out.removedNodes)
        out.removed.push({rule: 'metadata/header-fields', text: block.text})
        topSeen++
        continue
      }
    }
    const drop: number[] = []
    for (let index = 0; index < block.lines.length; index++) {
      const line = block.lines[index]!
      let rule = classifyLine(line.text, block, index, out, lineOptions, top)
      if (!rule && repeatOf !== null && squash(line.text) === repeatOf) rule = 'metadata/title-repeat'
      repeatOf = null
      if (rule) {
        drop.push(index)
        out.removed.push({rule, text: line.text})
        continue
      }
      // The first line kept, when a title could be read from it and its copy follows: the copy goes.
      if (top && keptLines === 0 && line.text !== '' && looksLikeTitle(line.text)) {
        const squashed = squash(line.text)
        if (isTitleAndCopy(squashed, followingLines(blocks, position, index))) repeatOf = squashed
      }
      if (line.text !== '') keptLines++
    }
    if (drop.length > 0) {
      removeLines(block, drop, out.removedNodes)
      if (drop.length === block.lines.length) {
        topSeen++
        continue
      }
    }
    // A real block: read a dateline opening it, then leave the top region.
    if (substantial < 3 && block.node.tagName !== 'figcaption') {
      readOpeningDateline(block.text, out, options.timeZone)
      if (top) readSourceNote(block, out)
      substantial++
    }
    topSeen++
    // A heading, a scraper's `label: value` line (`keywords: trump white …`) or a headline opening a plain page
    // (a first line without a sentence's end) is header, however long: the top goes on.
    const header = HEADING.test(block.node.tagName) || HEADER_FIELD.test(block.text)
      || (topSeen === 1 && keptLines === 1 && block.text.length <= LONGEST_HEADLINE && !/[.!?。！？:：,，;；]$/.test(block.text))
    if (top && ((block.text.length >= 30 && !header) || SENTENCE_END.test(block.text) || topSeen >= TOP_BLOCKS)) top = false
  }
  readClosingSource(blocks, out)
  readWireTag(blocks, out, options.timeZone)
  return out
}

/** A {@link BodyMetadata} with nothing read yet. */
function emptyBodyMetadata(): BodyMetadata {
  return {
    title: null, shortTitle: null, spelledTitle: null, feedDate: null, datelineDate: null, datelinePublisher: null, datelineSource: null,
    credits: [], urls: [], titleUrls: [], closingUrls: [], tags: [], repostSources: [], notes: [], syndicators: [], removed: [], removedNodes: []
  }
}

/** Add what `read` holds to `out`: its lists after `out`'s, its values where `out` has none. */
function mergeBodyMetadata(out: BodyMetadata, read: BodyMetadata): void {
  const target = out as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(read)) {
    if (Array.isArray(value)) (target[key] as unknown[]).push(...(value as unknown[]))
    else if (target[key] === null) target[key] = value
  }
}


/** `(路透社)`, `（法新社、美联社）`: the agencies named alone in a closing paragraph. */
const SOURCE_LINE = /^[（(]([^（）()。！？；;:：]{1,30})[）)]$/
/** Closing marks that are not sources: `（完）`, `（未完待续）`, `（全文结束）`, `(2000年8月3日稿)`, `(点阅…)`, `(end)`. */
const NOT_A_SOURCE = /^(?:全文)?完$|待续|待續|^续$|^續$|结束|結束|稿$|点阅|點閱|征文|徵文|更新|注|图|圖|视频|視頻|^end$|^the end$|updat|photo|video|note/i

/** The text of a closing link to the original: `Source`, `Original article`, `Source link`, `原文链接`, `阅读原文`. */
const SOURCE_LINK_TEXT = /^(?:source(?: link| article)?|original(?: article| post| story| source)?|original\/source(?: press release)?|read (?:the )?original(?: article)?|原文|原文链接|原文連結|阅读原文|閱讀原文|查看原文|原文地址)$/i

/**
 * Closing lines, read from the last up while each is one: a paragraph that
 * only names the article's sources in brackets (`(路透社)` closing a DW
 * report: `source` credits), a closing byline (`杨威廉/邹宗翰 (路透社)`), or a
 * line that is only a link to the original (`[Source](…)`, `[阅读原文](…)`:
 * its URL). Each is lifted and removed from the body.
 */
function readClosingSource(blocks: LeafBlock[], out: BodyMetadata): void {
  // Closing lines are read from the last up while they are read (`[Source](…)` under `(Reporting by …)`),
  // so a second cleaning finds none left; blocks the reader already removed are passed over.
  const gone = new Set<ElementContent>(out.removedNodes)
  let index = blocks.length - 1
  for (let taken = 0; taken < MAX_CLOSING_LINES; taken++) {
    while (index >= 0 && (blocks[index]!.text === '' || gone.has(blocks[index]!.node))) index--
    if (index < 0) return
    const last = blocks[index]!
    const others = blocks.some((block) => block !== last && block.text !== '' && !gone.has(block.node) && block.node.tagName !== 'figcaption')
    if (!others || !readClosingLine(last, out)) return
    gone.add(last.node)
    index--
  }
}

/** Most closing lines read from the end ({@link readClosingSource}). */
const MAX_CLOSING_LINES = 4

/** Read `last` as a closing byline, link to the original or source line, and remove it; `false` when it is none. */
function readClosingLine(last: LeafBlock, out: BodyMetadata): boolean {
  if (last.lines.length !== 1 || last.node.tagName === 'figcaption') return false
  if (readClosingByline(last, out)) return true
  // A closing link to the original (`[Source](…)`, `[阅读原文](…)`): where the copy came from.
  const link = SOURCE_LINK_TEXT.test(last.text.trim()) ? onlyLink(last.node) : null
  if (link !== null && link.text === last.text.trim()) {
    out.closingUrls.push(link.url)
    out.removed.push({rule: 'metadata/source-link', text: last.text})
    removeLines(last, [0], out.removedNodes)
    return true
  }
  const m = SOURCE_LINE.exec(last.text.trim())
  if (!m || NOT_A_SOURCE.test(m[1]!.trim())) return false
  const names = m[1]!.split(/[、,，/／]| and /).map((name) => name.trim()).filter((name) => name !== '')
  // An archive's code with a date (`(XYS20150130)`, 新语丝's index tag) names no source.
  if (names.length === 0 || names.some((name) => Array.from(name).length > 20 || /\d{6}/.test(name))) return false
  for (const name of names) out.credits.push({role: 'source', name})
  out.removed.push({rule: 'metadata/source-line', text: last.text})
  removeLines(last, [0], out.removedNodes)
  return true
}

/**
 * A closing line of two to four names (two to four Han characters each) cut
 * by `/`, with the sources in brackets after them: `杨威廉/邹宗翰 (路透社)`,
 * `文山/叶宣/(印度时报等)`, `雨涵/洪沙（德新社、法新社、路透社）` (DW's writer and
 * editor). The names are lifted as `author` credits, the sources as `source`.
 */
const CLOSING_BYLINE = /^((?:\p{Script=Han}{2,4}[/／]){1,3}\p{Script=Han}{2,4})[/／]? ?(?:[（(]([^（）()]{1,40})[）)])?$/u

/** `综合报导`: the report was compiled from several sources, none named. */
const COMPILED_REPORT = /^(?:综合|綜合)(?:报导|報導|报道|報道)?$/

function readClosingByline(last: LeafBlock, out: BodyMetadata): boolean {
  const m = CLOSING_BYLINE.exec(last.text.trim())
  if (!m) return false
  const sources = m[2] === undefined ? [] : m[2].split(/[、,，/／]/).map((name) => name.trim().replace(/等$/, ''))
    .filter((name) => name !== '' && !COMPILED_REPORT.test(name))
  if (sources.some((name) => NOT_A_SOURCE.test(name) || Array.from(name).length > 20)) return false
  for (const name of m[1]!.split(/[/／]/)) out.credits.push({role: 'author', name})
  for (const name of sources) out.credits.push({role: 'source', name})
  out.removed.push({rule: 'metadata/byline', text: last.text})
  removeLines(last, [0], out.removedNodes)
  return true
}

/** Options of {@link classifyLine}: the reader's, with the title as known at this line and squashed. */
interface LineOptions extends BodyMetadataOptions {
  squashedTitle: string | null
  /** The title's parts before its site-name separators, squashed ({@link titleHeads}): a line repeating one is the title without the site. */
  titleHeads: ReadonlySet<string>
  /** {@link looseKey} of a title with `_` in it (maybe a file-name-safe copy), else `null`. */
  looseTitle: string | null
}

function classifyLine(
  text: string, block: LeafBlock, index: number, out: BodyMetadata,
  options: LineOptions, top: boolean
): string | null {
  if (text === '') return null
  if (top && options.squashedTitle !== null) {
    const squashed = squash(text)
    const spelled = options.looseTitle !== null && squashed !== options.squashedTitle && looseKey(text) === options.looseTitle
    if (squashed === options.squashedTitle || options.titleHeads.has(squashed) || spelled) {
      if (spelled) out.spelledTitle ??= text
      else if (squashed !== options.squashedTitle) out.shortTitle ??= text
      // A clipping's title repeated as a link (`[Title - IT之家](https://www.ithome.com/…)`) says where it was clipped.
      const link = block.lines.length === 1 ? onlyLink(block.node) : null
      if (link !== null) out.titleUrls.push(link.url)
      return 'metadata/title-repeat'
    }
  }
  if (top) {
    const date = dateLine(text, options.timeZone)
    if (date) {
      if (date.rest === '') {
        out.feedDate ??= date.value
        return 'metadata/date-line'
      }
      // A date followed by links (`📅 2026-06-28 [阅读原文](…)`) is a meta line, and one followed by a
      // repost note (`2023-03-11 23:36 韩国正道农场Gnews [轉載自GNews](…)`) is that note: not a dateline naming a source.
      if (readMetaLineInto(block, index, out, options)) return 'metadata/meta-line'
      if (readRepostNote(block, index, text, out, options.timeZone)) return 'metadata/repost-note'
      out.datelineDate ??= date.value
      out.datelineSource ??= date.rest
      // The source's name linked to an article (`来源：[国际在线](http://gb.cri.cn/…/5311s4872327.htm)`,
      // a portal's copy): where the article was first published.
      const link = block.lines.length === 1 ? onlyLink(block.node) : null
      if (link !== null && link.text !== '' && date.rest.endsWith(link.text) && isArticleAddress(link.url)) out.urls.push(link.url)
      return 'metadata/dateline'
    }
  }
  const credits = parseCreditLine(text)
  if (credits) {
    out.credits.push(...credits)
    return 'metadata/credit-line'
  }
  const urlLine = URL_LINE.exec(text)
  if (urlLine) {
    out.urls.push(urlLine[1]!)
    return 'metadata/url-line'
  }
  const tags = tagLine(block, text)
  if (tags !== null) {
    for (const tag of tags) if (!out.tags.includes(tag)) out.tags.push(tag)
    return 'metadata/tag-line'
  }
  const repost = repostLine(block, text)
  if (repost !== null) {
    if (repost.outlet !== null) out.repostSources.push(repost.outlet)
    out.urls.push(repost.url)
    return 'metadata/repost-line'
  }
  const account = accountSourceLine(block, text)
  if (account !== null) {
    if (account.account !== null) out.repostSources.push(account.account)
    if (account.url !== null) out.urls.push(account.url)
    out.credits.push(...account.credits)
    out.syndicators.push(...account.syndicators)
    return 'metadata/account-source'
  }
  if (readRepostNote(block, index, text, out, top ? options.timeZone : null)) return 'metadata/repost-note'
  if (top && readMetaLineInto(block, index, out, options)) return 'metadata/meta-line'
  return null
}

/**
 * Read line `index` of `block` as a repost note ({@link repostNote}) into
 * `out`; `false` when it is not one. At the top (`timeZone` not `null`), a
 * date in the note (`2023-03-11 23:36 韩国正道农场Gnews [轉載自GNews](…)`,
 * `郭文贵MILES 2020-09-23T09:09:20 [轉載自GTV](…)`) is the original's.
 */
function readRepostNote(block: LeafBlock, index: number, text: string, out: BodyMetadata, timeZone: string | undefined | null): boolean {
  const repost = repostNote(block, index, text)
  if (repost === null) return false
  out.urls.push(repost.url)
  if (repost.name) out.syndicators.push(repost.name)
  if (timeZone !== null && mayHoldDate(text)) {
    const found = findDate(text, {timeZone})
    if (found !== null) out.feedDate ??= found.value
  }
  return true
}

/** Read line `index` of `block` as a meta line ({@link readMetaLine}) into `out`; `false` when it is not one. */
function readMetaLineInto(block: LeafBlock, index: number, out: BodyMetadata, options: LineOptions): boolean {
  const line = block.lines[index]!
  // A meta line states a date or holds a link labelled as the original: most lines show neither.
  if (line.text.length > LONGEST_META_LINE || !(mayHoldDate(line.text) || ORIGINAL_HINT.test(line.text))) return false
  const meta = readMetaLine(block.children.slice(line.start, line.end), (part) => {
    const date = dateLine(part, options.timeZone)
    return date !== null && date.rest === '' ? date.value : null
  })
  if (meta === null) return false
  if (meta.date !== null) out.feedDate ??= meta.date
  if (meta.url !== null) out.urls.push(meta.url)
  out.credits.push(...meta.credits)
  return true
}

/** Longest line read as a meta line ({@link readMetaLine}). */
const LONGEST_META_LINE = 120
/** What the label of every link {@link readMetaLine} takes for the original holds. */
const ORIGINAL_HINT = /原文|原始|source|original/i

/**
 * A line that is only a date (after a label), or a date and a short source
 * name, after it (`2020年08月05日 07:55 AI财经社`) or before a date with a time
 * (a WeChat export's `FreeBuf   2025-07-07 11:02`).
 */
function dateLine(text: string, timeZone: string | undefined): {value: string; rest: string} | null {
  if (text.length > 60 || !mayHoldDate(text)) return null
  const found = findDate(text, {timeZone})
  if (!found) return null
  const after = text.slice(found.index + found.length).replace(/^[\s|｜·•:：\-—–]+/, '').trim()
  // A source after its label (`来源：国际在线`) is the name; a poster's location (`来自上海市`, `IP属地：北京`) is none.
  const rest = POSTER_LOCATION.test(after) ? '' : after.replace(SOURCE_LABEL, '')
  // A clock, a US time zone or a word that opens no name after the date (`at 7:00 AM`, `ET`, `updated …`) is no source.
  if (rest.length > 20 || SENTENCE_PUNCT.test(rest) || /\d[:：]\d/.test(rest) || NOT_A_SOURCE_AFTER_DATE.test(rest)) return null
  const before = text.slice(0, found.index).replace(PICTOGRAPHS, '').trim().replace(DATE_LABEL, '').replace(WEEKDAY, '')
  if (before.replace(/[\s|｜·•\-—–]+/g, '') === '') return {value: found.value, rest}
  let name = before.trimEnd()
  while (name !== '' && NAME_DATE_SEPARATORS.includes(name[name.length - 1]!)) name = name.slice(0, -1).trimEnd()
  return rest === '' && found.value.includes('T') && isSourceName(name) ? {value: found.value, rest: name} : null
}

/** Words after a date that start no source's name (`at 7:00 AM`, `updated …`), and US time zones (`ET`). */
const NOT_A_SOURCE_AFTER_DATE = /^(?:(?:at|on|by|from|via|updated|posted|published|edited|and|in)\b|[ECMP][SD]?T$)/

/** A source's label before its name on a date line. */
const SOURCE_LABEL = /^(?:来源|來源|出处|出處|[Ss]ource)[ ]?[:：][ ]?/
/** A platform's note of where the poster was (`来自上海市`, `IP属地：北京`): not a source. */
const POSTER_LOCATION = /^(?:来自|來自|IP属地|IP屬地|发布于|發佈於)[ ]?[:：]?[ ]?\p{Script=Han}{2,8}$/u

/** What may stand between a source's name and the date after it. */
const NAME_DATE_SEPARATORS = '|｜·•-—–'

/** A source's name before a date: short, with a letter, no digits, no sentence punctuation, no colon (not a label) and no byline. */
function isSourceName(text: string): boolean {
  return text.length <= 20 && /\p{L}/u.test(text) && !/[\d:：]/.test(text) && !SENTENCE_PUNCT.test(text) && !/(?:^|\s)by\s/i.test(text)
}

/** A short block whose link says `转载自X` / `原文链接`: the link is the original URL. */
function repostNote(block: LeafBlock, index: number, text: string): {url: string; name: string | null} | null {
  if (text.length > 80 || block.lines.length !== 1 || index !== 0 || !REPOST_LABEL.test(text)) return null
  let result: {url: string; name: string | null} | null = null
  eachElement(block.node, (node) => {
    if (result || node.tagName !== 'a' || typeof node.properties['href'] !== 'string') return
    const m = REPOST.exec(flatText(node))
    if (!m) return
    const name = m[1]!.trim()
    result = {url: node.properties['href'], name: name && !/^https?:/i.test(name) ? name : null}
  })
  return result
}

/** A reposter's note naming where the text came from: `原文来自 [公众号](url)，已 404。`, `文章来自知乎：[标题](url)`. */
const SOURCE_NOTE = /^(?:原文|文章|信息|内容|內容|本文|备份|備份)?(?:来自|來自|源自|出自|转自|轉自|转载自|轉載自|来源|來源|原载|原載)/
/** Longest source note read: a line, not a paragraph that happens to start with `来自`. */
const LONGEST_SOURCE_NOTE = 120
/** What ends a clause before a source note's link (quotes may name the account: `出自微信订阅号「我的票圈」：`). */
const CLAUSE_END = /[，,。.!！？?；;]/

/**
 * A short block at the top that opens with a source label followed closely
 * by a link (no sentence between them): the link is the original URL. The note itself stays (it is the
 * reposter's own words, often with more in it: `，已 404`).
 */
function readSourceNote(block: LeafBlock, out: BodyMetadata): void {
  if (block.text.length > LONGEST_SOURCE_NOTE || !SOURCE_NOTE.test(block.text)) return
  let link: {url: string; text: string} | null = null
  eachElement(block.node, (node) => {
    if (link !== null) return false
    const href = node.properties['href']
    if (node.tagName === 'a' && typeof href === 'string' && isHttpUrl(href)) link = {url: href, text: flatText(node)}
    return undefined
  })
  if (link === null) return
  const {url, text} = link
  // The label names the source right before the link (`原文来自 `, `文章来自知乎：`), not in a sentence.
  const at = text === '' ? -1 : block.text.indexOf(text)
  const before = at === -1 ? '' : block.text.slice(0, at)
  if (at === -1 || Array.from(before).length > 16 || CLAUSE_END.test(before)) return
  out.urls.push(url)
  out.notes.push(block.node)
}

/** Blocks with text an English dateline's wire tag is looked for in (a release opens with highlights, a split dateline). */
const WIRE_TAG_BLOCKS = 12

/**
 * The agency or press wire tag of an English dateline in one of the first
 * blocks with text ({@link wireInDateline}): an agency is the dateline's
 * publisher, a press wire a syndicator.
 */
function readWireTag(blocks: readonly LeafBlock[], out: BodyMetadata, timeZone: string | undefined): void {
  let seen = 0
  for (const block of blocks) {
    if (block.text === '') continue
    if (++seen > WIRE_TAG_BLOCKS) return
    const wire = block.text.includes('(') || block.text.includes('/') ? wireInDateline(block.text) : null
    if (wire === null) continue
    if (wire.publisher !== null) out.datelinePublisher ??= wire.publisher
    if (wire.syndicator !== null && !out.syndicators.includes(wire.syndicator)) out.syndicators.push(wire.syndicator)
    // The date of the dateline (`MILWAUKEE, WI, March 15, 2024 /24-7PressRelease/ --`).
    const found = mayHoldDate(wire.before) ? findDate(wire.before, {timeZone}) : null
    if (found !== null) out.datelineDate ??= found.value
    return
  }
}

function readOpeningDateline(text: string, out: BodyMetadata, timeZone: string | undefined): void {
  // `新华社巴黎12月9日电（记者唐霁）`: the agency wrote the story, its reporters are its authors.
  const agency = text.includes('日电') || text.includes('日電') ? agencyDateline(text) : null
  if (agency !== null) {
    out.datelinePublisher ??= agency.agency
    for (const name of agency.reporters) out.credits.push({role: 'author', name})
    return
  }
  const m = /^[（(【\[]([^）)】\]]{2,40})[）)】\]]/.exec(text)
  if (!m) return
  out.datelinePublisher ??= publisherInDateline(text)
  const found = mayHoldDate(m[1]!) ? findDate(m[1]!, {timeZone}) : null
  if (found) out.datelineDate ??= found.value
}

/**
 * The two lines after line `lineIndex` of block `position`: the block's own,
 * then the first lines of the next blocks with text (as the output writes them, one after another).
 * A line in a list stands as the empty string: a list item is never a title's copy.
 */
function followingLines(blocks: LeafBlock[], position: number, lineIndex: number): string[] {
  const out: string[] = []
  const lines = blocks[position]!.lines
  for (let index = lineIndex + 1; index < lines.length && out.length < 2; index++) out.push(lines[index]!.text)
  for (let next = position + 1; next < blocks.length && out.length < 2; next++) {
    const block = blocks[next]!
    // An image between two lines keeps them apart, as it does inside a block (where it is a line of its own).
    if (block.text === '') {
      if (containsImage(block.node)) out.push('')
      continue
    }
    const listed = LIST_BLOCKS.has(block.node.tagName)
    for (let index = 0; index < block.lines.length && out.length < 2; index++) out.push(listed ? '' : block.lines[index]!.text)
  }
  return out
}

/** Leaf blocks that are (in) a list: `<li>`, or a list holding text itself. */
const LIST_BLOCKS: ReadonlySet<string> = new Set(['li', 'ul', 'ol', 'dd', 'dt', 'dl'])

/**
 * Whether a line (squashed) and the `following` two lines are a title and its
 * copy: the next line is the same, and the one after it is not (a run of three
 * or more is the text itself, and cleaning must not eat it two lines a time).
 */
function isTitleAndCopy(squashed: string, following: string[]): boolean {
  return following.length > 0 && squash(following[0]!) === squashed && (following.length < 2 || squash(following[1]!) !== squashed)
}

/**
 * Whether `url` addresses an article rather than a site or a section: its
 * path holds a digit or names a page (`.html`, `.shtml`, `.htm`).
 * `http://gb.cri.cn/42071/2015/02/11/5311s4872327.htm`, not `http://www.zjol.com.cn/`.
 */
function isArticleAddress(url: string): boolean {
  return /\d|\.s?html?$/i.test(urlPath(url))
}

/** Longest top-level heading taken for the title (a press release's headline runs long). */
const LONGEST_HEADING_TITLE = 200

/**
 * A line a title could be: short, with a letter or digit, no full stop, and
 * not cut off at a comma. It may end with a question or exclamation mark
 * (`你是 10x 程序员，还是只是个混蛋？`).
 */
function looksLikeTitle(text: string, longest = 80): boolean {
  return text.length <= longest && /[\p{L}\p{N}]/u.test(text) && !/[，、；,;]$/.test(text) && !/[。]/.test(text)
}

/**
 * The parts of a page title before each of its site-name separators
 * ({@link SITE_SEPARATORS}), {@link squash}ed: `泰国有望立法承认第三性别(图)`,
 * `泰国有望立法承认第三性别(图)|美容` and `泰国有望立法承认第三性别(图)|美容|变性人` of
 * `泰国有望立法承认第三性别(图)|美容|变性人_凤凰资讯`; before a separator other than the last, only a
 * part at least half the title long. None for a title longer than twice the longest heading taken for a title.
 */
function titleHeads(title: string): ReadonlySet<string> {
  // Each head is squashed on its own: bounded, so a huge front matter title costs nothing.
  if (title.length > LONGEST_HEADING_TITLE * 2) return NO_HEADS
  const heads = new Set<string>()
  const last = lastSiteSeparator(title)?.at ?? -1
  for (const separator of SITE_SEPARATORS) {
    for (let at = title.indexOf(separator); at > 0; at = title.indexOf(separator, at + separator.length)) {
      // Before the last separator any head counts (`Title | Site`); before an earlier one only a head
      // that is most of the title, not a kicker (`Opinion | Why the Fed is wrong … - The New York Times`).
      if (at !== last && at * 2 < title.length) continue
      const head = squash(title.slice(0, at))
      if (head !== '') heads.add(head)
    }
  }
  return heads
}

/**
 * Whether `block` is a one-line heading below `<h1>` that looks like a title
 * (not a label ending in a colon) and is the only heading of its level or
 * higher among `blocks`.
 */
function isOnlyTopHeading(block: LeafBlock, blocks: LeafBlock[]): boolean {
  const level = headingRank(block.node.tagName)
  if (level < 2 || block.lines.length !== 1 || !looksLikeTitle(block.text, LONGEST_HEADING_TITLE) || /[:：]$/.test(block.text)) return false
  let peers = 0
  for (const other of blocks) {
    const rank = headingRank(other.node.tagName)
    if (rank > 0 && rank <= level && other.text !== '' && ++peers > 1) return false
  }
  return true
}

/** The level of a heading element (`h2` → 2), or 0 for anything else. */
function headingRank(tagName: string): number {
  return HEADING.test(tagName) ? tagName.charCodeAt(1) - 48 : 0
}

/** Text blocks below a clipper's page-title line searched for the headline that repeats its head. */
const CLIPPED_TITLE_REACH = 3

/**
 * The headline below a clipper's page-title line (`泰国有望立法承认第三性别(图)|美容|变性人_凤凰资讯`
 * over `# 泰国有望立法承认第三性别(图)`, MarkDownload and web clippers write the page's
 * `<title>` first): a one-line block among the next {@link CLIPPED_TITLE_REACH} text
 * blocks that is the page title's part before a site-name separator. `null` when there is none.
 */
function clippedHeadline(heads: ReadonlySet<string>, blocks: LeafBlock[], position: number): string | null {
  let seen = 0
  for (let next = position + 1; next < blocks.length && seen < CLIPPED_TITLE_REACH; next++) {
    const block = blocks[next]!
    if (block.text === '') continue
    seen++
    if (block.lines.length === 1 && heads.has(squash(block.text))) return block.text
  }
  return null
}

/** `text` without whitespace, lower-cased: `text.replace(/[\s\u3000]+/g, '').toLowerCase()`. */
export function squash(text: string): string {
  return (hasWhitespace(text) ? text.replace(/[\s\u3000]+/g, '') : text).toLowerCase()
}

/** `text` {@link squash}ed with punctuation, symbols and `_` left out: the letters and digits a title is spelled with. */
function looseKey(text: string): string {
  return squash(text).replace(/[\p{P}\p{S}]/gu, '')
}

/**
 * Remove the given lines (and the `<br>` after each) from a block; the block
 * itself when nothing is left. What is taken out is added to `removedNodes`.
 */
function removeLines(block: LeafBlock, lineIndexes: number[], removedNodes: ElementContent[]): void {
  const {node, parent} = block
  if (lineIndexes.length === block.lines.length) {
    const at = parent.children.indexOf(node)
    if (at !== -1) {
      parent.children.splice(at, 1)
      removedNodes.push(node)
    }
    return
  }
  const dropped = new Set<number>()
  for (const index of lineIndexes) {
    const line = block.lines[index]!
    for (let i = line.start; i <= line.end && i < node.children.length; i++) dropped.add(i)
  }
  const kept: ElementContent[] = []
  for (let i = 0; i < node.children.length; i++) {
    if (dropped.has(i)) removedNodes.push(node.children[i]!)
    else kept.push(node.children[i]!)
  }
  node.children = kept
}
