import {normalizeUrl} from './url.js'

/**
 * Whether `value` is a URI that `normalizeUri` (micromark-util-sanitize-uri)
 * returns unchanged: only ASCII characters it keeps as they are
 * (`[!#$&-;=?-Z_a-z~]`) and correct percent escapes (`%` and two ASCII
 * letters or digits). A cheap scan: that function tests each character with
 * a regular expression on a new one-character string.
 */
export function isNormalizedUri(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 0x25) {
      if (!isAsciiAlphanumeric(value.charCodeAt(index + 1)) || !isAsciiAlphanumeric(value.charCodeAt(index + 2))) return false
      index += 2
    } else if (!isKeptAscii(code)) return false
  }
  return true
}

/** `normalizeUrl(url)` (src/util/url.ts), without its per-character work when the trimmed URL is already normalized. */
export function normalizeUrlFast(url: string): string {
  const trimmed = url.trim()
  return isNormalizedUri(trimmed) ? trimmed : normalizeUrl(url)
}

/** `[!#$&-;=?-Z_a-z~]`: the ASCII characters `normalizeUri` keeps. */
function isKeptAscii(code: number): boolean {
  return code === 0x21 || code === 0x23 || code === 0x24 || (code >= 0x26 && code <= 0x3b) || code === 0x3d
    || (code >= 0x3f && code <= 0x5a) || code === 0x5f || (code >= 0x61 && code <= 0x7a) || code === 0x7e
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}
