/** Whitespace (including NBSP and the ideographic space) and zero-width characters. */
const SPACE_RUN = /[\s\u200b-\u200d\u2060\ufeff]+/g

/** One character that is not in {@link SPACE_RUN}'s class. */
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/

/**
 * A character of {@link SPACE_RUN}'s class other than `' '`, spelled out as
 * one class (`\s` is the Unicode space separators, tab, vertical tab, form
 * feed, U+FEFF and the line terminators).
 */
const ODD_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/

/** Collapse every run of whitespace to one space (no trimming). Text with nothing to collapse comes back as is. */
export function collapseSpace(text: string): string {
  return ODD_SPACE.test(text) || text.includes('  ') ? text.replace(SPACE_RUN, ' ') : text
}

/** Collapse whitespace and trim: the text rules match against this. */
export function normalizeText(text: string): string {
  return collapseSpace(text).trim()
}

/**
 * {@link normalizeText} for a text made of {@link collapseSpace} results and
 * `' '` (a block summary's text): it holds no whitespace but `' '`, so only
 * the runs of spaces where its parts meet are left to collapse.
 */
export function normalizeJoined(text: string): string {
  return (text.includes('  ') ? text.replace(SPACE_RUN, ' ') : text).trim()
}

/**
 * Whether `text` holds anything but whitespace and zero-width characters:
 * the same answer as `normalizeText(text) !== ''`, without building a string.
 */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text)
}
