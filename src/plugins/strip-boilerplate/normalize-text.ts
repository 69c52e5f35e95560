/** Whitespace (including NBSP and the ideographic space) and zero-width characters. */
const SPACE_RUN = /[\s\u200b-\u200d\u2060\ufeff]+/g

/** Collapse every run of whitespace to one space (no trimming). */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ')
}

/** Collapse whitespace and trim: the text rules match against this. */
export function normalizeText(text: string): string {
  return collapseSpace(text).trim()
}
