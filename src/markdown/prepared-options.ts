import type {Root} from 'mdast'
import {defaultHandlers, type Handle, type Handlers, type Info, type Join, type Options, type State, type Unsafe} from 'mdast-util-to-markdown'
import {fastSafe} from './fast-safe.js'
import {fastContainerPhrasing} from './fast-phrasing.js'

/**
 * Where every untracked position is: the start (never read, so never
 * changed). Frozen: handlers spread it and add keys (`{...tracker.current(),
 * before, after}`); on Node 20's V8 that took ~0.8 µs per added key when it
 * was a plain literal, and ~40 ns in all once frozen (measured; see
 * docs/benchmarks.md).
 */
const START: ReturnType<ReturnType<State['createTracker']>['current']> = Object.freeze({now: Object.freeze({line: 1, column: 1}), lineShift: 0})

/** A tracker that tracks nothing: `move` hands its value back, as the real one does. */
const NULL_TRACKER: ReturnType<State['createTracker']> = {
  move: (value) => value || '',
  current: () => START,
  shift: () => undefined
}

/**
 * `toMarkdown` options equal to `{...options, extensions}` with `handlers`
 * on top, serializing to the same Markdown at a lower fixed and per-node cost:
 *
 * - The extensions are flattened once, here. Given handlers, `toMarkdown`
 *   adds them to a fresh copy of its default table on every call, and
 *   adding keys to that copy costs ~3 µs per new key (~20 µs per call with
 *   GFM, more than serializing a short article). Instead the options carry
 *   only a `root` handler, which hands the serializer one prepared table (a
 *   dispatcher with zwitch's contract) when the root is reached.
 * - That root handler also gives the serializer trackers that track
 *   nothing. Trackers compute the line and column of everything written
 *   (every emitted string is split on line endings) for extensions that
 *   report positions; no handler of CommonMark or GFM reads them.
 * - It replaces `state.safe` by {@link fastSafe}, which runs only the
 *   unsafe patterns whose character occurs in what is escaped.
 * - And `state.containerPhrasing` by {@link fastContainerPhrasing}, which
 *   skips attention resolution for parents with no attention among their
 *   children.
 *
 * For root trees only (a tree of another type would reach the unprepared
 * table). A property test checks the Markdown against plain `toMarkdown`
 * on generated documents.
 */
export function preparedOptions(options: Options, extensions: readonly Options[], handlers: Partial<Handlers>): Options {
  const unsafe: Unsafe[] = []
  const join: Join[] = []
  const table: Record<string, Handle> = {...(defaultHandlers as Record<string, Handle>)}
  // `configure` applies the extensions first, then the options' own lists and handlers.
  for (const extension of [...flatten(extensions), options]) {
    unsafe.push(...(extension.unsafe ?? []))
    join.push(...(extension.join ?? []))
    Object.assign(table, extension.handlers)
  }
  Object.assign(table, handlers)
  const handle = dispatcher(table)
  const root: Handle = function (node, parent, state, info) {
    state.createTracker = () => NULL_TRACKER
    state.safe = fastSafe(state)
    state.handle = handle
    state.containerPhrasing = fastContainerPhrasing(state.containerPhrasing)
    return (table['root'] ?? fastRoot)(node, parent, state, info)
  }
  const {extensions: _extensions, handlers: _handlers, ...rest} = options
  return {...rest, unsafe, join, handlers: {root}}
}

/**
 * The types mdast-util-phrasing's `phrasing` accepts (`html`, which can be
 * either, excluded), as a set: that check is a chain of sixteen closures
 * (unist-util-is), run on every child of the root.
 */
const PHRASING_TYPES: ReadonlySet<string> = new Set(['break', 'delete', 'emphasis', 'footnote', 'footnoteReference', 'image', 'imageReference', 'inlineCode', 'inlineMath', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxTextExpression', 'strong', 'text', 'textDirective'])

/** mdast-util-to-markdown's `root` handler, with the phrasing test as a set lookup. */
const fastRoot: Handle = function (node: Root, _parent, state, info) {
  if (!node.children.some((child) => PHRASING_TYPES.has(child.type))) return state.containerFlow(node, info)
  const exit = state.enter('phrasing')
  const value = state.containerPhrasing(node, info)
  exit()
  return value
}

/** Extensions with their own nested `extensions` first, in the order `toMarkdown`'s `configure` applies them. */
function flatten(extensions: readonly Options[]): Options[] {
  const out: Options[] = []
  for (const extension of extensions) {
    out.push(...flatten(extension.extensions ?? []))
    out.push(extension)
  }
  return out
}

/** zwitch's `one` for `type`: the handler of a node's type, an error for unknown types and for non-nodes. */
function dispatcher(table: Record<string, Handle>): State['handle'] {
  const own = Object.prototype.hasOwnProperty
  const handle = function (this: State, node: unknown, parent: unknown, state: State, info: Info): string {
    if (node === null || typeof node !== 'object' || !own.call(node, 'type')) throw new Error('Cannot handle value `' + String(node) + '`, expected node')
    const type = (node as {type: string}).type
    if (!own.call(table, type)) throw new Error('Cannot handle unknown node `' + type + '`')
    return table[type]!.call(this, node as never, parent as never, state, info)
  }
  return Object.assign(handle, {handlers: table}) as unknown as State['handle']
}
