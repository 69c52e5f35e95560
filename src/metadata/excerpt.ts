import type {Root} from 'hast'
import {visit} from 'unist-util-visit'
import type {ArticleStats} from '../types.js'
import {flatText, leafBlocks} from './leaf-blocks.js'

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
export function makeExcerpt(tree: Root): string | null {
  for (const block of leafBlocks(tree)) {
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

/** Characters (code points, whitespace excluded), paragraphs (leaf text blocks, captions excluded) and images. */
export function bodyStats(tree: Root, images: number): ArticleStats {
  let characters = 0
  visit(tree, 'text', (node) => {
    for (const char of node.value) if (!/\s/u.test(char)) characters++
  })
  const paragraphs = leafBlocks(tree).filter((b) => b.text !== '' && b.node.tagName !== 'figcaption').length
  return {characters, paragraphs, images}
}
