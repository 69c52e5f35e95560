import type {Element, ElementContent, Root, RootContent} from 'hast'
import {whitespace} from 'hast-util-whitespace'
import {isPhrasing} from './wrap-loose-text.js'

/**
 * Move each `<br>` that opens or closes a phrasing child of `parent`
 * (`<a>获取更多RSS：<br></a>`, also deeper: `<b><i>x<br></i></b>`) out of it,
 * beside it: the line ends at the same place, and every later step sees the
 * text before the break as a line of its own, as the Markdown output
 * writes it. Whitespace between the break and the edge stays inside.
 */
export function hoistEdgeBreaks(parent: Root | Element): void {
  const children: RootContent[] = parent.children
  let out: RootContent[] | null = null
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (isFormatting(child)) {
      const before = takeEdgeBreaks(child, 'start')
      const after = takeEdgeBreaks(child, 'end')
      if (before.length > 0 || after.length > 0) {
        out ??= children.slice(0, index)
        out.push(...before, child, ...after)
        continue
      }
    }
    out?.push(child)
  }
  if (out !== null) parent.children = out as Element['children']
}

/** A phrasing element other than `<br>` with children. */
function isFormatting(node: RootContent): node is Element {
  return node.type === 'element' && node.tagName !== 'br' && node.children.length > 0 && isPhrasing(node)
}

/** Remove the breaks at one edge of `element` (through whitespace and nested formatting there) and return them in order. */
function takeEdgeBreaks(element: Element, edge: 'start' | 'end'): Element[] {
  const taken: Element[] = []
  const kids = element.children
  let index = edge === 'start' ? 0 : kids.length - 1
  const step = edge === 'start' ? 1 : -1
  while (index >= 0 && index < kids.length) {
    const node: ElementContent = kids[index]!
    if (node.type === 'element' && node.tagName === 'br') {
      kids.splice(index, 1)
      if (edge === 'start') taken.push(node)
      else taken.unshift(node)
      if (edge === 'end') index--
      continue
    }
    if (node.type === 'comment' || whitespace(node)) {
      index += step
      continue
    }
    if (isFormatting(node)) {
      const inner = takeEdgeBreaks(node, edge)
      if (edge === 'start') taken.push(...inner)
      else taken.unshift(...inner)
    }
    break
  }
  return taken
}
