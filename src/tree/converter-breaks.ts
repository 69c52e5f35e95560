import type {Root, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Node} from 'unist'
import {isSpacedWordCharacter} from '../util/cjk.js'
import {firstCodePoint, lastCodePoint} from '../util/code-points.js'
import {walk} from '../util/walk.js'

/** Fewest padded paragraph ends that mark a converter's output (a writer may pad one or two by accident). */
const MIN_PADDED_ENDS = 3

/**
 * Whether `markdown` pads its lines with hard-break spaces the way
 * HTML-to-Markdown converters do (WeChat exporters end every line with two
 * spaces, blank lines included): at least half of the lines that end a
 * paragraph, before a blank line, end in two spaces, and at least three do.
 * A hard break before a blank line breaks nothing, so no writer means them;
 * such a document's other hard breaks mark where the source's inline
 * elements ended (`**PerfektBlue**␠␠\n”。`), not lines.
 */
export function padsLinesLikeAConverter(markdown: string): boolean {
  let ends = 0
  let padded = 0
  let previous: string | null = null
  for (const raw of markdown.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const blank = line.trim() === ''
    if (blank && previous !== null) {
      ends++
      if (previous.endsWith('  ')) padded++
    }
    previous = blank ? null : line
  }
  return padded >= MIN_PADDED_ENDS && padded * 2 >= ends
}

/**
 * Read the hard breaks of a converter's Markdown ({@link padsLinesLikeAConverter})
 * as the element boundaries they came from, where the source had no
 * whitespace (`**PerfektBlue**␠␠\n”。` was `<strong>PerfektBlue</strong>”。`):
 * each `break` goes, except between two letters or digits of a spaced
 * script, where it becomes a line ending (a space) so words stay apart.
 * Paragraphs stay where the blank lines put them.
 */
export function softenConverterBreaks(tree: Root): void {
  walk(tree, (node, index, parent) => {
    if (node.type !== 'break' || parent === undefined || index === undefined) return undefined
    const siblings = parent.children as Node[]
    const before = index > 0 ? lastCodePoint(toString(siblings[index - 1])) : undefined
    const after = index + 1 < siblings.length ? firstCodePoint(toString(siblings[index + 1])) : undefined
    if (!isSpacedWordCharacter(before) || !isSpacedWordCharacter(after)) {
      siblings.splice(index, 1)
      return index
    }
    const ending: Text = {type: 'text', value: '\n'}
    siblings[index] = ending
    return undefined
  })
}
