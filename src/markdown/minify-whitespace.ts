import type {Element, Nodes, Parents, RootContent, Text} from 'hast'

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
  minify(tree, 'normal', false, false, new WeakMap())
}

type Whitespace = 'normal' | 'nowrap' | 'pre' | 'pre-wrap'

/** Boundaries of each child list, computed once (see {@link boundariesFrom}). */
type Boundaries = WeakMap<readonly RootContent[], Array<boolean | undefined>>

/**
 * The original's per-node result `{remove, ignore, stripAtStart}` as bit
 * flags (no object per node): remove the node; it does not count as
 * content; whitespace at the start of what follows is to be stripped.
 */
const REMOVE = 1
const IGNORE = 2
const STRIP_AT_START = 4

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

/** Minify `node` (the original's `minify`; `before`/`after`: whether whitespace at its edges can go). */
function minify(
  node: Nodes,
  whitespace: Whitespace,
  before: boolean | undefined,
  after: boolean | undefined,
  boundaries: Boundaries
): number {
  if ('children' in node) {
    const block = node.type === 'root' || isElementIn(node, BLOCKS)
    return all(node, inferWhitespace(node, whitespace), block || before, block || after, boundaries)
  }
  if (node.type === 'text') {
    if (whitespace === 'normal') return minifyText(node, before, after)
    if (whitespace === 'nowrap') node.value = collapse(node.value)
  }
  return ignorable(node) ? IGNORE : 0
}

function minifyText(node: Text, before: boolean | undefined, after: boolean | undefined): number {
  const value = collapse(node.value)
  let flags = 0
  let start = 0
  let end = value.length
  if (before && removable(value.charAt(0))) start++
  if (start !== end && removable(value.charAt(end - 1))) {
    if (after) end--
    else flags |= STRIP_AT_START
  }
  if (start === end) flags |= REMOVE
  else node.value = value.slice(start, end)
  return flags
}

function all(
  parent: Parents,
  whitespace: Whitespace,
  start: boolean | undefined,
  after: boolean | undefined,
  boundaries: Boundaries
): number {
  let before = start
  const children = parent.children as RootContent[]
  const next = boundariesFrom(children, boundaries, false)
  // Kept children move down in place (no second list as long as a wide parent's).
  const length = children.length
  let kept = 0
  for (let index = 0; index < length; index++) {
    const child = children[index]!
    const flags = minify(child, whitespace, before, next[index + 1] ?? after, boundaries)
    const remove = (flags & REMOVE) !== 0
    if (!remove) {
      if (kept !== index) children[kept] = child
      kept++
      if ((flags & IGNORE) === 0) before = (flags & STRIP_AT_START) !== 0
    }
    // After a removal the original looks at the node before the removed one.
    const current = remove ? children[kept - 1] : child
    if (current !== undefined && isElementIn(current, CONTENT)) before = false
  }
  if (kept !== length) {
    children.length = kept
    // Its boundaries were read for the list as it was.
    boundaries.delete(children)
  }
  return before || after ? STRIP_AT_START : 0
}

/**
 * For each index `i` of `nodes` (and `nodes.length`), the first boundary at
 * or after `i` (see {@link inferBoundary}, descending into elements that have
 * none of their own), or `undefined`: the original's `collapsableAfter`
 * for every index at once. A list is read before it changes: when it is
 * minified, and before that when its parent's list descends into it. Only
 * the lists a parent descends into (those of inline elements) are kept
 * (`keep`) for their own minifying to read again; a block's list is read
 * once, so a page of paragraphs keeps none.
 */
function boundariesFrom(
  nodes: readonly RootContent[],
  cache: Boundaries,
  keep: boolean
): Array<boolean | undefined> {
  const cached = cache.get(nodes)
  if (cached !== undefined) return cached
  const result: Array<boolean | undefined> = new Array(nodes.length + 1)
  result[nodes.length] = undefined
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index]!
    let boundary = inferBoundary(node)
    if (boundary === undefined && 'children' in node && !skippable(node)) boundary = boundariesFrom(node.children, cache, true)[0]
    result[index] = boundary ?? result[index + 1]
  }
  if (keep) cache.set(nodes, result)
  return result
}

/** `true`: whitespace around it adds nothing; `false`: it does; `undefined`: unknown. */
function inferBoundary(node: RootContent): boolean | undefined {
  if (node.type === 'element') {
    if (CONTENT.has(node.tagName)) return false
    if (BLOCKS.has(node.tagName)) return true
    return undefined
  }
  if (node.type === 'text') return isHtmlWhitespace(node.value) ? undefined : false
  return ignorable(node) ? undefined : false
}

/**
 * Whether `value` is only HTML whitespace (space, tab, line feed, form feed,
 * carriage return): hast-util-whitespace's test, which removes the
 * whitespace with a regular expression and compares with `''`, building a
 * copy of every text it is asked about. This stops at the first other
 * character.
 */
function isHtmlWhitespace(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return false
  }
  return true
}

function skippable(node: Element): boolean {
  return Boolean(node.properties.hidden) || SKIPPABLE.has(node.tagName)
}

function inferWhitespace(node: Parents, inherited: Whitespace): Whitespace {
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
        return node.properties.noWrap ? 'nowrap' : inherited
      case 'textarea':
        return 'pre-wrap'
      default:
    }
  }
  return inherited
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

/** Runs of HTML whitespace (and `\v`, as the original) as one space; the same string when there is nothing to collapse. */
function collapse(value: string): string {
  return COLLAPSIBLE.test(value) ? value.replace(/[\t\n\v\f\r ]+/g, ' ') : value
}

/** Whitespace that {@link collapse} changes: any but a space, or two in a row. */
const COLLAPSIBLE = /[\t\n\v\f\r]| [\t\n\v\f\r ]/
