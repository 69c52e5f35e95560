import type {Element, ElementContent, Root, RootContent} from 'hast'
import {toString} from 'hast-util-to-string'
import {headingTagLevel} from '../figures/headings.js'
import {EXIT, eachElement} from '../../util/walk.js'
import type {Rule} from '../../types.js'
import type {Decision} from './walk.js'

/** Longest text of one entry of a related-articles section (a headline, a date line). */
const LONGEST_ENTRY = 120
/** A sentence ending inside an entry's text: prose, not a headline. */
const SENTENCE_INSIDE = /[。！？](?!$)|[.!?] \p{Lu}/u

/**
 * The siblings after each heading a `dropSection` rule dropped (`## 相关报道`,
 * `### Related articles`) up to the next heading of the same or a higher
 * rank: the section the heading labels. After a label that is a block of
 * another kind (a paragraph `相关新闻：`), the run of linked entries that
 * follows it ({@link linkedEntriesAfter}). A section goes only when each of
 * its entries (a block, or a list's item) is short and holds no sentence
 * (headlines, dates, thumbnails); one with prose in it stays whole.
 */
export function labelledSections(tree: Root, decisions: readonly Decision[]): Array<{rule: Rule; nodes: ElementContent[]}> {
  // A text rule drops a block's content (the heading's text), a selector the element itself.
  const labels = new Map<ElementContent, Rule>()
  for (const decision of decisions) {
    if (decision.rule.dropSection && decision.nodes.length > 0) labels.set(decision.nodes[0]!, decision.rule)
  }
  if (labels.size === 0) return []
  const sections: Array<{rule: Rule; nodes: ElementContent[]}> = []
  const visit = (parent: Root | Element): void => {
    parent.children.forEach((child, index) => {
      if (child.type !== 'element') return
      const level = headingTagLevel(child.tagName)
      // The label is the element a rule dropped, or the content of a heading or paragraph it dropped
      // (not a wrapper whose first child is a label paragraph).
      const first = level > 0 || child.tagName === 'p' ? child.children[0] : undefined
      const rule = labels.get(child) ?? (first === undefined ? undefined : labels.get(first))
      if (rule === undefined) return
      const section = level === 0 ? linkedEntriesAfter(parent.children, index) : sectionAfter(parent.children, index, level)
      if (section.length > 0 && section.every(isShortEntry)) sections.push({rule, nodes: section as ElementContent[]})
    })
  }
  // The root is no element: its children are visited first, then every element's.
  visit(tree)
  eachElement(tree, (element) => {
    if (element !== (tree as unknown)) visit(element)
    return undefined
  })
  return sections
}

/** The siblings after `children[index]` up to the next heading of rank `level` or higher. */
function sectionAfter(children: ReadonlyArray<RootContent>, index: number, level: number): RootContent[] {
  const section: RootContent[] = []
  for (let next = index + 1; next < children.length; next++) {
    const node = children[next]!
    if (node.type === 'element') {
      const rank = headingTagLevel(node.tagName)
      if (rank > 0 && rank <= level) break
    }
    section.push(node)
  }
  return section
}

/**
 * After a label that is no heading (a paragraph `相关新闻：`, `**Related:**`):
 * the run of siblings that are linked entries, a list each of whose items
 * holds a link or a paragraph that does, up to the first that is not
 * (whitespace between them included, after them not).
 */
function linkedEntriesAfter(children: ReadonlyArray<RootContent>, index: number): RootContent[] {
  const section: RootContent[] = []
  let taken = 0
  for (let next = index + 1; next < children.length; next++) {
    const node = children[next]!
    if (node.type === 'text' && node.value.trim() === '') {
      section.push(node)
      continue
    }
    if (!isLinkedEntry(node)) break
    section.push(node)
    taken = section.length
  }
  return section.slice(0, taken)
}

/** Whether `node` is a list whose every item holds a link, or a paragraph that holds one. */
function isLinkedEntry(node: RootContent): boolean {
  if (node.type !== 'element') return false
  if (node.tagName === 'p') return holdsLink(node)
  if (node.tagName !== 'ul' && node.tagName !== 'ol') return false
  return node.children.every((item) => (item.type === 'text' ? item.value.trim() === '' : item.type !== 'element' || holdsLink(item)))
}

function holdsLink(element: Element): boolean {
  let found = false
  eachElement(element, (descendant) => {
    found = descendant.tagName === 'a' && descendant.properties.href !== undefined
    return found ? EXIT : undefined
  })
  return found
}

/** Whether `node` is whitespace, an image, or short entries: a list's items each short, anything else short as a whole. */
function isShortEntry(node: RootContent): boolean {
  if (node.type === 'text') return node.value.trim() === ''
  if (node.type !== 'element') return true
  if (node.tagName === 'ul' || node.tagName === 'ol') return node.children.every(isShortEntry)
  const text = toString(node).replace(/\s+/g, ' ').trim()
  return text.length <= LONGEST_ENTRY && !SENTENCE_INSIDE.test(text)
}
