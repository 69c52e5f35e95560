import type {Element, ElementContent, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'

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

/** Every leaf block of `tree` in document order (figures and their parts excluded). */
export function leafBlocks(tree: Root): LeafBlock[] {
  const out: LeafBlock[] = []
  visit(tree, 'element', (node, _index, parent) => {
    if (!parent || !BLOCKS.has(node.tagName)) return undefined
    if (node.tagName === 'figure' || node.tagName === 'pre' || node.tagName === 'table') return 'skip'
    if (node.children.some((child) => child.type === 'element' && BLOCKS.has(child.tagName))) return undefined
    out.push({node, parent, lines: splitLines(node), text: flatText(node)})
    return 'skip'
  })
  return out
}

function splitLines(node: Element): LeafBlock['lines'] {
  const lines: LeafBlock['lines'] = []
  let start = 0
  const push = (end: number) => {
    const text = node.children.slice(start, end).map((child) => toString(child)).join('').replace(/\s+/g, ' ').trim()
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
  for (const node of nodes) visit(node, 'element', (el) => { if (el.tagName === 'img') found = true })
  return found
}
