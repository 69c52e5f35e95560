/** Result of {@link splitLeadingComments}. */
export interface LeadingComments {
  comments: string[]
  timestamps: number[]
  rest: string
}

/**
 * Split the HTML comments that open `text` (archivers put epoch-millisecond
 * timestamps there). Ten-digit values are epoch seconds and are turned into
 * milliseconds.
 */
export function splitLeadingComments(text: string): LeadingComments {
  const comments: string[] = []
  const timestamps: number[] = []
  let rest = text
  for (;;) {
    const trimmed = rest.trimStart()
    if (!trimmed.startsWith('<!--')) break
    const end = trimmed.indexOf('-->', 4)
    if (end === -1) break
    const content = trimmed.slice(4, end).trim()
    comments.push(content)
    const epoch = parseEpoch(content)
    if (epoch !== null) timestamps.push(epoch)
    rest = trimmed.slice(end + 3)
  }
  return {comments, timestamps, rest: comments.length > 0 ? rest.replace(/^[ \t]*\n/, '') : text}
}

/** An epoch timestamp in seconds (10 digits) or milliseconds (13 digits), as milliseconds. */
export function parseEpoch(text: string): number | null {
  if (/^\d{13}$/.test(text)) return Number(text)
  if (/^\d{10}$/.test(text)) return Number(text) * 1000
  return null
}

/**
 * The page address a browser or archiver noted in a comment before a saved
 * page (`comment` is the comment's text): `saved from url=(0065)https://…`
 * (Internet Explorer, Chrome's "save as complete page"), SingleFile's
 * `url: https://…` line, or a comment that is only the address (a mirror's
 * `<!--http://www.xinhuanet.com/…htm-->`). `null` when it is none of these.
 */
export function savedFromUrl(comment: string): string | null {
  if (comment.length > MAX_SAVED_COMMENT) return null
  const found = SAVED_FROM.exec(comment) ?? SINGLE_FILE_URL.exec(comment) ?? ONLY_URL.exec(comment)
  return found ? found[1]! : null
}

/** Longest comment read by {@link savedFromUrl}. */
const MAX_SAVED_COMMENT = 4000
const SAVED_FROM = /^saved from url=\(\d{1,5}\)(https?:\/\/\S+)$/i
const SINGLE_FILE_URL = /^Page saved with SingleFile[^\n]*\n[ \t]*url: (https?:\/\/\S+)/
const ONLY_URL = /^(https?:\/\/\S+)$/i
