import type {TitleHeader} from './types.js'

/** Result of {@link splitTitleHeader}. */
export interface TitleHeaderSplit {
  header: TitleHeader | null
  rest: string
}

const UNDERLINE = /^[ \t]*(?:-{2,}|={2,})[ \t]*$/
const ATX = /^[ \t]{0,3}#{1,6}[ \t]+(\S.*?)[ \t]*#*[ \t]*$/

/**
 * Split a title header off the start of `text`: `[title](url)` or
 * `### title`, each over a line of `-` (or `=`).
 */
export function splitTitleHeader(text: string): TitleHeaderSplit {
  const body = text.replace(/^(?:[ \t]*\n)+/, '')
  const firstEnd = body.indexOf('\n')
  if (firstEnd === -1) return {header: null, rest: text}
  const secondEnd = body.indexOf('\n', firstEnd + 1)
  const first = body.slice(0, firstEnd).trim()
  const second = body.slice(firstEnd + 1, secondEnd === -1 ? body.length : secondEnd)
  if (!UNDERLINE.test(second)) return {header: null, rest: text}
  const header = parseLinkTitle(first) ?? parseAtxTitle(first)
  if (!header) return {header: null, rest: text}
  return {header, rest: secondEnd === -1 ? '' : body.slice(secondEnd + 1)}
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
  const match = ATX.exec(line)
  const title = match?.[1] ? unescapeMarkdown(match[1]).trim() : ''
  return title ? {title, url: null} : null
}

/** Remove Markdown backslash escapes (`\[` → `[`). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}
