import type {Element, Root, RootContent} from 'hast'
import {phrasing} from 'hast-util-phrasing'
import {whitespace} from 'hast-util-whitespace'
import {append} from '../util/arrays.js'

/**
 * Wrap runs of loose phrasing content (text and inline elements) that sit
 * beside block elements at the top of a fragment into `<p>`, as a reader
 * sees them: `日期：Mon, 22 Jun 2020<p>…</p>` is two blocks, not one line
 * glued to a paragraph. Runs of only whitespace stay as they are; a fragment
 * without block elements is left alone.
 */
export function wrapLooseText(root: Root): void {
  const children = root.children
  if (!children.some((child) => child.type === 'element' && !phrasing(child))) return
  const out: RootContent[] = []
  let run: RootContent[] = []
  const flush = (): void => {
    if (run.some((node) => !(node.type === 'comment' || whitespace(node)))) {
      const paragraph: Element = {type: 'element', tagName: 'p', properties: {}, children: run as Element['children']}
      out.push(paragraph)
    } else append(out, run)
    run = []
  }
  for (const child of children) {
    if (child.type === 'text' || child.type === 'comment' || (child.type === 'element' && phrasing(child))) run.push(child)
    else {
      flush()
      out.push(child)
    }
  }
  flush()
  root.children = out
}
