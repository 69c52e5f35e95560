import type {Element, ElementContent} from 'hast'
import type {Credit} from '../types.js'
import {PICTOGRAPHS, bareLabel, isBackLabel} from '../util/back-link.js'
import {isHttpUrl} from '../util/url.js'
import {parseCreditLine} from './credit-line.js'
import {flatText} from './leaf-blocks.js'
import {collapseWhitespace} from './text.js'

/** What a meta line states (see {@link readMetaLine}). */
export interface MetaLine {
  date: string | null
  url: string | null
  credits: Credit[]
}

/** A link to the original article, by its label alone. */
const ORIGINAL_LINK = /^(?:阅读原文|閱讀原文|查看原文|原文链接|原文連結|原文連接|原文连接|原文地址|原文网址|原文網址|原文|原始链接|原始連結|source|original(?: article| link| story)?|(?:read|view) (?:the )?original(?: article| story)?)$/i

/** What may stand between the parts of a meta line. */
const SEPARATORS = /^[\s|｜·•/／:：\-—–]*$/

/** Longest meta line read (characters of text). */
const LONGEST = 120

/**
 * A line made only of metadata parts, as archive templates print above the
 * article (`📅 2026-06-28 07:58 [🔗 阅读原文](https://…) [🔙 返回日历](../index.html)`):
 * a date (`readDate` of a text run, pictographs dropped), credit lines, a
 * link labelled as the original (`阅读原文`, `Read original`, with an
 * http(s) URL) and links back to the archive (`返回…`, `Back to …`), with
 * separators between. Returns what it states, or `null` when any part is
 * something else or it states neither a date nor a URL.
 */
export function readMetaLine(nodes: readonly ElementContent[], readDate: (text: string) => string | null): MetaLine | null {
  const out: MetaLine = {date: null, url: null, credits: []}
  let pending = ''
  let length = 0
  /** Read the text run collected so far, part by part; `false` when a part is not metadata. */
  const flush = (): boolean => {
    const parts = collapseWhitespace(pending.replace(PICTOGRAPHS, ' ')).split(PART_SEPARATOR)
    pending = ''
    return parts.every((part) => readPart(part, out, readDate))
  }
  const visit = (node: ElementContent): boolean => {
    if (node.type === 'text') {
      pending += node.value
      length += node.value.length
      return length <= LONGEST
    }
    if (node.type !== 'element') return true
    if (node.tagName === 'a') return flush() && readLink(node, out)
    if (node.tagName === 'img') return false
    return node.children.every(visit)
  }
  if (!nodes.every(visit) || !flush()) return null
  return out.date !== null || out.url !== null ? out : null
}

/** Read one part of a text run (a date, or a credit line) into `out`; `false` when it is neither. */
function readPart(part: string, out: MetaLine, readDate: (text: string) => string | null): boolean {
  if (SEPARATORS.test(part)) return true
  const date = out.date === null ? readDate(part) : null
  if (date !== null) {
    out.date = date
    return true
  }
  const credits = parseCreditLine(part)
  if (credits === null) return false
  out.credits.push(...credits)
  return true
}

/** Where a text run of a meta line parts: a bar or a dot between spaces or not (`2026-07-01 | 作者：李明`). */
const PART_SEPARATOR = /[|｜·•]/

/** Read a link of a meta line into `out`; `false` when it is neither an original nor a back link. */
function readLink(link: Element, out: MetaLine): boolean {
  const label = flatText(link)
  const href = link.properties['href']
  if (ORIGINAL_LINK.test(bareLabel(label)) && typeof href === 'string' && isHttpUrl(href)) {
    out.url ??= href
    return true
  }
  return isBackLabel(label)
}
