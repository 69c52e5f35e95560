import type {Element, ElementContent, Root} from 'hast'
import {OPAQUE_TAGS} from './block-tags.js'
import {hasVisibleText, normalizeText} from './normalize-text.js'

/** Characters of text read for a report (the report shortens further). */
const REPORT_CHARS = 160

/**
 * The text to report for dropped nodes: their text (at most a little more
 * than the report keeps, read without walking more than needed), else the
 * first image's `alt` or `src`, else `''`. Nodes in `skip` are not read.
 */
export function reportText(nodes: readonly ElementContent[], skip: ReadonlySet<unknown>): string {
  let text = ''
  let image = ''
  const stack: ElementContent[] = [...nodes].reverse()
  while (stack.length > 0 && text.length < REPORT_CHARS) {
    const node = stack.pop() as ElementContent
    if (skip.has(node) && !nodes.includes(node)) continue
    if (node.type === 'text') {
      text += node.value
    } else if (node.type === 'element') {
      if (OPAQUE_TAGS.has(node.tagName)) continue
      if (node.tagName === 'br') text += ' '
      if (node.tagName === 'img' && image === '') image = imageLabel(node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as ElementContent)
    }
  }
  const flat = normalizeText(text)
  return flat !== '' ? flat : image
}

/**
 * Whether any of `nodes` holds text or an image (nodes in `skip` excluded).
 * Stops at the first found, in document order: siblings are not gathered
 * first (an `<article>` of 100,000 paragraphs answers at its first one).
 */
export function holdsContent(nodes: readonly (ElementContent | Root)[], skip: ReadonlySet<unknown>): boolean {
  const lists: Array<readonly (ElementContent | Root)[]> = [nodes]
  const indexes: number[] = [0]
  while (lists.length > 0) {
    const top = lists.length - 1
    const list = lists[top]!
    const index = indexes[top]!
    if (index >= list.length) {
      lists.pop()
      indexes.pop()
      continue
    }
    indexes[top] = index + 1
    const node = list[index]!
    if (skip.has(node) && !nodes.includes(node)) continue
    if (node.type === 'text' && hasVisibleText(node.value)) return true
    if (node.type === 'element') {
      if (OPAQUE_TAGS.has(node.tagName)) continue
      if (node.tagName === 'img' || node.tagName === 'iframe' || node.tagName === 'video') return true
    }
    if (node.type === 'element' || node.type === 'root') {
      lists.push(node.children as ElementContent[])
      indexes.push(0)
    }
  }
  return false
}

/** `alt` when set, else `src`. */
export function imageLabel(image: Element): string {
  const alt = stringProperty(image, 'alt')
  return alt !== '' ? alt : stringProperty(image, 'src')
}

/** A short CSS-like name of an element (`div#ad-1.slot`), for reports of empty blocks. */
export function describeElement(element: Element): string {
  const id = stringProperty(element, 'id')
  const className = element.properties.className
  const classes = Array.isArray(className) ? className.slice(0, 2).map(String) : []
  return element.tagName + (id ? `#${id}` : '') + classes.map((name) => `.${name}`).join('')
}

/** A property as a string (`''` when absent). */
export function stringProperty(element: Element, name: string): string {
  const value = element.properties[name]
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.join(' ')
  return ''
}
