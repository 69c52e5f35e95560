import type {Nodes, Parent, Text} from 'mdast'
import {walk} from '../util/walk.js'

/**
 * hast-util-to-mdast's last step, in linear time: merge adjacent text nodes
 * and fix the whitespace around line endings and at the edges of headings,
 * paragraphs and the root. Changes `tree` in place.
 *
 * Same result as the `visit` at the end of `toMdast`, which splices each
 * merged or emptied text out of its parent's children one at a time (a
 * paragraph of many adjacent texts is quadratic) and walks with
 * unist-util-visit. Each list of children is rebuilt once here instead, and
 * every text is processed exactly as that visitor does, including its
 * second look at a text after another was merged into it.
 */
export function mergeText(tree: Nodes): void {
  walk(tree, (node) => {
    if ('children' in node) mergeChildren(node as Parent)
  })
}

/** Rebuild `parent.children`: each run of adjacent texts becomes at most one text, as the visitor leaves it. */
function mergeChildren(parent: Parent): void {
  const children = parent.children as Nodes[]
  const texts = textLayout(children)
  if (texts === NO_TEXT) return
  const edges = parent.type === 'heading' || parent.type === 'paragraph' || parent.type === 'root'
  if (texts === LONE_TEXTS) {
    fixLoneTexts(children, edges)
    return
  }
  const out: Nodes[] = []
  let next = 0
  while (next < children.length) {
    const child = children[next]!
    if (child.type !== 'text') {
      out.push(child)
      next++
      continue
    }
    let end = next
    while (end < children.length && children[end]!.type === 'text') end++
    const merged = mergeRun(children.slice(next, end) as Text[], edges && out.length === 0, edges && end === children.length)
    if (merged) out.push(merged)
    next = end
  }
  parent.children = out as typeof parent.children
}

/** {@link textLayout}: no text among the children. */
const NO_TEXT = 0
/** {@link textLayout}: texts, but never two side by side. */
const LONE_TEXTS = 1
/** {@link textLayout}: at least two texts side by side. */
const ADJACENT_TEXTS = 2

/** Whether `children` hold no text, only texts with no text beside them, or texts side by side. */
function textLayout(children: readonly Nodes[]): number {
  let layout = NO_TEXT
  for (let index = 0; index < children.length; index++) {
    if (children[index]!.type !== 'text') continue
    if (index > 0 && children[index - 1]!.type === 'text') return ADJACENT_TEXTS
    layout = LONE_TEXTS
  }
  return layout
}

/**
 * {@link mergeChildren} when no two texts are side by side (most parents):
 * each text is a run of its own, which the visitor fixes once (a text fixed
 * to nothing goes), so the texts are fixed in place and the list compacted.
 */
function fixLoneTexts(children: Nodes[], edges: boolean): void {
  const length = children.length
  let kept = 0
  for (let index = 0; index < length; index++) {
    const child = children[index]!
    if (child.type === 'text') {
      const fixed = fixText(child.value, edges && kept === 0, edges && index === length - 1)
      if (fixed === '') continue
      child.value = fixed
    }
    children[kept++] = child
  }
  children.length = kept
}

/**
 * What the visitor leaves of a run of adjacent texts: each text is appended
 * to the one before it, and the whole value is fixed again after every
 * append (its first line ending; its start when the run opens the parent,
 * its end when the run closes it). A text fixed to nothing is dropped and
 * the next one starts over in its place.
 *
 * Fixing the whole value again after each append would make a long run
 * quadratic. It can only change the value at its first line ending, so the
 * value is kept as the part before that line ending (`head`, which no later
 * fix touches), a short `window` from the line ending on that the next fix
 * may still change, and the parts after it that no fix can reach.
 */
function mergeRun(texts: Text[], first: boolean, closes: boolean): Text | undefined {
  let kept: Text | undefined
  let value: RunValue | undefined
  let appendedLast = false
  texts.forEach((text, position) => {
    const last = closes && position === texts.length - 1
    if (kept === undefined || value === undefined) {
      const fixed = fixText(text.value, first, last)
      if (fixed !== '') {
        kept = text
        value = new RunValue(fixed)
      }
      return
    }
    value.append(text.value)
    appendedLast = last
  })
  if (kept === undefined || value === undefined) return undefined
  const merged = appendedLast ? trimSpacesEnd(value.toString()) : value.toString()
  if (merged === '') return undefined
  kept.value = merged
  return kept
}

/** The visitor's fix of one text: its first line ending; edges of flow blocks trimmed of spaces and tabs. */
function fixText(text: string, first: boolean, last: boolean): string {
  let value = fixFirstLineEnding(text)
  if (first) value = trimSpacesStart(value)
  if (last) value = trimSpacesEnd(value)
  return value
}

