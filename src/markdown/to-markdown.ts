import type {Element, Parents, Root as HastRoot} from 'hast'
import {defaultHandlers, defaultNodeHandlers, toMdast, type Handle, type NodeHandle, type State} from 'hast-util-to-mdast'
import type {Definition, Image, InlineCode, Link, Root, RootContent as MdastRootContent, Text} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import type {Node, Parent} from 'unist'
import {eachElement, walk} from '../util/walk.js'
import {normalizeUrl} from '../util/url.js'
import {fastText} from './fast-text.js'
import {preparedOptions} from './prepared-options.js'
import {handleFigure} from './figure-handler.js'
import {mergeText} from './merge-text.js'
import {minifyWhitespace} from './minify-whitespace.js'
import {fixEmphasis} from './fix-emphasis.js'
import {autolinkLiterals, isLiteralLink, unlinkUnwritableEmail} from './link-bare-urls.js'
import {cutBareUrls} from './cut-bare-urls.js'
import {splitParagraphs} from './split-paragraphs.js'
import {trimHeadings} from './trim-headings.js'
import {append, replaceRange} from '../util/arrays.js'
import {isWhitespaceCode} from '../metadata/text.js'

/** The fixed serializer options: the output rules of the README (see {@link preparedOptions}). */
const MARKDOWN_OPTIONS: Options = preparedOptions(
  {
    bullet: '-',
    bulletOther: '*',
    emphasis: '*',
    strong: '*',
    fence: '`',
    fences: true,
    rule: '-',
    setext: false,
    listItemIndent: 'one',
    incrementListMarker: true,
    resourceLink: false,
    closeAtx: false,
    tightDefinitions: true
  },
  [gfmToMarkdown()],
  {text: fastText}
)

/**
 * Convert a cleaned hast tree to mdast, with figures as image + caption.
 * Changes `tree` (whitespace is minified in place). The whole tree at once:
 * cleanArticle writes its Markdown with {@link hastToMarkdown}, which gives
 * the same bytes as `mdastToMarkdown(hastToMdast(tree))` a run of blocks at
 * a time (its tests hold it to this function).
 *
 * Same result as hast-util-to-mdast's `toMdast(tree)`, without its
 * whole-tree and per-call costs we do not need: it clones the tree so the
 * caller's stays intact (ours is thrown away), runs
 * hast-util-minify-whitespace, which {@link minifyWhitespace} replaces (same
 * result, linear), and builds its state (handler tables merged, a cloner and
 * a whitespace pass set up: ~15 µs a call, more than a short article's
 * conversion). Instead the tree is converted by toMdast's own root handler
 * with a fresh copy of toMdast's own state ({@link freshState}).
 */
export function hastToMdast(tree: HastRoot): Root {
  minifyWhitespace(tree)
  const state = conversionState(tree)
  const mdast = defaultNodeHandlers.root(state, tree) as Root
  endConversion(state)
  finishMdast(mdast)
  return mdast
}

/**
 * Our passes over the mdast that toMdast made, in order. Once toMdast has
 * wrapped the top level in blocks, each pass changes only what is inside
 * one block, so a root converted a run of blocks at a time gets the same
 * blocks (see {@link hastToMarkdown}).
 */
export function finishMdast(mdast: Root): void {
  // Texts are merged after links without a URL become their text, so a URL split by such a link
  // (`h<a href="javascript:…">ttp://…</a>`) is one text when GFM's literals are looked for, as it reads back.
  fixCodeAndEmptyUrls(mdast)
  mergeText(mdast)
  splitParagraphs(mdast)
  autolinkLiterals(mdast)
  cutBareUrls(mdast, isLiteralLink)
  finishUrls(mdast)
  trimHeadings(mdast)
  fixEmphasis(mdast)
}

/**
 * A fresh state ({@link freshState}) for converting `tree`, whose element
 * ids are recorded when the first `<input>` needs them. The caller removes
 * it from {@link unindexed} when the conversion is done.
 */
export function conversionState(tree: HastRoot): State {
  const state = freshState()
  unindexed.set(state, tree)
  return state
}

/** Forget the tree of a finished conversion (see {@link conversionState}). */
export function endConversion(state: State): void {
  unindexed.delete(state)
}

/**
 * The state toMdast makes for our handlers, captured once from a call on an
 * empty root (its root handler hands the state over). Read-only: each
 * conversion gets a copy from {@link freshState}.
 */
let template: State | null = null

/** The fields of toMdast's state that one conversion changes, at their start values. */
function perTreeFields(): Pick<State, 'baseFound' | 'elementById' | 'frozenBaseUrl' | 'inTable' | 'qNesting'> {
  return {baseFound: false, elementById: new Map(), frozenBaseUrl: undefined, inTable: false, qNesting: 0}
}

/**
 * A state for one conversion: toMdast's own (its handlers, `one`, `patch`,
 * `resolve`, `toFlow`…, with our `figure` handler), with the fields a
 * conversion changes ({@link perTreeFields}) reset and {@link allChildren}
 * as `all`. The test suite checks that toMdast's state has no other fields.
 */
export function freshState(): State {
  if (template === null) {
    let captured: State | null = null
    const root: NodeHandle = (state) => {
      captured = state
      return {type: 'root', children: []}
    }
    toMdast({type: 'root', children: []}, {handlers: {figure: handleFigure, input: inputWithIds}, nodeHandlers: {root}})
    const state = captured as unknown as State
    // A root met inside the tree (none in hast from HTML) converts as toMdast would.
    template = {...state, nodeHandlers: {...state.nodeHandlers, root: defaultNodeHandlers.root}, all: allChildren}
  }
  // Spread, then only existing keys overwritten: this stays on V8's fast path.
  return {...template, ...perTreeFields()}
}

