/** The whitespace normalization as first written (before its fast paths), as a reference for tests. */
import type {Element, Root, RootContent, Text} from 'hast'
import {toString} from 'hast-util-to-string'
import {lineBreakJoins} from '../../src/util/cjk.js'

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
    segments.push('boundary')
    return
  }
  if (PRESERVE_INLINE.has(name)) {
    const text = toString(child)
    if (text !== '') segments.push({first: firstChar(text), last: lastChar(text)})
    return
  }
  if (INLINE.has(name)) {
    walk(child, segments)
    return
  }
  if (name === 'img') {
    // Inline content: visible, neither CJK nor space; nothing when it has no URL (the Markdown drops it).
    const src = child.properties['src']
    if (typeof src === 'string' && src.trim() !== '') segments.push({first: '\ufffc', last: '\ufffc'})
    return
  }
  // A block (or a void element such as br): a boundary on both sides.
  segments.push('boundary')
  if (child.children.length > 0) {
    const inner: Segment[] = []
    walk(child, inner)
    flush(inner)
  }
  segments.push('boundary')
}

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
    let out = ''
    let last = 0
    WHITESPACE_RUN.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = WHITESPACE_RUN.exec(value))) {
      const visible = value.slice(last, match.index)
      if (visible) {
        out += visible
        previous = lastChar(visible)
        spacePending = false
      }
      last = match.index + match[0].length
      const after = last < value.length ? firstChar(value.slice(last, last + 2)) : next[index]
      if (previous === undefined || after === undefined || spacePending) continue
      if (LINE_BREAK.test(match[0]) && lineBreakJoins(previous, after)) continue
      if (match[0] === '\u200b') continue
      out += ' '
      spacePending = true
    }
    const tail = value.slice(last)
    if (tail) {
      out += tail
      previous = lastChar(tail)
      spacePending = false
    }
    segment.value = out
  }
}

function firstVisible(value: string): string | undefined {
  const match = /[^ \t\n\f\r\u00a0\u3000\u200b]/u.exec(value)
  return match ? firstChar(value.slice(match.index, match.index + 2)) : undefined
}

function firstChar(value: string): string | undefined {
  const code = value.codePointAt(0)
  return code === undefined ? undefined : String.fromCodePoint(code)
}

function lastChar(value: string): string | undefined {
  if (value === '') return undefined
  const end = value.length - 1
  const low = value.charCodeAt(end)
  const start = low >= 0xdc00 && low <= 0xdfff && end > 0 ? end - 1 : end
  return String.fromCodePoint(value.codePointAt(start)!)
}
