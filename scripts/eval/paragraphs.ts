import type {Element, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toString} from 'hast-util-to-string'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toString as mdastToString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {findDebrisMarkers} from './markers.js'

/** A block that is only a URL: an address, not a body paragraph. */
const BARE_URL = /^https?:\/\/\S+$/

/** Minimum text length (after whitespace removal) of a counted paragraph. */
export const MIN_PARAGRAPH_LENGTH = 20

const BLOCKS = new Set(['p', 'li', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** A tag-like `<name` or `</name` anywhere: the input has HTML parts. */
const HAS_TAG = /<\/?[a-z][a-z0-9]*[\s/>]/i

/**
 * The comparison key: text without whitespace, invisible format characters
 * (zero-width space, joiners, BOM, soft hyphen) and emoji (an emoji image in
 * the source has no text, the emoji character it stands for does).
 */
export function squash(text: string): string {
  return text.replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff\ufe0f]+|\p{Extended_Pictographic}/gu, '')
}

function isBlock(node: RootContent): node is Element {
  return node.type === 'element' && BLOCKS.has(node.tagName)
}

function containsBlock(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (BLOCKS.has(child.tagName) || containsBlock(child)))
}

/** Innermost `p`/`li`/`blockquote`/`h2`-`h6` elements, and loose text blocks, in order. */
function collectBlocks(parent: Root | Element, out: string[]): void {
  for (const child of parent.children) {
    if (child.type === 'text' && parent.type === 'root') {
      out.push(...splitBlankLines(child.value))
    } else if (child.type === 'element') {
      if (isBlock(child) && !containsBlock(child)) out.push(...splitAtDoubleBreaks(child))
      else collectBlocks(child, out)
    }
  }
}

/** The text of a block, cut where two or more `<br>` in a row (whitespace between) start a new paragraph, as a reader sees it. */
function splitAtDoubleBreaks(block: Element): string[] {
  const parts: string[] = []
  let current = ''
  let breaks = 0
  for (const child of block.children) {
    if (child.type === 'element' && child.tagName === 'br') {
      breaks++
      continue
    }
    if (child.type === 'text' && child.value.trim() === '') continue
    if (breaks >= 2) {
      parts.push(current)
      current = ''
    }
    breaks = 0
    current += toString(child)
  }
  parts.push(current)
  return parts
}

/** Text of the Markdown paragraphs in `text` (markup removed, as in cleaned output). */
function splitBlankLines(text: string): string[] {
  const texts: string[] = []
  visit(fromMarkdown(text), 'paragraph', (node) => {
    texts.push(mdastToString(node))
  })
  return texts
}

/**
 * Body paragraphs of an original input, found independently of the library:
 * HTML (and the HTML parts of Markdown) is parsed with hast-util-from-html
 * and the innermost `p`/`li`/`blockquote`/`h2`-`h6` texts are taken, plus
 * top-level text between tags read as Markdown paragraphs; plain text is
 * read as Markdown paragraphs (blank-line blocks). A block is cut where two
 * `<br>` in a row start a new paragraph. Kept: paragraphs of at least {@link MIN_PARAGRAPH_LENGTH}
 * non-space characters that contain no debris marker and are not a bare URL. Returned squashed
 * (whitespace removed).
 */
export function extractBodyParagraphs(input: string): string[] {
  const blocks: string[] = []
  if (HAS_TAG.test(input)) collectBlocks(fromHtml(input, {fragment: true}), blocks)
  else blocks.push(...splitBlankLines(input))
  return blocks
    .filter((block) => findDebrisMarkers(block).length === 0 && !BARE_URL.test(block.trim()))
    .map(squash)
    .filter((block) => [...block].length >= MIN_PARAGRAPH_LENGTH)
}