/**
 * toMdast's `state.all` (every child of `parent` to mdast, in order) without
 * its `results.push(...result)`, which throws a RangeError when a wrapper
 * (a `<div>` of 200,000 paragraphs) hands back more than ~150,000 nodes.
 */
function allChildren(this: State, parent: Parents): MdastRootContent[] {
  const results: MdastRootContent[] = []
  for (const child of parent.children) {
    const result = this.one(child, parent) as MdastRootContent | MdastRootContent[] | undefined
    if (Array.isArray(result)) append(results, result)
    else if (result) results.push(result)
  }
  return results
}

/**
 * The tree of each conversion whose ids are not recorded yet: toMdast records
 * every element's `id` before converting, for the one handler that reads
 * them (`<input list>`, which names a `<datalist>`). Most documents have no
 * `<input>` (the article sanitizer drops them), so the ids are recorded
 * only when the first one is converted ({@link inputWithIds}).
 */
const unindexed = new WeakMap<State, HastRoot>()

/** toMdast's `input` handler, once the conversion's ids are recorded. */
const inputWithIds: Handle = (state, node) => {
  const tree = unindexed.get(state)
  if (tree !== undefined) {
    unindexed.delete(state)
    indexIds(tree, state.elementById)
  }
  return defaultHandlers.input(state, node)
}

/** The first element with each `id`, as toMdast records them (for `<input list>`). */
function indexIds(tree: HastRoot, byId: Map<string, Element>): void {
  eachElement(tree, (element) => {
    const id = String(element.properties.id || '') || undefined
    if (id && !byId.has(id)) byId.set(id, element)
  })
}

/**
 * Serialize mdast as GFM with fixed options: ATX headings, `-` bullets,
 * `*`/`**` emphasis, fenced code, no trailing spaces, one final newline
 * (an empty document is the empty string).
 */
export function mdastToMarkdown(tree: Root): string {
  return finishMarkdown(writeMarkdown(tree))
}

/** The serializer's output for `tree` with the fixed options, before {@link finishMarkdown}. */
export function writeMarkdown(tree: Root): string {
  return toMarkdown(tree, MARKDOWN_OPTIONS)
}

/**
 * The serializer's output as written: no whitespace at the end of a line,
 * no more than one blank line in a row, no blank lines or whitespace at
 * either end, and one final newline (nothing for an empty document).
 */
export function finishMarkdown(text: string): string {
  let lines = text
  if (hasTrailingWhitespace(lines)) lines = lines.split('\n').map((line) => line.trimEnd()).join('\n')
  const joined = (lines.includes('\n\n\n') ? lines.replace(/\n{3,}/g, '\n\n') : lines).trim()
  return joined === '' ? '' : joined + '\n'
}

/**
 * Whether a line of `text` other than the last ends in whitespace other than
 * `\n` (what `trimEnd` would remove from it; the last line is trimmed with
 * the whole text). Looks only at the character before each line ending,
 * instead of trying a whitespace class at every character.
 */
function hasTrailingWhitespace(text: string): boolean {
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', end + 1)) {
    if (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) return true
  }
  return false
}

/** {@link blankCodeToText} and {@link dropEmptyUrl} in one walk (a link dropped first has its code fixed as its children are visited). */
function fixCodeAndEmptyUrls(tree: Root): void {
  walk(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined
    if (node.type === 'inlineCode') {
      blankCodeToText(node as InlineCode, index, parent)
      return undefined
    }
    return dropEmptyUrl(node, index, parent)
  })
}

/**
 * Inline code: runs of whitespace with line endings become one space, and code with no visible content (`<code></code>`, `<code> </code>`)
 * cannot be written as Markdown that reads back the same: keep it as plain
 * whitespace text.
 */
function blankCodeToText(code: InlineCode, index: number, parent: Parent): void {
  // Inline code cannot hold a line ending (a blank line would end the paragraph): a reader sees a space.
  // Edge spaces are not stable either (a reader strips one from each side).
  const original = code.value
  // Any run of whitespace is one space, as in code without line endings (hast-util-to-mdast collapses those runs):
  // `<code>!<p>段落</p></code>` gives `!\n\n段落`, which must read back as it is written.
  code.value = original.replace(/[\t\n\f\r ]+/g, ' ').trim()
  if (code.value === '') {
    const text: Text = {type: 'text', value: original === '' ? '' : ' '}
    parent.children[index] = text
  }
}

/**
 * A link whose URL the sanitizer removed (`<a>` with no or an unsafe `href`)
 * becomes its text; an image with no URL is dropped. Otherwise they would
 * print as `[text](<>)`, which reads back as text. Returns the index to go
 * on at when `node` went.
 */
function dropEmptyUrl(node: Node, index: number, parent: Parent): number | undefined {
  if ((node.type === 'link' || node.type === 'image') && (node as Link | Image).url.trim() === '') {
    const replacement = node.type === 'link' ? (node as Link).children : []
    replaceRange(parent.children, index, 1, replacement as typeof parent.children)
    return index
  }
  return undefined
}

/**
 * Emails GFM links but CommonMark cannot write go back to text
 * ({@link unlinkUnwritableEmail}), then link, image and definition URLs are
 * percent-encoded as a Markdown parser would: one walk.
 */
function finishUrls(tree: Root): void {
  walk(tree, (node, index, parent) => {
    const next = unlinkUnwritableEmail(node, index, parent)
    if (next !== undefined) return next
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const resource = node as Link | Image | Definition
      resource.url = normalizeUrl(resource.url)
    }
    return undefined
  })
}
