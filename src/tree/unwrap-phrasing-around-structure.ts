import type {Element, Root, RootContent} from 'hast'
import {isPhrasing} from './wrap-loose-text.js'

/** Blocks with a structure of their own, which no phrasing element can carry into Markdown. */
const STRUCTURE: ReadonlySet<string> = new Set([
  'ul', 'ol', 'menu', 'li', 'dl', 'dt', 'dd', 'table', 'blockquote', 'pre', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure'
])

/**
 * Unwrap formatting around a list, table, quote, heading or other structured
 * block among `parent`'s children (`<del><li>…`, as parse5 leaves an unclosed
 * `<del>`): Markdown has no strikethrough or emphasis around a list, and
 * hast-util-to-mdast would write the list's items as text inside it. Links are
 * left alone (hast-util-to-mdast splits them around blocks).
 */
export function unwrapPhrasingAroundStructure(parent: Root | Element): void {
  const children: RootContent[] = parent.children
  if (!children.some(wrapsStructure)) return
  const out: RootContent[] = []
  const take = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (wrapsStructure(node)) take((node as Element).children)
      else out.push(node)
    }
  }
  take(children)
  parent.children = out as Element['children']
}

function wrapsStructure(node: RootContent): boolean {
  if (node.type !== 'element' || node.tagName === 'a' || !isPhrasing(node)) return false
  return node.children.some((child) => child.type === 'element' && STRUCTURE.has(child.tagName))
}
