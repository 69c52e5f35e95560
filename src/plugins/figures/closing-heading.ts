import type {Element, Root, RootContent} from 'hast'
import {walk} from '../../util/walk.js'
import {hasVisibleText} from '../strip-boilerplate/normalize-text.js'

/** A promoted heading and where it sits. */
interface Placed {
  heading: Element
  index: number
  parent: Root | Element
}

/**
 * Turn back into a bold paragraph (`<p><strong>…</strong></p>`) a heading
 * made from a line (one of `promoted`) when no text or image follows it: a
 * closing bold line (`本文作者为…编辑委员 村山宏`) is a note, not the title of
 * a section.
 */
export function demoteClosingHeading(tree: Root, promoted: ReadonlySet<Element>): void {
  const found: {last: Placed | null} = {last: null}
  walk(tree, (node, index, parent) => {
    const content = node as RootContent
    if (content.type === 'element' && promoted.has(content)) {
      found.last = {heading: content, index: index!, parent: parent as Root | Element}
      return false
    }
    if (found.last !== null && ((content.type === 'element' && content.tagName === 'img') || (content.type === 'text' && hasVisibleText(content.value)))) {
      found.last = null
    }
    return undefined
  })
  const {last} = found
  if (last === null) return
  last.parent.children[last.index] = {
    type: 'element', tagName: 'p', properties: {},
    children: [{type: 'element', tagName: 'strong', properties: {}, children: last.heading.children}]
  }
}
