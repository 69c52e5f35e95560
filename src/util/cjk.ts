/**
 * CJK characters: Han ideographs (with extensions), kana, Hangul, CJK and
 * full-width punctuation.
 */
const CJK =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u318f\u31a0-\u31ef\u3200-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud88f][\udc00-\udfff]/u

/** Whether `char` (one code point) is a CJK character or CJK punctuation. */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char)
}

/** Whether `text` contains any CJK character. */
export function hasCjk(text: string): boolean {
  return CJK.test(text)
}

/** Hangul (jamo, compatibility jamo, syllables): Korean writes spaces between words. */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]/

/**
 * Whether a line break next to `char` (one code point) can be no space to a
 * reader: Chinese and Japanese text (Han, kana, CJK punctuation) runs on
 * across lines; Korean does not (its words are spaced), so Hangul is left out.
 */
function joinsAcrossLines(char: string | undefined): boolean {
  return isCjk(char) && !HANGUL.test(char!)
}

/** Punctuation of any width. */
const PUNCTUATION = /\p{P}/u
/** A letter or digit of any script. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Whether a line break between `before` and `after` (one code point each)
 * is no space to a reader, after CSS Text's segment break transformation:
 * it goes between Chinese or Japanese characters, and between one and
 * punctuation or an object (`他说\n“我们`, `文字\n<img>`); it is a space
 * between Han or kana and a letter or digit of a spaced script (`中国\nChina`
 * → `中国 China`), unless the CJK side is full-width punctuation, which
 * carries its own space (`。\nIn` → `。In`).
 */
export function lineBreakJoins(before: string | undefined, after: string | undefined): boolean {
  if (joinsAcrossLines(before)) return PUNCTUATION.test(before!) || !isSpacedWordCharacter(after)
  if (joinsAcrossLines(after)) return PUNCTUATION.test(after!) || !isSpacedWordCharacter(before)
  return false
}

/** Whether `char` is a letter or digit of a script that spaces its words (Latin, Cyrillic, Hangul…). */
export function isSpacedWordCharacter(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char) && (!isCjk(char) || HANGUL.test(char))
}
