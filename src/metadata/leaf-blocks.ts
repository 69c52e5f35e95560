import type {Element, ElementContent, Root} from 'hast'
import {textContent} from '../util/text-content.js'
import {eachElement} from '../util/walk.js'
import {collapseWhitespace} from './text.js'

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
  /** The children array the text was read from (`node.children` then). */
  children: ElementContent[]
}

/** A leaf block's element and its whole text (whitespace collapsed), as {@link leafBlockTexts} gives them. */
export interface LeafBlockText {
  node: Element
  text: string
}

/** Whether `node` is a block-level element. */
export function isBlock(node: ElementContent | Root): node is Element {
  return node.type === 'element' && BLOCKS.has(node.tagName)
}

/** The text of `node`, whitespace collapsed and trimmed. */
export function flatText(node: Parameters<typeof textContent>[0]): string {
  return collapseWhitespace(textContent(node))
}

/**
 * Call `visitor` on every leaf block of `tree` with its parent, in document
 * order (figures and their parts excluded): preorder, not entering a leaf
 * block, `figure`, `pre` or `table` (see {@link eachElement}: iterative, and
 * no list as long as a wide parent's children is built).
 */
function eachLeafElement(tree: Root, visitor: (node: Element, parent: Root | Element, images: boolean) => void): void {
  eachElement(tree, (node, _, parent) => {
    if (!BLOCKS.has(node.tagName)) return undefined
    if (node.tagName === 'figure' || node.tagName === 'pre' || node.tagName === 'table') return false
    const holds = inlineContent(node)
    if ((holds & HOLDS_BLOCK) !== 0) return undefined
    visitor(node, parent as Root | Element, (holds & HOLDS_IMAGE) !== 0)
    return false
  })
}

/** {@link inlineContent} bits: a block below, or an image. */
const HOLDS_BLOCK = 1
const HOLDS_IMAGE = 2

/**
 * What `node` holds below it through inline elements, in one pass: a block
 * ({@link HOLDS_BLOCK}: a child, or one inside inline elements, `<i>` left
 * open around a `<p>`; the scan stops there) and images ({@link HOLDS_IMAGE}).
 */
function inlineContent(node: Element): number {
  let holds = 0
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (BLOCKS.has(child.tagName)) return HOLDS_BLOCK
    if (child.tagName === 'img') holds |= HOLDS_IMAGE
    else if (child.children.length > 0) {
      const below = inlineContent(child)
      if ((below & HOLDS_BLOCK) !== 0) return HOLDS_BLOCK
      holds |= below
    }
  }
  return holds
}

/** Every leaf block of `tree` in document order (figures and their parts excluded). */
export function leafBlocks(tree: Root): LeafBlock[] {
  const out: LeafBlock[] = []
  eachLeafElement(tree, (node, parent, images) => {
    // One string per child serves both the lines and the whole text.
    const strings = node.children.map(childString)
    const text = collapseWhitespace(hasComment(node) ? joinTexts(node, strings) : strings.join(''))
    out.push({node, parent, lines: splitLines(node, strings, text, images), text, children: node.children})
  })
  return out
}

/**
 * `toString(child)` (hast-util-to-string; see {@link textContent}): a comment gives its own value here (lines keep it),
 * though the whole text of an element leaves comments out.
 */
function childString(child: ElementContent): string {
  return child.type === 'element' ? textContent(child) : child.value
}

function hasComment(node: Element): boolean {
  for (const child of node.children) if (child.type === 'comment') return true
  return false
}

/** The children's strings joined, comments left out (the element's own text). */
function joinTexts(node: Element, strings: string[]): string {
  let text = ''
  for (let index = 0; index < strings.length; index++) if (node.children[index]!.type !== 'comment') text += strings[index]!
  return text
}

/**
 * Leaf blocks as {@link leafBlocks} gives them, but only each block's element
 * and whole text (for readers that need no lines). `known` are blocks read
 * before the tree was edited: a block whose element still holds the same
 * children array keeps the text read then. Only for edits that replace a
 * block's children array or remove blocks (as `readBodyMetadata` does), never
 * ones that change a block's descendants in place.
 */
export function leafBlockTexts(tree: Root, known: readonly LeafBlock[] = []): LeafBlockText[] {
  const earlier = new KnownBlocks(known)
  const out: LeafBlockText[] = []
  eachLeafElement(tree, (node) => {
    const block = earlier.find(node)
    out.push({node, text: block !== undefined && block.children === node.children ? block.text : flatText(node)})
  })
  return out
}

/**
 * Blocks read earlier, looked up by element. Asked in document order for the
 * blocks of the same tree after a few were removed: most lookups are the
 * next block or one a few further on, found without a map; the map over all
 * blocks is built only when a lookup misses that window.
 */
class KnownBlocks {
  private next = 0
  private byNode: Map<Element, LeafBlock> | null = null

  constructor(private readonly blocks: readonly LeafBlock[]) {}

  find(node: Element): LeafBlock | undefined {
    if (this.byNode === null) {
      const end = Math.min(this.next + LOOKAHEAD, this.blocks.length)
      for (let index = this.next; index < end; index++) {
        if (this.blocks[index]!.node !== node) continue
        this.next = index + 1
        return this.blocks[index]
      }
      this.byNode = new Map()
      for (const block of this.blocks) this.byNode.set(block.node, block)
    }
    return this.byNode.get(node)
  }
}

/** How many blocks past the last one found {@link KnownBlocks} tries before it builds its map. */
const LOOKAHEAD = 8

/**
 * The lines of `node` split at `<br>`, and around each child that is or
 * holds an image (a line of its own: the Markdown output gives each image a
 * line, so a date or credit beside it is a line by itself, and removing that
 * line never takes the image); `text` is the block's whole text, `images`
 * whether the block holds an image at all.
 */
function splitLines(node: Element, strings: string[], text: string, images: boolean): LeafBlock['lines'] {
  const lines: LeafBlock['lines'] = []
  let start = 0
  for (let index = 0; index < node.children.length; index++) {
    const child = node.children[index]!
    if (child.type !== 'element') continue
    if (child.tagName === 'br') {
      addLine(lines, node, start, index, collapseWhitespace(strings.slice(start, index).join('')))
      start = index + 1
    } else if (images && containsImage(child)) {
      addLine(lines, node, start, index, collapseWhitespace(strings.slice(start, index).join('')))
      addLine(lines, node, index, index + 1, collapseWhitespace(strings[index]!))
      start = index + 1
    }
  }
  // Without a `<br>` (and a comment, which the whole text leaves out) the one line is the whole text.
  const whole = start === 0 && !hasComment(node)
  addLine(lines, node, start, node.children.length, whole ? text : collapseWhitespace(strings.slice(start).join('')))
  return lines
}

/** Add a line unless it is empty and shows no image. */
function addLine(lines: LeafBlock['lines'], node: Element, start: number, end: number, text: string): void {
  if (text !== '' || hasImage(node.children, start, end)) lines.push({start, end, text})
}

function hasImage(nodes: ElementContent[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const node = nodes[index]!
    if (node.type === 'element' && containsImage(node)) return true
  }
  return false
}

/** Whether `node` is or holds an `<img>`. */
export function containsImage(node: Element): boolean {
  if (node.tagName === 'img') return true
  for (const child of node.children) if (child.type === 'element' && containsImage(child)) return true
  return false
}