/**
 * `text.replace(/[\t ]*(\r?\n|\r)[\t ]*\/, '$1')` without that regular
 * expression's polynomial backtracking on long runs of spaces or tabs: the
 * spaces and tabs around the first line ending go.
 */
function fixFirstLineEnding(text: string): string {
  const lineEnding = firstLineEnding(text)
  if (lineEnding === -1) return text
  return text.slice(0, spacesBefore(text, lineEnding)) + fixLineEnding(text.slice(lineEnding))
}

/**
 * A text value being merged, which fixes its first line ending on every
 * append as `value.replace(/[\t ]*(\r?\n|\r)[\t ]*\/, '$1')` does on the
 * whole string, in time linear in the total length.
 */
class RunValue {
  /** Parts before the first line ending (no later fix changes them, except spaces and tabs at their end). */
  private readonly head: string[] = []
  /** From the first line ending on, as far as the next fix may change it ('' while there is none). */
  private window = ''
  /** Parts after the window: out of reach of any fix. */
  private readonly tail: string[] = []
  /** Whether no further fix can change the window. */
  private settled = false

  /** Start from a value already fixed once. */
  constructor(fixed: string) {
    const lineEnding = firstLineEnding(fixed)
    if (lineEnding === -1) {
      this.head.push(fixed)
      return
    }
    this.head.push(fixed.slice(0, lineEnding))
    this.window = fixed.slice(lineEnding)
    this.settled = isSettled(this.window)
  }

  /** Append `text` and fix the result again. */
  append(text: string): void {
    if (this.settled) {
      this.tail.push(text)
      return
    }
    if (this.window !== '') {
      this.setWindow(fixLineEnding(this.window + text))
      return
    }
    const lineEnding = firstLineEnding(text)
    if (lineEnding === -1) {
      this.head.push(text)
      return
    }
    // The match starts where the run of spaces and tabs before the line ending
    // starts, which reaches back into the head when all of `text` before it is such a run.
    const runStart = spacesBefore(text, lineEnding)
    if (runStart === 0) this.dropHeadSpaces()
    this.head.push(text.slice(0, runStart))
    this.setWindow(fixLineEnding(text.slice(lineEnding)))
  }

  /** The whole value. */
  toString(): string {
    return this.head.join('') + this.window + this.tail.join('')
  }

  private setWindow(window: string): void {
    this.window = window
    this.settled = isSettled(window)
  }

  private dropHeadSpaces(): void {
    while (this.head.length > 0) {
      const part = this.head.pop()!
      const kept = trimSpacesEnd(part)
      if (kept !== '') {
        this.head.push(kept)
        return
      }
    }
  }
}

/** Index of the first `\r` or `\n` in `value`, or -1. */
function firstLineEnding(value: string): number {
  const cr = value.indexOf('\r')
  const lf = value.indexOf('\n')
  if (cr === -1) return lf
  if (lf === -1) return cr
  return Math.min(cr, lf)
}

/** Where the run of spaces and tabs that ends at `end` starts. */
function spacesBefore(value: string, end: number): number {
  let start = end
  while (start > 0 && isSpaceOrTab(value.charCodeAt(start - 1))) start--
  return start
}

/** The fix of a value that starts with its first line ending: the line ending, then no spaces or tabs. */
function fixLineEnding(window: string): string {
  const size = lineEndingSize(window)
  let after = size
  while (after < window.length && isSpaceOrTab(window.charCodeAt(after))) after++
  return after === size ? window : window.slice(0, size) + window.slice(after)
}

/** Length of the line ending `(\r?\n|\r)` matches at the start of `window` (1 or 2). */
function lineEndingSize(window: string): number {
  return window.charCodeAt(0) === 13 && window.charCodeAt(1) === 10 ? 2 : 1
}

/**
 * Whether no fix can change `window` whatever is appended: its line ending
 * cannot grow (it is `\n`, or `\r` followed by something) and a character
 * other than a space or tab follows it.
 */
function isSettled(window: string): boolean {
  const size = lineEndingSize(window)
  return window.length > size && !isSpaceOrTab(window.charCodeAt(size))
}

/** `value` without spaces and tabs at its start. */
function trimSpacesStart(value: string): string {
  let start = 0
  while (start < value.length && isSpaceOrTab(value.charCodeAt(start))) start++
  return start === 0 ? value : value.slice(start)
}

/** `value` without spaces and tabs at its end (as `/[\t ]+$/` removes them, without its quadratic backtracking on long runs). */
function trimSpacesEnd(value: string): string {
  let end = value.length
  while (end > 0 && isSpaceOrTab(value.charCodeAt(end - 1))) end--
  return end === value.length ? value : value.slice(0, end)
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9
}
