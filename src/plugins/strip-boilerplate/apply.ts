import type {Element, ElementContent, Parent, Root, RootContent} from 'hast'
import {MEDIA_TAGS, OPAQUE_TAGS} from './block-tags.js'
import {hasVisibleText} from './normalize-text.js'
import {holdsContent} from './report-text.js'
import type {CutPoint} from './walk.js'

/** No node skipped (see {@link holdsContent}). */
const NOTHING_SKIPPED: ReadonlySet<unknown> = new Set()

/** Table parts are never dropped for being empty: that would break the table. */
const KEEP_WHEN_EMPTY: ReadonlySet<string> = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'table', 'caption'])

/** Every node after the cut block in document order: its later siblings, then its ancestors' later siblings. */
export function nodesAfterCut(cut: CutPoint): ElementContent[] {
  const after: ElementContent[] = []
  const chain: Array<Parent | ElementContent> = [...cut.ancestors]
  let node: Parent | ElementContent = cut.decision.nodes[cut.decision.nodes.length - 1] as ElementContent
  for (let level = chain.length - 1; level >= 0; level--) {
    const parent = chain[level] as Parent
    const index = parent.children.indexOf(node as RootContent)
    for (const sibling of parent.children.slice(index + 1)) after.push(sibling as ElementContent)
    node = parent
  }
  return after
}

/**
 * Remove `removed` nodes from the tree, and the elements left with no
 * content (no text, no media) because of it. Returns whether anything went.
 */
export function removeNodes(root: Root, removed: ReadonlySet<unknown>): boolean {
  return prune(root, removed).lost
}

function prune(parent: Parent, removed: ReadonlySet<unknown>): {lost: boolean; content: boolean} {
  let lost = false
  let content = false
  // Kept children move down in place: no second array as long as the first (a wide parent's is large).
  const children = parent.children as RootContent[]
  let kept = 0
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (removed.has(child)) {
      lost = true
      continue
    }
    if (child.type === 'element' && !OPAQUE_TAGS.has(child.tagName)) {
      const inner = prune(child, removed)
      if (inner.lost && !inner.content && !KEEP_WHEN_EMPTY.has(child.tagName)) {
        lost = true
        continue
      }
      lost ||= inner.lost
      content ||= inner.content || MEDIA_TAGS.has(child.tagName)
    } else if (child.type === 'text') {
      content ||= hasVisibleText(child.value)
    }
    if (kept !== index) children[kept] = child
    kept++
  }
  if (lost) children.length = kept
  return {lost, content}
}

/**
 * After removals: drop separators (`hr`, `br`), blank text and empty
 * elements left at the start and end of the document, and an `hr` that
 * follows another `hr` with nothing in between.
 */
export function trimSeparators(root: Root): void {
  const children = root.children
  let start = 0
  while (start < children.length && isFiller(children[start] as RootContent)) start++
  let end = children.length
  while (end > start && isFiller(children[end - 1] as RootContent)) end--
  // Kept children move down in place.
  let kept = 0
  let lastWasRule = false
  for (let index = start; index < end; index++) {
    const child = children[index]!
    if (isRule(child)) {
      if (lastWasRule) continue
      lastWasRule = true
    } else if (lastWasRule && !isFiller(child)) {
      // Only after a rule does it matter whether a node is filler.
      lastWasRule = false
    }
    children[kept++] = child
  }
  if (kept !== children.length) children.length = kept
}

function isRule(node: RootContent): boolean {
  return node.type === 'element' && node.tagName === 'hr'
}

function isFiller(node: RootContent): boolean {
  if (node.type === 'comment' || node.type === 'doctype') return true
  if (node.type === 'text') return !hasVisibleText(node.value)
  if (node.type !== 'element') return false
  const element: Element = node
  if (element.tagName === 'hr' || element.tagName === 'br') return true
  if (MEDIA_TAGS.has(element.tagName) || OPAQUE_TAGS.has(element.tagName)) return false
  return !holdsContent([element], NOTHING_SKIPPED)
}
