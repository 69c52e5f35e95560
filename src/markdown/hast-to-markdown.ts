import type {Root as HastRoot} from 'hast'
import {defaultNodeHandlers, type State} from 'hast-util-to-mdast'
import type {Root, RootContent} from 'mdast'
import {append} from '../util/arrays.js'
import {minifyWhitespace} from './minify-whitespace.js'
import {shiftHeadings} from './shift-headings.js'
import {conversionState, endConversion, finishMarkdown, finishMdast, writeMarkdown} from './to-markdown.js'

/**
 * Top-level blocks converted and written at a time. A root with no more
 * than twice this many children is converted whole.
 */
export const SLICE_BLOCKS = 512

/**
 * The cleaned hast tree as finished Markdown: the same bytes as
 * `mdastToMarkdown(hastToMdast(tree))`, made a run of top-level blocks at a
 * time when the root is wide (more than twice `sliceBlocks` children; the
 * parameter is there for tests). Changes `tree` (headings shifted below
 * level 1, {@link shiftHeadings}, and whitespace minified, in place).
 *
 * On a wide article (a 10 MB article is ~40,000 paragraphs under the root)
 * the whole mdast tree and every block's Markdown would be alive at once, and
 * so outlive the young generation: V8 copies them twice and maps fresh pages
 * for them. Here a run of blocks is converted, finished, written and dropped
 * before the next, and only the written text is kept.
 *
 * Why the runs give the same Markdown as the whole root:
 * - toMdast converts the root's children one by one and then, when any
 *   result is not phrasing, wraps each run of phrasing results in a
 *   paragraph. A run is cut only after a result that is not phrasing, so no
 *   run of phrasing is split, and once one is cut the whole root is known
 *   to need wrapping: every later run is wrapped too.
 * - Our passes ({@link finishMdast}) change only what is inside a block.
 * - The serializer writes each top-level block alone (between line endings)
 *   and joins two of them with a blank line, except list after list (the
 *   second takes the other bullet) and indented code (never, with fenced
 *   code). The written text is cut only after a paragraph or a heading,
 *   where the join is always a blank line; {@link finishMarkdown} treats
 *   the texts joined by a line ending exactly as the whole.
 */
export function hastToMarkdown(tree: HastRoot, sliceBlocks = SLICE_BLOCKS): string {
  shiftHeadings(tree)
  minifyWhitespace(tree)
  const state = conversionState(tree)
  const writer = new SliceWriter()
  let pending: RootContent[] = []
  const sliced = tree.children.length > 2 * sliceBlocks
  let cut = false
  for (const child of tree.children) {
    const result = state.one(child, tree) as RootContent | RootContent[] | undefined
    if (Array.isArray(result)) append(pending, result)
    else if (result) pending.push(result)
    if (sliced && pending.length >= sliceBlocks && isFlow(pending[pending.length - 1]!)) {
      writer.add(state.toFlow(pending) as RootContent[])
      pending = []
      cut = true
    }
  }
  endConversion(state)
  if (!cut) return finishMarkdown(writer.finish(wholeRoot(state, tree, pending)))
  writer.add(state.toFlow(pending) as RootContent[])
  return finishMarkdown(writer.finish([]))
}

/** toMdast's root handler given the converted children (it wraps phrasing runs only when one is needed). */
function wholeRoot(state: State, tree: HastRoot, children: RootContent[]): RootContent[] {
  const converted: State = {...state, all: () => children}
  return (defaultNodeHandlers.root(converted, tree) as Root).children
}

/** Whether toMdast's wrapping takes `node` as flow (a paragraph or heading it would not read as an element named by `data.hName`). */
function isFlow(node: RootContent): boolean {
  return isCutAfter(node) && node.data?.hName === undefined
}

/** Finishes and writes runs of top-level mdast blocks, keeping what follows the last paragraph or heading for the next run. */
class SliceWriter {
  private readonly texts: string[] = []
  private held: RootContent[] = []

  /** Finish `blocks` ({@link finishMdast}) and write all held blocks up to the last paragraph or heading. */
  add(blocks: RootContent[]): void {
    this.hold(blocks)
    let end = this.held.length
    while (end > 0 && !isCutAfter(this.held[end - 1]!)) end--
    if (end === 0) return
    this.texts.push(writeMarkdown({type: 'root', children: this.held.slice(0, end)}))
    this.held = this.held.slice(end)
  }

  /** Finish the last `blocks` and write everything held: the written runs, joined by a line ending. */
  finish(blocks: RootContent[]): string {
    this.hold(blocks)
    if (this.held.length > 0 || this.texts.length === 0) this.texts.push(writeMarkdown({type: 'root', children: this.held}))
    return this.texts.join('\n')
  }

  private hold(blocks: RootContent[]): void {
    if (blocks.length === 0) return
    const root: Root = {type: 'root', children: blocks}
    finishMdast(root)
    append(this.held, root.children)
  }
}

/** Whether the serializer's join after `node` at the top level is always a blank line. */
function isCutAfter(node: RootContent): boolean {
  return node.type === 'paragraph' || node.type === 'heading'
}
