import type {Text} from 'mdast'
import {defaultHandlers, type Handle} from 'mdast-util-to-markdown'
import {patternIndex} from './fast-safe.js'

/**
 * What the serializer needs of a text that comes next (only its first
 * character, to escape the text before it): the text itself when its first
 * character is no pattern's and no backslash, since escaping cannot then
 * change that character; the full serialization otherwise.
 */
const peek: Handle = function (node: Text, parent, state, info) {
  const first = node.value.charAt(0)
  if (first === '' || (first !== '\\' && !patternIndex(state.unsafe).byCharacter.has(first))) return node.value
  return defaultHandlers.text(node, parent, state, info)
}

/**
 * mdast-util-to-markdown's `text` handler with a cheaper `peek`: the default
 * handler has none, so the serializer writes out every text twice, once
 * whole just to read the first character. (The escaping itself is made
 * cheaper by {@link fastSafe}, which `preparedOptions` installs.)
 */
export const fastText: Handle & {peek: Handle} = Object.assign(
  function (node: Text, parent, state, info) {
    return defaultHandlers.text(node, parent, state, info)
  } as Handle,
  {peek}
)
