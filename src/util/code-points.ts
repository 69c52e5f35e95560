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

/** The first code point of `text`, or `undefined` when it is empty. */
export function firstCodePoint(text: string): string | undefined {
  const code = text.codePointAt(0)
  return code === undefined ? undefined : String.fromCodePoint(code)
}

/** The last code point of `text` (a surrogate pair is one), or `undefined` when it is empty. */
export function lastCodePoint(text: string): string | undefined {
  if (text === '') return undefined
  const end = text.length - 1
  const low = text.charCodeAt(end)
  const start = low >= 0xdc00 && low <= 0xdfff && end > 0 ? end - 1 : end
  return String.fromCodePoint(text.codePointAt(start)!)
}
