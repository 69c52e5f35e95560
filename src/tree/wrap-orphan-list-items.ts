import type {Element, ElementContent, Root, RootContent} from 'hast'
import {whitespace} from 'hast-util-whitespace'

/** Elements whose `<li>` children are the items of a list. */
const LIST_PARENTS: ReadonlySet<string> = new Set(['ul', 'ol', 'menu'])

/**
 * Wrap each run of `<li>` children of `parent` (`<li>a<li>b` in a fragment,
 * which parse5 leaves without a `<ul>`) into a `<ul>`, with the whitespace
 * between its items: one list, as the Markdown output reads back, not a list
 * per item. A list's own items are left alone.
 */
export function wrapOrphanListItems(parent: Root | Element): void {
  if (parent.type === 'element' && LIST_PARENTS.has(parent.tagName)) return
  wrapIn(parent)
}

function wrapIn(parent: Root | Element): void {
  const children: RootContent[] = parent.children
  if (!children.some(isListItem)) return
  const out: RootContent[] = []
  let run: ElementContent[] | null = null
  let pending: ElementContent[] = []
  for (const child of children) {
    if (isListItem(child)) {
      if (run === null) {
        run = []
        out.push({type: 'element', tagName: 'ul', properties: {}, children: run})
      } else for (const space of pending) run.push(space)
      pending = []
      run.push(child)
    } else if (run !== null && child.type === 'text' && whitespace(child)) {
      pending.push(child)
    } else {
      for (const space of pending) out.push(space)
      pending = []
      run = null
      out.push(child)
    }
  }
  for (const space of pending) out.push(space)
  parent.children = out as Element['children']
}

function isListItem(node: RootContent): node is Element {
  return node.type === 'element' && node.tagName === 'li'
}
