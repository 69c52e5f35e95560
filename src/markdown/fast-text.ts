import type {Parents, Text} from 'mdast'
import type {Handle, Info, SafeConfig, State} from 'mdast-util-to-markdown'
import {patternIndex} from './fast-safe.js'

/**
 * How much of a text {@link peek} serializes. Whether `safe` escapes the
 * first character depends only on the first four (the unsafe patterns look
 * at most one character past the next one, and a match that could hide
 * another at the first two positions cannot reach past them; the end of the
 * value, `$`, is then far away).
 */
const PEEK_PREFIX = 16

/**
 * What the serializer needs of a text that comes next (only its first
 * character, to escape the text before it): a string that starts with the
 * same character as the text's serialization. That is the text itself when
 * its first character is no pattern's and no backslash, since escaping
 * cannot then change that character; else the serialization of its first
 * {@link PEEK_PREFIX} characters (the whole text would be written out only
 * to read one character).
 */
const peek: Handle = function (node: Text, parent, state, info) {
  const value = node.value
  const first = value.charAt(0)
  if (first === '' || (first !== '\\' && !patternIndex(state.unsafe).byCharacter.has(first))) return value
  const prefix: Text = value.length > PEEK_PREFIX ? {type: 'text', value: value.slice(0, PEEK_PREFIX)} : node
  return text(prefix, parent, state, info)
}

/**
 * mdast-util-to-markdown's `text` handler, with the config for `safe` built
 * as one object literal instead of `{...info, afterNode, beforeNode}`. On
 * Node 20's V8, adding properties after a spread takes a slow path (about
 * 1 µs per added property; see docs/benchmarks.md), which made the
 * spread the largest single cost of writing a paragraph. `safe` reads only
 * the fields copied here; `now` and `lineShift` are copied too, so the
 * config holds everything the original's did.
 */
function text(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const siblings = parent ? parent.children : []
  const index = state.indexStack[state.indexStack.length - 1]!
  const config: SafeConfig & Partial<Info> = {
    before: info.before,
    after: info.after,
    now: info.now,
    lineShift: info.lineShift,
    encode: (info as SafeConfig).encode,
    afterNode: siblings[index + 1],
    beforeNode: siblings[index - 1]
  }
  return state.safe(node.value, config)
}

/**
 * mdast-util-to-markdown's `text` handler with a cheaper `peek`: the default
 * handler has none, so the serializer writes out every text twice, once
 * whole just to read the first character. (The escaping itself is made
 * cheaper by {@link fastSafe}, which `preparedOptions` installs.)
 */
export const fastText: Handle & {peek: Handle} = Object.assign(text as Handle, {peek})
