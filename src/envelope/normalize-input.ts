const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/** Any surrogate code unit (paired or not). */
const SURROGATE = /[\uD800-\uDFFF]/

/** `String.prototype.isWellFormed` where the runtime has it (ES2024). */
const nativeIsWellFormed = (String.prototype as {isWellFormed?: (this: string) => boolean}).isWellFormed

/**
 * Normalize raw input: drop a byte-order mark, turn CRLF and lone CR into LF,
 * replace NUL and lone surrogates with U+FFFD so every later step sees
 * well-formed text.
 */
export function normalizeInput(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
  if (text.includes('\0')) text = text.replaceAll('\0', '\uFFFD')
  return mayHaveLoneSurrogate(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text
}

/**
 * Whether `text` may hold a lone surrogate (never `false` when it does). A cheap scan (native
 * `isWellFormed`, else "any surrogate at all"): most text has none, and the
 * replacing regex, with its lookarounds, is slow on long input.
 */
export function mayHaveLoneSurrogate(text: string): boolean {
  if (nativeIsWellFormed !== undefined) return !nativeIsWellFormed.call(text)
  return SURROGATE.test(text)
}
