import type {Element, Root, RootContent} from 'hast'
import {isPhrasing} from './wrap-loose-text.js'

/** Blocks with a structure of their own, which no phrasing element can carry into Markdown. */
const STRUCTURE: ReadonlySet<string> = new Set([
  'ul', 'ol', 'menu', 'li', 'dl', 'dt', 'dd', 'table', 'blockquote', 'pre', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure'
])

/**
 * Unwrap formatting around a list, table, quote, heading or other structured
 * block among `parent`'s children (`<del><li>…`, as parse5 leaves an unclosed
 * `<del>`), also when the block sits deeper in formatting (`<del><i><ol>`):
 * Markdown has no strikethrough or emphasis around a list, and
 * hast-util-to-mdast would write the list's items as text inside it. Links are
 * left alone (hast-util-to-mdast splits them around blocks).
 *
 * `known` remembers which elements wrap structure; one map may serve a whole
 * walk that calls this on each element in turn (unwrapping never adds
 * structure under an element), so each element is looked into once.
 */
export function unwrapPhrasingAroundStructure(parent: Root | Element, known: WeakMap<Element, boolean> = new WeakMap()): void {
  const children: RootContent[] = parent.children
  if (!children.some((child) => wrapsStructure(child, known))) return
  const out: RootContent[] = []
  const take = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (wrapsStructure(node, known)) take((node as Element).children)
      else out.push(node)
    }
  }
  take(children)
  parent.children = out as Element['children']
}

/** Whether `node` is formatting (phrasing, not a link) with a structured block among its children, or deeper in formatting. */
function wrapsStructure(node: RootContent, known: WeakMap<Element, boolean>): boolean {
  if (node.type !== 'element' || node.tagName === 'a' || !isPhrasing(node)) return false
  // Most formatting holds text only, or structure right inside: answered without the map.
  let nested = false
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (STRUCTURE.has(child.tagName)) return true
    nested = true
  }
  if (!nested) return false
  let answer = known.get(node)
  if (answer === undefined) {
    answer = node.children.some((child) => wrapsStructure(child, known))
    known.set(node, answer)
  }
  return answer
}
