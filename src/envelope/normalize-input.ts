const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Normalize raw input: drop a byte-order mark, turn CRLF and lone CR into LF,
 * replace NUL and lone surrogates with U+FFFD so every later step sees
 * well-formed text.
 */
export function normalizeInput(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
  if (text.includes('\0')) text = text.replaceAll('\0', '\uFFFD')
  return text.replace(LONE_SURROGATE, '\uFFFD')
}
