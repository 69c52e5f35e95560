/** Whitespace (including NBSP and the ideographic space) and zero-width characters. */
const SPACE_RUN = /[\s\u200b-\u200d\u2060\ufeff]+/g

/** One character that is not in {@link SPACE_RUN}'s class. */
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/

/** Something {@link collapseSpace} changes: a space character other than `' '`, a zero-width one, or two spaces. */
const UNCOLLAPSED = /[^\S ]|[\u200b-\u200d\u2060\ufeff]| {2}/

/** Collapse every run of whitespace to one space (no trimming). Text with nothing to collapse comes back as is. */
export function collapseSpace(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(SPACE_RUN, ' ') : text
}

/** Collapse whitespace and trim: the text rules match against this. */
export function normalizeText(text: string): string {
  return collapseSpace(text).trim()
}

/**
 * Whether `text` holds anything but whitespace and zero-width characters:
 * the same answer as `normalizeText(text) !== ''`, without building a string.
 */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text)
}
