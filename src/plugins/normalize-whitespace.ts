import type {Element, Root, RootContent, Text} from 'hast'
import type {Plugin} from 'unified'
import {toString} from 'hast-util-to-string'
import {flattenCellBlocks} from '../tree/flatten-cell-blocks.js'
import {lineBreakJoins} from '../util/cjk.js'
import {firstCodePoint, lastCodePoint} from '../util/code-points.js'
import {isSingleSpaced} from '../util/single-spaced.js'

/** Blocks whose whitespace is content and must not change. */
const PRESERVE_BLOCK = new Set(['pre', 'textarea', 'script', 'style'])

/** Inline elements whose whitespace is content: opaque, but part of the line. */
const PRESERVE_INLINE = new Set(['code', 'kbd', 'samp'])

/** Inline (phrasing) elements: whitespace flows through them. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'ins', 'label', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'nobr', 'wbr'
])

const WHITESPACE_RUN = /[ \t\n\f\r\u00a0\u3000\u200b]+/g
const LINE_BREAK = /[\n\r]/

/** Inline content kept as is, seen from outside by its first and last characters. */
interface Opaque {
  first: string | undefined
  last: string | undefined
}

type Segment = Text | Opaque | 'boundary'

/** An image, seen from the text around it: visible, and neither CJK nor space (U+FFFC, the object replacement character). */
const IMAGE: Opaque = {first: '\ufffc', last: '\ufffc'}

/**
 * Normalize whitespace the way a reader sees it, not the way the source was
 * indented. In each block: whitespace at the block's edges (and around
 * `<br>`) is dropped; a run holding a line break next to a CJK character
 * is dropped (`修改了\n<strong>技术</strong>` → `修改了<strong>技术</strong>`);
 * any other run becomes one space. An image is inline content like a word
 * (`Words <img> more` keeps both spaces, as a heading or table cell shows
 * it). `<pre>` and code keep their whitespace. The blocks in a table cell
 * become its lines first ({@link flattenCellBlocks}).
 *
 * @example
 * ```ts
 * unified().use(rehypeParse, {fragment: true}).use(rehypeNormalizeWhitespace)
 * ```
 */
export const rehypeNormalizeWhitespace: Plugin<[], Root> = function () {
  return (tree) => {
    flattenCellBlocks(tree)
    normalizeWhitespace(tree)
  }
}

/** Normalize the whitespace of `tree` in place (see {@link rehypeNormalizeWhitespace}). */
export function normalizeWhitespace(tree: Root): void {
  const segments: Segment[] = []
  walk(tree, segments)
  flush(segments)
}

function walk(node: Root | Element, segments: Segment[]): void {
  for (const child of node.children) {
    visitChild(child, segments)
  }
}

function visitChild(child: RootContent, segments: Segment[]): void {
  if (child.type === 'text') {
    segments.push(child)
    return
  }
  if (child.type !== 'element') return
  const name = child.tagName
  if (PRESERVE_BLOCK.has(name)) {
    boundary(segments)
    return
  }
  if (PRESERVE_INLINE.has(name)) {
    const text = toString(child)
    if (text !== '') segments.push({first: firstCodePoint(text), last: lastCodePoint(text)})
    return
  }
  if (INLINE.has(name)) {
    walk(child, segments)
    return
  }
  if (name === 'img') {
    // An image with no URL is dropped from the Markdown: nothing to keep a space for.
    if (hasSource(child)) segments.push(IMAGE)
    return
  }
  // A block (or a void element such as br): a boundary on both sides.
  boundary(segments)
  if (child.children.length > 0) {
    const inner: Segment[] = []
    walk(child, inner)
    flush(inner)
  }
  boundary(segments)
}

/**
 * End the run being collected. Runs never affect each other, so once the
 * list is long (a wide block: tens of thousands of paragraphs) the runs so
 * far are normalized and the list starts over at this boundary: it holds
 * at most {@link FLUSH_AT} pieces plus those of the run that ends here (one
 * run of inline content with no boundary in it can still be long).
 */
function boundary(segments: Segment[]): void {
  if (segments.length < FLUSH_AT) {
    segments.push('boundary')
    return
  }
  flush(segments)
  segments.length = 0
}

/** How many pieces a list holds at most before its finished runs are normalized (see {@link boundary}). */
const FLUSH_AT = 1024

/** Normalize one block's run of text segments. */
function flush(segments: Segment[]): void {
  // The first visible character after each segment, up to the next boundary.
  const next: Array<string | undefined> = new Array(segments.length)
  let upcoming: string | undefined
  for (let index = segments.length - 1; index >= 0; index--) {
    next[index] = upcoming
    const segment = segments[index]!
    if (segment === 'boundary') {
      upcoming = undefined
    } else if (!('type' in segment)) {
      upcoming = segment.first
    } else {
      const first = firstVisible(segment.value)
      if (first !== undefined) upcoming = first
    }
  }

  let previous: string | undefined
  let spacePending = false
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!
    if (segment === 'boundary') {
      previous = undefined
      spacePending = false
      continue
    }
    if (!('type' in segment)) {
      previous = segment.last
      spacePending = false
      continue
    }
    const value = segment.value
    if (isSettled(value)) {
      // Nothing to change: single spaces between visible characters stay.
      previous = lastCodePoint(value)
      spacePending = false
      continue
    }
    let out = ''
    let last = 0
    WHITESPACE_RUN.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = WHITESPACE_RUN.exec(value))) {
      const visible = value.slice(last, match.index)
      if (visible) {
        out += visible
        previous = lastCodePoint(visible)
        spacePending = false
      }
      last = match.index + match[0].length
      const after = last < value.length ? firstCodePoint(value.slice(last, last + 2)) : next[index]
      if (previous === undefined || after === undefined || spacePending) continue
      if (LINE_BREAK.test(match[0]) && lineBreakJoins(previous, after)) continue
      if (match[0] === '\u200b') continue
      out += ' '
      spacePending = true
    }
    const tail = value.slice(last)
    if (tail) {
      out += tail
      previous = lastCodePoint(tail)
      spacePending = false
    }
    segment.value = out
  }
}

/** Whether an image has a URL to show (the sanitizer has removed unsafe ones). */
function hasSource(image: Element): boolean {
  const src = image.properties['src']
  return typeof src === 'string' && src.trim() !== ''
}

/** Whether `code` is one of the characters `WHITESPACE_RUN` matches. */
function isRunCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d
    || code === 0xa0 || code === 0x3000 || code === 0x200b
}

/** A character `WHITESPACE_RUN` matches other than the space (U+0020). */
const OTHER_RUN_CHARACTER = /[\t\n\f\r\u00a0\u3000\u200b]/

/**
 * Whether `value` is already normalized whatever surrounds it: not empty, no
 * whitespace at either end, and every whitespace run a single plain space
 * (which stays, between two visible characters).
 */
export function isSettled(value: string): boolean {
  return value !== '' && isSingleSpaced(value, OTHER_RUN_CHARACTER)
}

function firstVisible(value: string): string | undefined {
  for (let index = 0; index < value.length; index++) {
    if (!isRunCode(value.charCodeAt(index))) return firstCodePoint(value.slice(index, index + 2))
  }
  return undefined
}
