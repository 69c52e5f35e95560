import type {Element, Root, RootContent, Text} from 'hast'
import type {ArticleStats} from '../types.js'
import {type LeafBlockText, leafBlockTexts} from './leaf-blocks.js'
import {countNonWhitespaceCodePoints, isWhitespaceCode} from './text.js'
import {walk} from '../util/walk.js'

const MAX_EXCERPT = 160
const NONE_SKIPPED: ReadonlySet<Element> = new Set()
const CLOSERS = new Set(['”', '’', '」', '』', ')', '）', '"', "'"])

/** Split `text` into sentences: CJK marks end one anywhere, Latin marks before a space or the end; closing quotes stay with it. The last piece may lack an end. */
export function splitSentences(text: string): string[] {
  // Every mark and closer is one UTF-16 code unit, so cutting after one never splits a surrogate pair.
  const out: string[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    const cjkEnd = char === '。' || char === '！' || char === '？'
    const latinEnd = (char === '.' || char === '!' || char === '?') && (i + 1 === text.length || isWhitespaceCode(text.charCodeAt(i + 1)))
      && !(char === '.' && isAbbreviation(text, i))
    if (!cjkEnd && !latinEnd) continue
    while (i + 1 < text.length && CLOSERS.has(text[i + 1]!)) i++
    out.push(text.slice(start, i + 1))
    start = i + 1
  }
  const rest = text.slice(start)
  if (rest.trim()) out.push(rest)
  return out
}

/** Abbreviations a full stop follows inside a sentence (compared in lower case). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'mt', 'ave', 'no',
  'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])

/**
 * Whether the full stop at `at` ends an abbreviation, not a sentence: after an
 * initial (`Frederick W. Kagan`), a known abbreviation (`Jan.`, `Corp.`,
 * `Mr.`), or before a lower-case letter or a digit (`Tenn. on`, `Jan. 02`).
 */
function isAbbreviation(text: string, at: number): boolean {
  let start = at
  while (start > 0 && /[A-Za-z]/.test(text[start - 1]!)) start--
  const word = text.slice(start, at)
  if (word.length === 1 && /[A-Z]/.test(word)) return true
  if (ABBREVIATIONS.has(word.toLowerCase())) return true
  let next = at + 1
  while (next < text.length && isWhitespaceCode(text.charCodeAt(next))) next++
  return next < text.length && /[a-z\d]/.test(text[next]!)
}

/**
 * The first sentences of the body's first paragraph that has a sentence end,
 * at most 160 characters (code points), cut at a sentence end. When its first
 * sentence alone is longer (a long English lede), that sentence cut at a word
 * (or, without spaces, any character) before 160 code points, with `…`.
 * `null` when no paragraph has a sentence end. Blocks in `skipped` (source
 * notes) are passed over.
 */
export function makeExcerpt(
  tree: Root, blocks: readonly LeafBlockText[] = leafBlockTexts(tree), skipped: ReadonlySet<Element> = NONE_SKIPPED
): string | null {
  for (const block of blocks) {
    if ((block.node.tagName !== 'p' && block.node.tagName !== 'div') || skipped.has(block.node)) continue
    const text = block.text
    if (!/[。！？]|[.!?](?:\s|$)/.test(text)) continue
    let excerpt = ''
    const sentences = splitSentences(text)
    for (const sentence of sentences) {
      if (!SENTENCE_END.test(sentence.trim())) break
      const next = (excerpt + sentence).trim()
      if (codePointLength(next) > MAX_EXCERPT) break
      excerpt = next
    }
    if (excerpt) return excerpt
    // A first sentence too long to fit (a long English lede) is cut; a first piece that ends no sentence is passed over.
    const first = sentences[0]?.trim() ?? ''
    if (SENTENCE_END.test(first)) return shortened(first)
  }
  return null
}

/** A sentence's end: a mark, then closing quotes or brackets. */
const SENTENCE_END = /[。！？.!?][”’」』)）"']*$/

/** `text` cut to at most {@link MAX_EXCERPT} code points with `…` at its end: at the last space in its last quarter, else anywhere. */
function shortened(text: string): string {
  // Code points from a prefix: no more than two code units each.
  const points = Array.from(text.slice(0, MAX_EXCERPT * 2 + 2))
  if (points.length <= MAX_EXCERPT) return text
  let cut = MAX_EXCERPT - 1
  const space = points.lastIndexOf(' ', cut)
  if (space >= (MAX_EXCERPT * 3) / 4) cut = space
  while (cut > 0 && TRAILING_BEFORE_ELLIPSIS.has(points[cut - 1]!)) cut--
  return points.slice(0, cut).join('') + '…'
}

/** What a shortened excerpt does not end with before its `…`: spaces and pauses. */
const TRAILING_BEFORE_ELLIPSIS: ReadonlySet<string> = new Set([' ', '\t', '\n', '\u3000', ',', '，', '、', ';', '；', ':', '：'])

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

/** Code points of all text in `node` (itself included), whitespace excluded (each text node counted on its own). */
export function textCharacters(node: Root | RootContent): number {
  if (node.type === 'text') return countNonWhitespaceCodePoints(node.value)
  if (node.type !== 'root' && node.type !== 'element') return 0
  let characters = 0
  walk(node, (child) => {
    if (child.type === 'text') characters += countNonWhitespaceCodePoints((child as Text).value)
  })
  return characters
}

/** The number of code points in `text` (`Array.from(text).length`: a lone surrogate counts once). */
export function codePointLength(text: string): number {
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
