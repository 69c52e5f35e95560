import type {Element, ElementContent, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {eachElement} from '../util/walk.js'

const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'section', 'article',
  'header', 'footer', 'figure', 'figcaption', 'ul', 'ol', 'table', 'pre', 'dl', 'dd', 'dt', 'main', 'aside', 'center'
])

/** A block holding no other block, with its parent. */
export interface LeafBlock {
  node: Element
  parent: Root | Element
  /** Lines of the block (split at `<br>`), each as a range of child indices and its text. */
  lines: Array<{start: number; end: number; text: string}>
  /** The whole text, whitespace collapsed. */
  text: string
}

/** Whether `node` is a block-level element. */
export function isBlock(node: ElementContent | Root): node is Element {
  return node.type === 'element' && BLOCKS.has(node.tagName)
}

/** The text of `node`, whitespace collapsed and trimmed. */
export function flatText(node: Parameters<typeof toString>[0]): string {
  return toString(node).replace(/\s+/g, ' ').trim()
}

/**
 * Every leaf block of `tree` in document order (figures and their parts
 * excluded): preorder, not entering a leaf block, `figure`, `pre` or `table`.
 */
function* leafElements(tree: Root): Generator<{node: Element; parent: Root | Element}> {
  const stack: Array<{node: Element; parent: Root | Element}> = []
  const pushChildren = (parent: Root | Element) => {
    for (let index = parent.children.length - 1; index >= 0; index--) {
      const child = parent.children[index]!
      if (child.type === 'element') stack.push({node: child, parent})
    }
  }
  pushChildren(tree)
  while (stack.length > 0) {
    const entry = stack.pop()!
    const {node} = entry
    if (!BLOCKS.has(node.tagName)) pushChildren(node)
    else if (node.tagName === 'figure' || node.tagName === 'pre' || node.tagName === 'table') continue
    else if (node.children.some((child) => child.type === 'element' && BLOCKS.has(child.tagName))) pushChildren(node)
    else yield entry
  }
}

/** Every leaf block of `tree` in document order (figures and their parts excluded). */
export function leafBlocks(tree: Root): LeafBlock[] {
  const out: LeafBlock[] = []
  for (const {node, parent} of leafElements(tree)) {
    // One string per child serves both the lines and the whole text.
    const strings = node.children.map((child) => toString(child))
    const text = node.children
      .map((child, index) => (child.type === 'text' || 'children' in child ? strings[index] : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
    out.push({node, parent, lines: splitLines(node, strings), text})
  }
  return out
}

/**
 * Leaf blocks as {@link leafBlocks} gives them, but only each block's element
 * and whole text, computed as the caller iterates (for readers that stop early
 * or need no lines).
 */
export function* leafBlockTexts(tree: Root): Generator<{node: Element; text: string}> {
  for (const {node} of leafElements(tree)) yield {node, text: flatText(node)}
}

function splitLines(node: Element, strings: string[]): LeafBlock['lines'] {
  const lines: LeafBlock['lines'] = []
  let start = 0
  const push = (end: number) => {
    const text = strings.slice(start, end).join('').replace(/\s+/g, ' ').trim()
    lines.push({start, end, text})
  }
  node.children.forEach((child, index) => {
    if (child.type === 'element' && child.tagName === 'br') {
      push(index)
      start = index + 1
    }
  })
  push(node.children.length)
  return lines.filter((line) => line.text !== '' || hasImage(node.children.slice(line.start, line.end)))
}

function hasImage(nodes: ElementContent[]): boolean {
  let found = false
  for (const node of nodes) {
    if (node.type === 'element') eachElement(node, (el) => { if (el.tagName === 'img') found = true })
  }
  return found
}
