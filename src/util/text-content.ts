import type {Nodes, Text} from 'hast'
import {walk} from './walk.js'

/**
 * `toString(node)` of hast-util-to-string: the text node descendants' values
 * concatenated in tree order (a comment or doctype given on its own gives its
 * value, one inside gives nothing). Iterative (through {@link walk}), so deep
 * trees cannot overflow the stack, and without an array per element.
 */
export function textContent(node: Nodes): string {
  if (!('children' in node)) return 'value' in node ? node.value : ''
  let text = ''
  walk(node, (child) => {
    if (child.type === 'text') text += (child as Text).value
  })
  return text
}
