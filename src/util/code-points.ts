/**
 * Code-point counting on UTF-16 strings, as `Array.from(text)` splits them:
 * a surrogate pair is one code point, a lone surrogate is one too.
 */

/**
 * The UTF-16 index after the first `count` code points of `text` (its length
 * when it has no more): `Array.from(text).slice(0, count).join('').length`.
 */
export function indexAfterCodePoints(text: string, count: number): number {
  let index = 0
  for (let seen = 0; seen < count && index < text.length; seen++) {
    const code = text.charCodeAt(index)
    const next = text.charCodeAt(index + 1)
    index += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1
  }
  return index
}
