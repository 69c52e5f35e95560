import type {Nodes} from 'mdast'
import type {Handle, Info, State} from 'mdast-util-to-markdown'

/** A handler as the serializer's table holds it: attention (emphasis, strong, delete) and `peek` are marked on the function. */
type TableHandle = Handle & {attention?: unknown; peek?: Handle}

/** The handler table behind `state.handle` (zwitch's, or the prepared dispatcher's, which keep it on `handlers`). */
function handlerTable(state: State): Record<string, TableHandle> {
  return (state.handle as unknown as {handlers: Record<string, TableHandle>}).handlers
}

/**
 * `state.containerPhrasing` that serializes a parent none of whose children
 * is attention or raw HTML with a plain loop, and hands every other parent to
 * `original`.
 *
 * The serializer writes the children of a phrasing parent as items and then
 * resolves attention: it picks markers for emphasis, strong and
 * strikethrough, checks that they pair as a reader would pair them, and
 * encodes characters around them. For that it builds tokens, runs and
 * several `Map`s for every paragraph, heading and link, even one with no
 * attention at all, where the result is always the items joined (nothing is
 * chosen, paired or encoded). Without raw HTML children, its one other
 * special case (a line ending before HTML that could start an HTML block)
 * cannot arise either. The loop here is the serializer's own for such
 * parents: each child is handled with the first character of the next
 * child's serialization (its `peek`, when it has one) as `after` and the last
 * character written as `before`. The info objects are built as literals with
 * the same fields (Node 20 is slow to add keys after a spread; see
 * `fast-text.ts`). Property-tested against the serializer's defaults.
 */
export function fastContainerPhrasing(original: State['containerPhrasing']): State['containerPhrasing'] {
  return function (this: State, parent, info) {
    const state = this
    const handlers = handlerTable(state)
    const children = parent.children as Nodes[]
    for (const child of children) {
      if (child.type === 'html' || (Object.hasOwn(handlers, child.type) && handlers[child.type]!.attention)) {
        return original.call(state, parent, info)
      }
    }
    const indexStack = state.indexStack
    const tracker = state.createTracker(info)
    let result = ''
    let before = info.before
    indexStack.push(-1)
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      indexStack[indexStack.length - 1] = index
      let after = info.after
      if (index + 1 < children.length) {
        const next = children[index + 1]!
        const handler = Object.hasOwn(handlers, next.type) ? handlers[next.type] : undefined
        const peek = handler?.peek ?? handler
        const current = tracker.current()
        after = peek ? firstCharacter(peek(next, parent, state, {before: '', after: '', now: current.now, lineShift: current.lineShift})) : ''
      }
      const current = tracker.current()
      const value = state.handle(child, parent, state, {now: current.now, lineShift: current.lineShift, after, before} satisfies Info)
      if (!value) continue
      tracker.move(value)
      result += value
      before = lastCharacter(value)
    }
    indexStack.pop()
    return result
  }
}

/** The first code point of `value` (`''` when empty), as the serializer reads it. */
function firstCharacter(value: string): string {
  const code = value.codePointAt(0)
  return code === undefined ? '' : String.fromCodePoint(code)
}

/** The last code point of `value`, as the serializer reads it (a surrogate pair is one). */
function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2)
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1)
}
