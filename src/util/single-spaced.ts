/**
 * Whether `text` is already collapsed by the whitespace class `isSpace`: no
 * such character at either end, and every run of them a single plain space
 * (U+0020). True for `''`. Written as a code-unit loop so the common case
 * (text already collapsed) allocates nothing.
 */
export function isSingleSpaced(text: string, isSpace: (code: number) => boolean): boolean {
  let previousSpace = true
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x20) {
      if (previousSpace) return false
      previousSpace = true
    } else if (isSpace(code)) return false
    else previousSpace = false
  }
  return !previousSpace || text.length === 0
}
