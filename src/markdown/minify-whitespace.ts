import type {Element, Nodes, Parents, RootContent, Text} from 'hast'
import {whitespace} from 'hast-util-whitespace'

/**
 * Collapse and trim whitespace as HTML renders it, in place: exactly what
 * `hast-util-minify-whitespace` 1.0.1 (MIT, Titus Wormer) does with its
 * default options, which hast-util-to-mdast runs before converting.
 *
 * Why a port: hast-util-minify-whitespace looks for the next boundary by
 * scanning forward from every child (quadratic in the number of siblings),
 * removes nodes with one `splice` each (quadratic again), and checks element
 * names by building a matcher per check; on the corpus that was ~0.7× the
 * whole HTML parse. Here the boundaries of a child list are computed once,
 * from its end, before the list changes (the original only ever looks at
 * siblings it has not touched yet, so it sees the same values), names are
 * looked up in sets, and each child list is rebuilt once. A property test
 * checks the result against the original on generated and corpus trees.
 */
export function minifyWhitespace(tree: Nodes): void {
  minify(tree, {whitespace: 'normal', before: false, after: false, boundaries: new WeakMap()})
}

type Whitespace = 'normal' | 'nowrap' | 'pre' | 'pre-wrap'

interface State {
  whitespace: Whitespace
  before: boolean | undefined
  after: boolean | undefined
  /** Boundaries of each child list, computed once (see {@link boundariesFrom}). */
  boundaries: WeakMap<readonly RootContent[], Array<boolean | undefined>>
}

interface Result {
  remove: boolean
  ignore: boolean
  stripAtStart: boolean
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'col', 'colgroup', 'dd', 'dialog',
  'dir', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p',
  'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'wbr', 'xmp'
])
/** Form controls (hast-util-minify-whitespace's `content`) and embedded content (hast-util-embedded). */
const CONTENT = new Set([
  'button', 'input', 'select', 'textarea', 'audio', 'canvas', 'embed', 'iframe', 'img', 'math', 'object', 'picture',
  'svg', 'video'
])
const SKIPPABLE = new Set([
  'area', 'base', 'basefont', 'dialog', 'datalist', 'head', 'link', 'meta', 'noembed', 'noframes', 'param', 'rp',
  'script', 'source', 'style', 'template', 'track', 'title'
])

function minify(node: Nodes, state: State): Result {
  if ('children' in node) {
    const settings: State = {...state}
    if (node.type === 'root' || isElementIn(node, BLOCKS)) {
      settings.before = true
      settings.after = true
    }
    settings.whitespace = inferWhitespace(node, state)
    return all(node, settings)
  }
  if (node.type === 'text') {
    if (state.whitespace === 'normal') return minifyText(node, state)
    if (state.whitespace === 'nowrap') node.value = collapse(node.value)
  }
  return {ignore: ignorable(node), stripAtStart: false, remove: false}
}

function minifyText(node: Text, state: State): Result {
  const value = collapse(node.value)
  const result: Result = {ignore: false, stripAtStart: false, remove: false}
  let start = 0
  let end = value.length
  if (state.before && removable(value.charAt(0))) start++
  if (start !== end && removable(value.charAt(end - 1))) {
    if (state.after) end--
    else result.stripAtStart = true
  }
  if (start === end) result.remove = true
  else node.value = value.slice(start, end)
  return result
}

function all(parent: Parents, state: State): Result {
  let before = state.before
  const after = state.after
  const children = parent.children as RootContent[]
  const next = boundariesFrom(children, state.boundaries)
  const kept: RootContent[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const result = minify(child, {...state, after: next[index + 1] ?? after, before})
    if (!result.remove) {
      kept.push(child)
      if (!result.ignore) before = result.stripAtStart
    }
    // After a removal the original looks at the node before the removed one.
    const current = result.remove ? kept[kept.length - 1] : child
    if (current !== undefined && isElementIn(current, CONTENT)) before = false
  }
  if (kept.length !== children.length) (parent as {children: RootContent[]}).children = kept
  return {ignore: false, stripAtStart: Boolean(before || after), remove: false}
}

/**
 * For each index `i` of `nodes` (and `nodes.length`), the first boundary at
 * or after `i` (see {@link inferBoundary}, descending into elements that have
 * none of their own), or `undefined`: the original's `collapsableAfter`
 * for every index at once. Cached per list: a list is read before it
 * changes, when its parent's list is computed and again when it is minified.
 */
function boundariesFrom(
  nodes: readonly RootContent[],
  cache: State['boundaries']
): Array<boolean | undefined> {
  const cached = cache.get(nodes)
  if (cached !== undefined) return cached
  const result: Array<boolean | undefined> = new Array(nodes.length + 1)
  result[nodes.length] = undefined
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index]!
    let boundary = inferBoundary(node)
    if (boundary === undefined && 'children' in node && !skippable(node)) boundary = boundariesFrom(node.children, cache)[0]
    result[index] = boundary ?? result[index + 1]
  }
  cache.set(nodes, result)
  return result
}

/** `true`: whitespace around it adds nothing; `false`: it does; `undefined`: unknown. */
function inferBoundary(node: RootContent): boolean | undefined {
  if (node.type === 'element') {
    if (CONTENT.has(node.tagName)) return false
    if (BLOCKS.has(node.tagName)) return true
    return undefined
  }
  if (node.type === 'text') return whitespace(node) ? undefined : false
  return ignorable(node) ? undefined : false
}

function skippable(node: Element): boolean {
  return Boolean(node.properties.hidden) || SKIPPABLE.has(node.tagName)
}

function inferWhitespace(node: Parents, state: State): Whitespace {
  if (node.type === 'element') {
    switch (node.tagName) {
      case 'listing':
      case 'plaintext':
      case 'script':
      case 'style':
      case 'xmp':
        return 'pre'
      case 'nobr':
        return 'nowrap'
      case 'pre':
        return node.properties.wrap ? 'pre-wrap' : 'pre'
      case 'td':
      case 'th':
        return node.properties.noWrap ? 'nowrap' : state.whitespace
      case 'textarea':
        return 'pre-wrap'
      default:
    }
  }
  return state.whitespace
}

function isElementIn(node: Nodes, names: ReadonlySet<string>): boolean {
  return node.type === 'element' && names.has(node.tagName)
}

function ignorable(node: Nodes): boolean {
  return node.type === 'comment' || node.type === 'doctype'
}

function removable(character: string): boolean {
  return character === ' ' || character === '\n'
}

function collapse(value: string): string {
  return value.replace(/[\t\n\v\f\r ]+/g, ' ')
}
