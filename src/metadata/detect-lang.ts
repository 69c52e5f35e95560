import {isWhitespaceCode} from './text.js'

/** Common characters that exist only in simplified Chinese. */
const SIMPLIFIED = '这国会说为发时们来个对进过还么与后经现问关开东见长门间车书学实区应将从当无动战产线亲头'
  + '听报让认讲话语边华务体价总统执选权该资业识网络专传级类习乐万广义两军'
/** Common characters that exist only in traditional Chinese. */
const TRADITIONAL = '這國會說為發時們來個對進過還麼與後經現問關開東見長門間車書學實區應將從當無動戰產線親頭'
  + '聽報讓認講話語邊華務體價總統執選權該資業識網絡專傳級類習樂萬廣義兩軍'

/** Fewest kana that make a text Japanese by counting words (see {@link ScriptCounts.lang}). */
const MIN_KANA = 20

/** Fewest Han characters that make a text Chinese by counting words (see {@link ScriptCounts.lang}). */
const MIN_HAN_FOR_WORDS = 20

/** Languages {@link FUNCTION_WORDS} tells apart. */
type LatinLanguage = 'en' | 'de' | 'es' | 'fr' | 'pt' | 'it' | 'nl'
const LATIN_LANGUAGES: readonly LatinLanguage[] = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl']

/**
 * Short function words (four letters at most) that mark a language written in
 * Latin letters, and which languages each marks: English text shows `the`,
 * `and`, `of`; German `der`, `und`, `ist`; Spanish `el`, `los`, `por`.
 */
const FUNCTION_WORDS: ReadonlyMap<string, readonly LatinLanguage[]> = functionWords({
  en: 'the and of to is that for with was on are this by it as from have has not but be at he she they his were will an or',
  de: 'der die und das ist den nicht mit von zu dem auf sich ein eine auch wir ich es im für dass wie aus nach bei war hat sind',
  es: 'el la de que y en los del las por con una su para es al lo se como más pero sus le ya fue un',
  fr: 'le la les de et des est une pour dans que qui un du au en pas sur ce il elle sont avec par plus nous',
  pt: 'o a os as de que e do da em um uma para com não por dos das no na se mais foi ao',
  it: 'il la di che e è un una per con non del le lo gli nel sono da al si ma',
  nl: 'de het een en van is dat op te zijn niet met voor die er aan ook als'
})

function functionWords(lists: Record<LatinLanguage, string>): Map<string, LatinLanguage[]> {
  const words = new Map<string, LatinLanguage[]>()
  for (const language of LATIN_LANGUAGES) {
    for (const word of lists[language].split(' ')) words.set(word, [...(words.get(word) ?? []), language])
  }
  return words
}

/** Fewest function words that let Latin text be other than English. */
const MIN_FUNCTION_WORDS = 5

/** What a code unit is to {@link ScriptCounts}: a script, whitespace (`\s`), a surrogate half, or other. */
const enum Script { Other, Latin, Kana, Hangul, Han, Simplified, Traditional, Space, HighSurrogate, LowSurrogate }

/**
 * The script of each UTF-16 code unit, looked up by code (every range and
 * character counted here is in the Basic Multilingual Plane; surrogate halves
 * and whitespace have classes of their own), built on first use.
 */
let scripts: Uint8Array | null = null

function scriptTable(): Uint8Array {
  if (scripts !== null) return scripts
  const table = new Uint8Array(0x10000)
  const fill = (from: number, to: number, script: Script) => table.fill(script, from, to + 1)
  fill(0x41, 0x5a, Script.Latin)
  fill(0x61, 0x7a, Script.Latin)
  // Accented letters (Latin-1 Supplement and Latin Extended-A, without × and ÷): `für`, `más`, `été` are one word.
  fill(0xc0, 0x17f, Script.Latin)
  table[0xd7] = Script.Other
  table[0xf7] = Script.Other
  fill(0x3040, 0x30ff, Script.Kana)
  fill(0xac00, 0xd7af, Script.Hangul)
  fill(0x3400, 0x4dbf, Script.Han)
  fill(0x4e00, 0x9fff, Script.Han)
  for (const char of SIMPLIFIED) table[char.charCodeAt(0)] = Script.Simplified
  for (const char of TRADITIONAL) table[char.charCodeAt(0)] = Script.Traditional
  fill(0xd800, 0xdbff, Script.HighSurrogate)
  fill(0xdc00, 0xdfff, Script.LowSurrogate)
  for (let code = 0; code < 0x10000; code++) if (isWhitespaceCode(code)) table[code] = Script.Space
  scripts = table
  return table
}

/**
 * A BCP 47 tag for `text` from the characters themselves: `zh-Hans` or
 * `zh-Hant` (by counting script-only characters), `ja` or `ko` when kana or
 * Hangul make up at least a fifth of the letters, Chinese also when Han
 * characters (at least 20) are at least half as many as Latin words (and
 * `ja` so when at least 20 kana are a fifth of the kana and Han), for Latin
 * text `de`, `es`, `fr`, `pt`, `it` or `nl` when its function words plainly
 * say so and `en` otherwise, `zh` for Han text that shows neither script,
 * `null` for too little text.
 */
export function detectLang(text: string): string | null {
  const counts = new ScriptCounts()
  counts.add(text)
  return counts.lang()
}

/**
 * Characters of a text counted by script, added a piece at a time (the text
 * nodes of a tree, without joining them): {@link ScriptCounts.lang} of the
 * pieces is {@link detectLang} of their concatenation. Also tracks whether
 * any piece holds a character in U+3400–U+9FFF (CJK ideographs) and counts
 * the code points that are not whitespace, each piece on its own (a surrogate
 * pair counts once, also when whitespace stands between its halves).
 */
