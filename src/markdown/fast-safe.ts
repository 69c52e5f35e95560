import type {State, Unsafe} from 'mdast-util-to-markdown'

type Safe = State['safe']

/**
 * `state.safe` with the same output, made cheaper: what the text, link and
 * image handlers (and every other caller) escape with.
 *
 * The default `safe` runs every unsafe pattern (about 50 with GFM) as a
 * regular expression over the value with the characters around it
 * (`config.before` and `config.after`). A pattern's match always holds the
 * pattern's `character` at the position it reports. So a pattern whose
 * character occurs neither in the value nor around it matches nothing.
 * One whose character occurs only around the value matches only there: those
 * positions are never escaped, the checks `safe` makes of neighbouring
 * escapes only look inside the value, and only the intraword-underscore
 * check looks at the character just around it, asking whether it is a
 * word character that matched. The only pattern characters that are word
 * characters to it are control characters. So `safe` is handed only the
 * patterns whose character occurs in the value, or is a control character
 * around it, and a value holding none of them and no backslash (which `safe`
 * also escapes) is returned as it is.
 *
 * @param state The serializer's state; `state.unsafe` is read on every call.
 */
export function fastSafe(state: State): Safe {
  const safe = state.safe
  return function (value, config) {
    const unsafe = state.unsafe
    const {characters, characterCodes, codes, subsets, onlyAscii} = patternIndex(unsafe)
    const input = value ?? ''
    const present = presentCodes(input, codes, config.before ?? '', config.after ?? '')
    // No pattern character and no backslash (its code is in `codes` too): nothing to escape.
    if (present === null && onlyAscii) return input
    let key = ''
    for (let position = 0; position < characters.length; position++) {
      const code = characterCodes[position]!
      if (code === -1 ? input.includes(characters[position]!) : present !== null && present[code] === 1) key += characters[position]
    }
    if (key === '' && !input.includes('\\')) return input
    let patterns = subsets.get(key)
    if (patterns === undefined) {
      patterns = unsafe.filter((pattern) => key.includes(pattern.character))
      if (subsets.size >= MAX_SUBSETS) subsets.clear()
      subsets.set(key, patterns)
    }
    state.unsafe = patterns
    try {
      return safe.call(state, value, config)
    } finally {
      state.unsafe = unsafe
    }
  }
}

/** The table {@link presentCodes} fills (one per module: the serializer is synchronous). */
const SEEN = new Uint8Array(128)

/**
 * Which of the ASCII code units marked in `codes` occur in `value`, or occur
 * in `before` or `after` as a control character, in one pass over `value`
 * (instead of one `includes` scan per pattern character, 57 with GFM):
 * `null` when none does, else a table shared between calls that is valid
 * until the next call.
 */
function presentCodes(value: string, codes: Uint8Array, before: string, after: string): Uint8Array | null {
  SEEN.fill(0)
  let any = false
  for (let position = 0; position < value.length; position++) {
    const code = value.charCodeAt(position)
    if (code < 128 && codes[code] === 1) {
      SEEN[code] = 1
      any = true
    }
  }
  for (const around of [before, after]) {
    for (let position = 0; position < around.length; position++) {
      const code = around.charCodeAt(position)
      if (isWordControl(code) && codes[code] === 1) {
        SEEN[code] = 1
        any = true
      }
    }
  }
  return any ? SEEN : null
}

/**
 * A control character that micromark classifies as neither whitespace nor
 * punctuation: a word character to `safe`'s intraword-underscore check.
 */
function isWordControl(code: number): boolean {
  return (code < 32 && (code < 9 || code > 13)) || code === 127
}

/** How many subsets are kept (a long run meets only a few hundred character combinations). */
const MAX_SUBSETS = 4096

/** The patterns of one `state.unsafe` list by character, and its subsets by the characters they cover. */
export interface PatternIndex {
  byCharacter: Map<string, Unsafe[]>
  /** The pattern characters, in the order of {@link PatternIndex.byCharacter}. */
  characters: string[]
  /** For each of {@link PatternIndex.characters}, its code when it is one ASCII character (read from the table of present codes), else -1 (searched for). */
  characterCodes: Int16Array
  /** 1 at the code of each one-character pattern character and of the backslash. */
  codes: Uint8Array
  /** Every pattern character is one ASCII character (so `codes` marks them all). */
  onlyAscii: boolean
  subsets: Map<string, Unsafe[]>
}

/**
 * The index of the last `state.unsafe` seen: a copy of the list, and the
 * list itself. Each `toMarkdown` call copies the same pattern objects into a
 * new list, so the index is reused while the list holds the same patterns in
 * the same order; within one call the list is the same object, checked first.
 */
let last: {unsafe: readonly Unsafe[]; list: readonly Unsafe[]; index: PatternIndex} | null = null

/** The {@link PatternIndex} of `unsafe` (cached while the list holds the same patterns). */
export function patternIndex(unsafe: State['unsafe']): PatternIndex {
  if (last !== null && (last.list === unsafe || sameList(last.unsafe, unsafe))) {
    last.list = unsafe
    return last.index
  }
  const byCharacter = new Map<string, Unsafe[]>()
  for (const pattern of unsafe) {
    const list = byCharacter.get(pattern.character) ?? []
    list.push(pattern)
    byCharacter.set(pattern.character, list)
  }
  const codes = new Uint8Array(128)
  codes[92] = 1 // `\`: `safe` escapes backslashes too.
  let onlyAscii = true
  for (const character of byCharacter.keys()) {
    if (character.length === 1 && character.charCodeAt(0) < 128) codes[character.charCodeAt(0)] = 1
    else onlyAscii = false
  }
  const characters = [...byCharacter.keys()]
  const characterCodes = Int16Array.from(characters, (character) => (character.length === 1 && character.charCodeAt(0) < 128 ? character.charCodeAt(0) : -1))
  const found: PatternIndex = {byCharacter, characters, characterCodes, codes, onlyAscii, subsets: new Map()}
  last = {unsafe: [...unsafe], list: unsafe, index: found}
  return found
}

function sameList(a: readonly Unsafe[], b: readonly Unsafe[]): boolean {
  if (a.length !== b.length) return false
  for (let position = 0; position < a.length; position++) if (a[position] !== b[position]) return false
  return true
}
