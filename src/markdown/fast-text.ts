import type {Text} from 'mdast'
import {defaultHandlers, type Handle, type State, type Unsafe} from 'mdast-util-to-markdown'

/**
 * mdast-util-to-markdown's `text` handler, with the same output, made cheaper.
 *
 * The default `safe` runs every unsafe pattern (about 50 with GFM) as a
 * regular expression over each text node. A pattern can only escape its own
 * `character` inside the text, so patterns whose character does not occur in
 * the text cannot change anything: this handler hands `safe` only the
 * patterns whose character occurs, and returns text holding none of them (and
 * no backslash, which `safe` also escapes) as it is. The few checks `safe`
 * makes of neighbouring escapes only look at positions of pattern
 * characters, so they see the same positions.
 */
const text: Handle = function (node: Text, parent, state, info) {
  const value = node.value
  const unsafe = state.unsafe
  const {byCharacter, codes, subsets} = index(unsafe)
  const present = presentCodes(value, codes)
  let key = ''
  for (const character of byCharacter.keys()) if (occurs(character, value, present)) key += character
  if (key === '' && (present === null || present[92] === 0)) return value
  let patterns = subsets.get(key)
  if (patterns === undefined) {
    patterns = unsafe.filter((pattern) => key.includes(pattern.character))
    if (subsets.size >= MAX_SUBSETS) subsets.clear()
    subsets.set(key, patterns)
  }
  state.unsafe = patterns
  try {
    return defaultHandlers.text(node, parent, state, info)
  } finally {
    state.unsafe = unsafe
  }
}

/** The table {@link presentCodes} fills (one per module: the serializer is synchronous). */
const SEEN = new Uint8Array(128)

/**
 * Which of the ASCII code units marked in `codes` occur in `value`, in one
 * pass (instead of one `includes` scan per pattern character, 57 with GFM):
 * `null` when none does, else a table shared between calls that is valid
 * until the next call.
 */
function presentCodes(value: string, codes: Uint8Array): Uint8Array | null {
  SEEN.fill(0)
  let any = false
  for (let position = 0; position < value.length; position++) {
    const code = value.charCodeAt(position)
    if (code < 128 && codes[code] === 1) {
      SEEN[code] = 1
      any = true
    }
  }
  return any ? SEEN : null
}

/** Whether `character` occurs in `value`, read from the `present` table when it is one ASCII character. */
function occurs(character: string, value: string, present: Uint8Array | null): boolean {
  if (character.length === 1 && character.charCodeAt(0) < 128) return present !== null && present[character.charCodeAt(0)] === 1
  return value.includes(character)
}

/** How many subsets are kept (a long run meets only a few hundred character combinations). */
const MAX_SUBSETS = 4096

/**
 * What the serializer needs of a text that comes next (only its first
 * character, to escape the text before it): the text itself when its first
 * character is no pattern's and no backslash, since escaping cannot then
 * change that character; the full serialization otherwise.
 */
const peek: Handle = function (node: Text, parent, state, info) {
  const first = node.value.charAt(0)
  if (first === '' || (first !== '\\' && !index(state.unsafe).byCharacter.has(first))) return node.value
  return text(node, parent, state, info)
}

/** The handler, with its `peek` (as mdast-util-to-markdown's handlers carry one). */
export const fastText: Handle & {peek: Handle} = Object.assign(text, {peek})

/** The patterns of one `state.unsafe` list by character, and its subsets by the characters they cover. */
interface PatternIndex {
  byCharacter: Map<string, Unsafe[]>
  /** 1 at the code of each one-character pattern character and of the backslash. */
  codes: Uint8Array
  subsets: Map<string, Unsafe[]>
}

/**
 * The index of the last `state.unsafe` seen. Each `toMarkdown` call copies
 * the same pattern objects into a new list, so the index is reused while the
 * list holds the same patterns in the same order.
 */
let last: {unsafe: readonly Unsafe[]; index: PatternIndex} | null = null

function index(unsafe: State['unsafe']): PatternIndex {
  if (last !== null && sameList(last.unsafe, unsafe)) return last.index
  const byCharacter = new Map<string, Unsafe[]>()
  for (const pattern of unsafe) {
    const list = byCharacter.get(pattern.character) ?? []
    list.push(pattern)
    byCharacter.set(pattern.character, list)
  }
  const codes = new Uint8Array(128)
  codes[92] = 1 // `\`: `safe` escapes backslashes too.
  for (const character of byCharacter.keys()) {
    if (character.length === 1 && character.charCodeAt(0) < 128) codes[character.charCodeAt(0)] = 1
  }
  const found: PatternIndex = {byCharacter, codes, subsets: new Map()}
  last = {unsafe: [...unsafe], index: found}
  return found
}

function sameList(a: readonly Unsafe[], b: readonly Unsafe[]): boolean {
  if (a.length !== b.length) return false
  for (let position = 0; position < a.length; position++) if (a[position] !== b[position]) return false
  return true
}
