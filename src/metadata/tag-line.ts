import {eachElement} from '../util/walk.js'
import {type LeafBlock, flatText} from './leaf-blocks.js'

/** A line naming the article's tags: a label, a colon, then the tags (`标签：美容、变性人`, `Tags: a, b`, `话题：读书会`). */
const TAG_LINE = /^(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|话题|話題|Tags?|Keywords|tags?|keywords)[ ]?[:：][ ]?(\S.{0,200})$/
/** The characters a {@link TAG_LINE} can start with. */
const TAG_LINE_STARTS: ReadonlySet<string> = new Set([...'标標关關话話TtKk'])
/** Longest tag read from a tag line, in UTF-16 code units. */
const LONGEST_TAG = 24
/** A sentence end in any script. */
const SENTENCE_END_ANY = /[。！？!?]|\.(?:\s|$)/
/** Separators between tags in a tag line's text. */
const TAG_SEPARATORS = /[ ]?[,，、;；|｜][ ]?/

/**
 * The tags of `text` (a line of `block`) read as a tag line ({@link TAG_LINE}):
 * the text of each link in the line, or else the text cut at commas, `、` and
 * the like (and a Latin keyword list with none, at spaces). `null` when the
 * line is not one or names no tag.
 */
export function tagLine(block: LeafBlock, text: string): string[] | null {
  if (!TAG_LINE_STARTS.has(text[0]!)) return null
  const match = TAG_LINE.exec(text)
  if (!match) return null
  const value = match[1]!.trim()
  let tags: string[] = []
  if (block.lines.length === 1) {
    eachElement(block.node, (element) => {
      if (element.tagName !== 'a') return undefined
      const tag = flatText(element).trim()
      if (tag !== '') tags.push(tag)
      return false
    })
  }
  if (tags.length === 0) {
    tags = value.split(TAG_SEPARATORS)
    // A Latin keyword list without separators (`keywords: trump white withdrawal`) is cut at spaces.
    if (tags.length === 1 && /^[\p{Script=Latin}\d' -]+$/u.test(value)) tags = value.split(' ')
  }
  tags = tags.map((tag) => tag.trim()).filter((tag) => tag !== '')
  // Tags are words or short phrases: a sentence after the label (`关键词：这篇文章说明了……。`) is text.
  if (tags.length === 0 || tags.some((tag) => tag.length > LONGEST_TAG || SENTENCE_END_ANY.test(tag))) return null
  return tags
}
