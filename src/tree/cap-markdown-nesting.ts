/**
 * Most block containers (`>` quotes and list markers) kept at the start of a
 * Markdown line. micromark's container handling is quadratic in nesting depth
 * and the tree steps after it recurse, so `>` ×100 000 would hang or overflow;
 * markers past this depth are dropped (the line's text is kept).
 */
export const MAX_MARKDOWN_NESTING = 32

/**
 * Drop block-container markers beyond {@link MAX_MARKDOWN_NESTING} from the
 * start of every line. One linear pass, no regex.
 */
export function capMarkdownNesting(markdown: string, max = MAX_MARKDOWN_NESTING): string {
  if (markdown.length < max) return markdown
  const lines = markdown.split('\n')
  let changed = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const cut = excessPrefixEnd(line, max)
    if (cut !== null) {
      lines[index] = line.slice(0, cut.keep) + line.slice(cut.skip)
      changed = true
    }
  }
  return changed ? lines.join('\n') : markdown
}

/**
 * When `line` opens with more than `max` container markers, the offset where
 * the first `max` markers end (`keep`) and where the marker run ends (`skip`).
 */
function excessPrefixEnd(line: string, max: number): {keep: number; skip: number} | null {
  let position = 0
  let markers = 0
  let keep = -1
  while (position < line.length) {
    const next = markerEnd(line, position)
    if (next === null) break
    markers++
    position = next
    if (markers === max) keep = position
  }
  return markers > max ? {keep, skip: position} : null
}

/** End of one container marker (with its surrounding spaces) at `start`, or `null`. */
function markerEnd(line: string, start: number): number | null {
  let position = start
  while (position < line.length && isSpace(line.charCodeAt(position))) position++
  const code = line.charCodeAt(position)
  if (code === 0x3e /* > */) return position + 1
  if ((code === 0x2d || code === 0x2a || code === 0x2b) /* - * + */ && isSpace(line.charCodeAt(position + 1))) {
    return position + 2
  }
  let digits = position
  while (digits < line.length && digits - position < 9 && isDigit(line.charCodeAt(digits))) digits++
  const after = line.charCodeAt(digits)
  if (digits > position && (after === 0x2e || after === 0x29) && isSpace(line.charCodeAt(digits + 1))) {
    return digits + 2
  }
  return null
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}
