import type {Element, Root} from 'hast'
import type {ArticleStats} from '../types.js'
import {type LeafBlockText, leafBlockTexts} from './leaf-blocks.js'
import {countNonWhitespaceCodePoints} from './text.js'

const MAX_EXCERPT = 160
const CLOSERS = new Set(['”', '’', '」', '』', ')', '）', '"', "'"])

/** Split `text` into sentences: CJK marks end one anywhere, Latin marks before a space or the end; closing quotes stay with it. The last piece may lack an end. */
export function splitSentences(text: string): string[] {
  const chars = Array.from(text)
  const out: string[] = []
  let current = ''
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!
    current += char
    const cjkEnd = char === '。' || char === '！' || char === '？'
    const latinEnd = (char === '.' || char === '!' || char === '?') && (i + 1 === chars.length || /\s/.test(chars[i + 1]!))
    if (!cjkEnd && !latinEnd) continue
    while (i + 1 < chars.length && CLOSERS.has(chars[i + 1]!)) current += chars[++i]
    out.push(current)
    current = ''
  }
  if (current.trim()) out.push(current)
  return out
}

/**
 * The first sentences of the body's first paragraph that has a sentence end,
 * at most 160 characters (code points), cut at a sentence end; `null` when no
 * paragraph has a first sentence that short.
 */
export function makeExcerpt(tree: Root, blocks: readonly LeafBlockText[] = leafBlockTexts(tree)): string | null {
  for (const block of blocks) {
    if (block.node.tagName !== 'p' && block.node.tagName !== 'div') continue
    const text = block.text
    if (!/[。！？]|[.!?](?:\s|$)/.test(text)) continue
    let excerpt = ''
    for (const sentence of splitSentences(text)) {
      if (!/[。！？.!?][”’」』)）"']*$/.test(sentence.trim())) break
      const next = (excerpt + sentence).trim()
      if (Array.from(next).length > MAX_EXCERPT) break
      excerpt = next
    }
    if (excerpt) return excerpt
  }
  return null
}

/**
 * Characters (code points, whitespace excluded), paragraphs (leaf text blocks,
 * captions excluded) and images. `blocks` (the tree's leaf block texts) and
 * `characters` are given when the caller already has them.
 */
export function bodyStats(
  tree: Root, images: number, blocks: readonly LeafBlockText[] = leafBlockTexts(tree), characters: number = textCharacters(tree)
): ArticleStats {
  let paragraphs = 0
  for (const block of blocks) if (block.text !== '' && block.node.tagName !== 'figcaption') paragraphs++
  return {characters, paragraphs, images}
}

/** Code points of all text below `tree`, whitespace excluded (each text node counted on its own). */
export function textCharacters(tree: Root): number {
  let characters = 0
  // Iterative: deep trees cannot overflow the stack.
  const stack: Array<Root | Element> = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    for (const child of parent.children) {
      if (child.type === 'text') characters += countNonWhitespaceCodePoints(child.value)
      else if (child.type === 'element') stack.push(child)
    }
  }
  return characters
}
