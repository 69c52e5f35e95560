import {isBackLabel} from '../util/back-link.js'
import type {TitleHeader} from './types.js'

/** Result of {@link splitTitleHeader}. */
export interface TitleHeaderSplit {
  header: TitleHeader | null
  rest: string
}

const UNDERLINE = /^[ \t]*(?:-{2,}|={2,})[ \t]*$/
const ATX_OPEN = /^[ \t]{0,3}#{1,6}[ \t]+(?=\S)/

/**
 * Split a title header off the start of `text`: `[title](url)` or
 * `### title`, each over a line of `-` (or `=`). A link back to the
 * archive there (`### [:house:返回首頁](…)`) is split off with no title.
 */
export function splitTitleHeader(text: string): TitleHeaderSplit {
  const body = text.replace(/^(?:[ \t]*\n)+/, '')
  const firstEnd = body.indexOf('\n')
  if (firstEnd === -1) return {header: null, rest: text}
  const secondEnd = body.indexOf('\n', firstEnd + 1)
  const second = body.slice(firstEnd + 1, secondEnd === -1 ? body.length : secondEnd)
  if (!UNDERLINE.test(second)) return {header: null, rest: text}
  const first = body.slice(0, firstEnd).trim()
  const header = parseLinkTitle(first) ?? parseAtxTitle(first)
  if (!header) return {header: null, rest: text}
  const rest = secondEnd === -1 ? '' : body.slice(secondEnd + 1)
  // A link back to the archive in the header's place (`### [:house:返回首頁](…)` over `---`) is its chrome, not a title.
  if (isBackLink(header.title)) return {header: null, rest}
  return {header, rest}
}

/** Whether `title` is only a Markdown link whose label leads back to the archive (`[:house:返回](README.md)`). */
function isBackLink(title: string): boolean {
  const link = /^\[([^\]]{1,40})\]\([^()\s]*\)$/.exec(title)
  return isBackLabel(link === null ? title : link[1]!)
}

function parseLinkTitle(line: string): TitleHeader | null {
  if (!line.startsWith('[') || !line.endsWith(')')) return null
  const split = line.lastIndexOf('](')
  if (split < 1) return null
  const title = unescapeMarkdown(line.slice(1, split)).trim()
  let url = line.slice(split + 2, -1).trim()
  if (url.startsWith('<') && url.endsWith('>')) url = url.slice(1, -1)
  if (!title) return null
  return {title, url: url || null}
}

function parseAtxTitle(line: string): TitleHeader | null {
  const open = ATX_OPEN.exec(line)
  if (!open) return null
  const title = unescapeMarkdown(stripClosingHashes(line.slice(open[0].length))).trim()
  return title ? {title, url: null} : null
}

/** Drop an ATX closing sequence (`## Title ##` → `Title`) without a backtracking regex. */
function stripClosingHashes(text: string): string {
  const trimmed = text.trimEnd()
  let end = trimmed.length
  while (end > 0 && trimmed[end - 1] === '#') end--
  if (end === trimmed.length) return trimmed
  if (end === 0) return ''
  const before = trimmed[end - 1]
  return before === ' ' || before === '\t' ? trimmed.slice(0, end).trimEnd() : trimmed
}

/** Remove Markdown backslash escapes (`\[` → `[`). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}
