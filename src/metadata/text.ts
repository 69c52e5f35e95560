import {isSingleSpaced} from '../util/single-spaced.js'

/**
 * Whitespace helpers for the metadata readers, written as code-unit loops so
 * the common case (text already collapsed) allocates nothing. "Whitespace"
 * is exactly what `\s` matches in a JavaScript regular expression (and what
 * `String.prototype.trim` removes).
 */

/** Whether the UTF-16 code unit `code` is matched by `\s`. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Whether `text` holds a character that is not whitespace (`text.trim() !== ''`). */
export function hasNonWhitespace(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (!isWhitespaceCode(text.charCodeAt(index))) return true
  return false
}

/** Whether `text` holds whitespace (a search the regular-expression engine runs natively: cheaper than a call per code unit). */
export function hasWhitespace(text: string): boolean {
  return WHITESPACE.test(text)
}

const WHITESPACE = /\s/

/** Whether `text` is already collapsed: no whitespace at either end and every whitespace run a single space. */
export function isCollapsed(text: string): boolean {
  return isSingleSpaced(text, OTHER_WHITESPACE)
}

/** A character `\s` matches other than the space (U+0020). */
const OTHER_WHITESPACE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/

/** `text` with whitespace runs collapsed to one space and trimmed: `text.replace(/\s+/g, ' ').trim()`. */
export function collapseWhitespace(text: string): string {
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim()
}

/**
 * The number of code points in `text` once its whitespace is removed:
 * `codePoints(text.replace(/\s/gu, ''))`, where a surrogate pair counts once
 * (also a pair that only meets once the whitespace between is gone).
 */
export function countNonWhitespaceCodePoints(text: string): number {
  let count = 0
  let openHigh = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isWhitespaceCode(code)) continue
    if (openHigh && code >= 0xdc00 && code <= 0xdfff) {
      openHigh = false
      continue
    }
    count++
    openHigh = code >= 0xd800 && code <= 0xdbff
  }
  return count
}

/**
 * A cheap test that `findDate` (src/date/parse-date.ts) can only pass: every
 * date it reads holds a digit, ASCII or full-width, or is a Han-digit year
 * (`二〇二〇年`), which holds `年`. Text with none of these holds no date.
 */
export function mayHoldDate(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || code === 0x5e74) return true
  }
  return false
}