export class ScriptCounts {
  private readonly counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
  /** Whether a character in U+3400–U+9FFF was added (`/[\u3400-\u9fff]/`). */
  ideographs = false
  /** Code points that are not whitespace, summed over the pieces. */
  characters = 0
  /** Runs of Latin letters (words, roughly), a run cut between two pieces counted once. */
  private latinWords = 0
  private inLatinWord = false
  /** Function words seen per language ({@link FUNCTION_WORDS}), in {@link LATIN_LANGUAGES} order. */
  private readonly functionWordCounts = LATIN_LANGUAGES.map(() => 0)

  /** Whether a character that is not whitespace (`\S`) was added. */
  get visible(): boolean {
    return this.characters > 0
  }

  /** Count the characters of `text`. */
  add(text: string): void {
    const table = scriptTable()
    const counts = this.counts
    let characters = 0
    let ideographs = false
    let openHigh = false
    let inWord = this.inLatinWord
    let words = 0
    // Where the current word began in this piece (-1: it began in an earlier one, and is not read).
    let wordStart = -1
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      const script = table[code]!
      counts[script]!++
      if (script === Script.Latin) {
        if (!inWord) {
          words++
          wordStart = index
        }
        inWord = true
      } else {
        if (inWord && wordStart !== -1 && index - wordStart <= 4) this.countFunctionWord(text.slice(wordStart, index))
        inWord = false
        wordStart = -1
      }
      if (script === Script.Space) continue
      if (script === Script.LowSurrogate && openHigh) {
        openHigh = false
        continue
      }
      characters++
      openHigh = script === Script.HighSurrogate
      if (code >= 0x3400 && code <= 0x9fff) ideographs = true
    }
    if (inWord && wordStart !== -1 && text.length - wordStart <= 4) this.countFunctionWord(text.slice(wordStart))
    this.characters += characters
    this.latinWords += words
    this.inLatinWord = inWord
    if (ideographs) this.ideographs = true
  }

  private countFunctionWord(word: string): void {
    const languages = FUNCTION_WORDS.get(word.toLowerCase())
    if (languages === undefined) return
    for (const language of languages) this.functionWordCounts[LATIN_LANGUAGES.indexOf(language)]!++
  }

  /**
   * The language of Latin text by its function words: English unless another
   * language shows at least {@link MIN_FUNCTION_WORDS} of its own and half as
   * many again as English and every other language.
   */
  private latinLanguage(): LatinLanguage {
    const counts = this.functionWordCounts
    let best = 0
    for (let index = 1; index < counts.length; index++) if (counts[index]! > counts[best]!) best = index
    if (best === 0 || counts[best]! < MIN_FUNCTION_WORDS) return 'en'
    for (let index = 0; index < counts.length; index++) {
      if (index !== best && counts[index]! * 3 > counts[best]! * 2) return 'en'
    }
    return LATIN_LANGUAGES[best]!
  }

  /** The language of everything added, as {@link detectLang} gives it. */
  lang(): string | null {
    const [, latin, kana, hangul, hanOnly, simplified, traditional] = this.counts as [number, number, number, number, number, number, number]
    const han = hanOnly + simplified + traditional
    const letters = han + kana + hangul + latin
    if (letters < 20) return null
    if (kana * 5 >= letters && kana * 5 >= han) return 'ja'
    // Japanese full of Latin names and links: kana are a fifth of its Japanese script, which is dense as Chinese is.
    if (kana >= MIN_KANA && kana * 5 >= kana + han && (kana + han) * 2 >= this.latinWords) return 'ja'
    if (hangul * 5 >= letters) return 'ko'
    // Han text is dense: a character is about a word. Chinese full of product names and code
    // (`在 transformers、timm、MLX 等开源库中`) has more Latin letters than Han, but not more words.
    if (han * 5 >= letters || (han >= MIN_HAN_FOR_WORDS && han * 2 >= this.latinWords)) {
      if (simplified > traditional * 2) return 'zh-Hans'
      if (traditional > simplified * 2) return 'zh-Hant'
      return 'zh'
    }
    return latin * 2 >= letters ? this.latinLanguage() : null
  }
}

/** A language tag from front matter or `<html lang>` in canonical case (`zh-cn` → `zh-Hans`), or `null`. */
export function normalizeLangTag(tag: string): string | null {
  const text = tag.trim().replace(/_/g, '-')
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/.test(text)) return null
  const lower = text.toLowerCase()
  if (lower === 'zh-cn' || lower === 'zh-sg' || lower === 'zh-hans' || lower.startsWith('zh-hans-')) return 'zh-Hans'
  if (lower === 'zh-tw' || lower === 'zh-hk' || lower === 'zh-mo' || lower === 'zh-hant' || lower.startsWith('zh-hant-')) return 'zh-Hant'
  const [language, ...rest] = lower.split('-')
  return [language, ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1) : part))].join('-')
}

/** Languages written in Han, kana or Hangul: the scripts {@link detectLang} tells from Latin. */
const CJK_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'ko'])

/**
 * The article's language from a declared tag (front matter, `<html lang>`,
 * canonical case) and the one its text shows ({@link detectLang}): the
 * declared tag, refined when it is a bare `zh`, unless the text is plainly in
 * another script (a mirror's page template that says `zh-CN` around an
 * English article, or `en` around a Chinese one); then the text's.
 */
export function chooseLang(declared: string | null, detected: string | null): string | null {
  if (declared === null) return detected
  if (detected === null) return declared
  if (declared === 'zh') return detected
  const declaredCjk = CJK_LANGUAGES.has(declared.split('-')[0]!)
  const detectedCjk = CJK_LANGUAGES.has(detected.split('-')[0]!)
  return declaredCjk === detectedCjk ? declared : detected
}
