import type {Element, ElementContent, Root} from 'hast'
import {append} from '../util/arrays.js'
import {eachElement} from '../util/walk.js'
import {isPhrasing} from './wrap-loose-text.js'

/** Blocks kept whole in a cell: their own structure (a nested table, preformatted text) is their content. */
const KEPT_WHOLE: ReadonlySet<string> = new Set(['table', 'pre', 'textarea'])

/**
 * A GFM table cell holds one line of inline content, so the blocks in an
 * HTML cell (`<td><p>NAA is GA.</p><p>Tokens go.</p></td>`, a list) become
 * its lines: each block's content, with a line ending between them. The
 * whitespace pass then reads each ending as a reader would (a space between
 * words, nothing between CJK characters) instead of the blocks' text running
 * together (`GA.Tokens`).
 */
export function flattenCellBlocks(tree: Root): void {
  eachElement(tree, (element) => {
    if (element.tagName !== 'td' && element.tagName !== 'th') return undefined
    if (element.children.some(isFlattened)) element.children = cellLines(element.children)
    return false
  })
}

/** `children` with each block replaced by its lines, and a line ending between a block and what is next to it. */
function cellLines(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  let afterBlock = false
  for (const child of children) {
    if (isFlattened(child)) {
      if (out.length > 0) out.push(lineEnding())
      append(out, child.children.some(isFlattened) ? cellLines(child.children) : child.children)
      afterBlock = true
      continue
    }
    if (afterBlock && !(child.type === 'text' && child.value.trim() === '')) {
      out.push(lineEnding())
      afterBlock = false
    }
    out.push(child)
  }
  return out
}

/** Whether `node` is a block whose content becomes lines of the cell. */
function isFlattened(node: ElementContent): node is Element {
  return node.type === 'element' && !isPhrasing(node) && !KEPT_WHOLE.has(node.tagName)
}

function lineEnding(): ElementContent {
  return {type: 'text', value: '\n'}
}
