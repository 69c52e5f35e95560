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
