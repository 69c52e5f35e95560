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

/**
 * `normalizeUrl(url)` (src/util/url.ts): the trimmed URL as is when it is
 * already normalized, else {@link normalizeUriFast} of it.
 */
export function normalizeUrlFast(url: string): string {
  const trimmed = url.trim()
  return isNormalizedUri(trimmed) ? trimmed : normalizeUriFast(trimmed)
}

/**
 * `normalizeUri` of micromark-util-sanitize-uri, the same algorithm with
 * the kept ASCII characters looked up by code instead of a regular
 * expression per character: percent-encode what must be (a lone surrogate
 * as U+FFFD), keep correct escapes.
 */
export function normalizeUriFast(value: string): string {
  let out = ''
  let start = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    let replace = ''
    let skip = 0
    if (code === 0x25 && isAsciiAlphanumeric(value.charCodeAt(index + 1)) && isAsciiAlphanumeric(value.charCodeAt(index + 2))) {
      skip = 2
    } else if (code < 0x80) {
      if (!isKeptAscii(code)) replace = String.fromCharCode(code)
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = value.charCodeAt(index + 1)
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        replace = String.fromCharCode(code, next)
        skip = 1
      } else {
        replace = '\uFFFD'
      }
    } else {
      replace = String.fromCharCode(code)
    }
    if (replace !== '') {
      out += value.slice(start, index) + encodeURIComponent(replace)
      start = index + skip + 1
    }
    index += skip
  }
  return out + value.slice(start)
}

/** `[!#$&-;=?-Z_a-z~]`: the ASCII characters `normalizeUri` keeps. */
function isKeptAscii(code: number): boolean {
  return code === 0x21 || code === 0x23 || code === 0x24 || (code >= 0x26 && code <= 0x3b) || code === 0x3d
    || (code >= 0x3f && code <= 0x5a) || code === 0x5f || (code >= 0x61 && code <= 0x7a) || code === 0x7e
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}
