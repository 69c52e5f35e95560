import type {Root, Text} from 'hast'
import {walk} from '../util/walk.js'
import type {ArticleStats} from '../types.js'
import {leafBlockTexts} from './leaf-blocks.js'

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
  for (const block of leafBlockTexts(tree)) {
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
  walk(tree, (node) => {
    if (node.type === 'text') characters += codePoints((node as Text).value.replace(/\s/gu, ''))
  })
  let paragraphs = 0
  for (const block of leafBlockTexts(tree)) if (block.text !== '' && block.node.tagName !== 'figcaption') paragraphs++
  return {characters, paragraphs, images}
}

/** The number of code points in `text` (a surrogate pair counts once). */
function codePoints(text: string): number {
  let count = text.length
  for (let index = 0; index < text.length - 1; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--
        index++
      }
    }
  }
  return count
}
