import type {Emphasis, Parent, PhrasingContent, Root, Strong, Delete} from 'mdast'
import {unicodePunctuation, unicodeWhitespace} from 'micromark-util-character'
import {append, replaceRange} from '../util/arrays.js'

type Attention = Emphasis | Strong | Delete

/**
 * Make every emphasis, strong and strikethrough survive a round trip through
 * CommonMark without character references. CommonMark's flanking rules fail
 * on `中**「加粗」**中`: an opening run followed by punctuation must follow
 * whitespace or punctuation (and the mirror rule for closing runs). The fix
 * moves edge punctuation (and whitespace) outside the markers —
 * `中「**加粗**」中` — pushes the markers into a link they wrap, and when
 * nothing else works drops the emphasis and keeps its text.
 */
export function fixEmphasis(tree: Root): void {
  fixIn(tree, 0)
}

/** A bit per kind of attention, for the kinds a node is inside. */
const KIND: Readonly<Record<Attention['type'], number>> = {emphasis: 1, strong: 2, delete: 4}

/**
 * Fix the attention among `parent`'s children, `inside` being the kinds of
 * attention around `parent`. Attention inside the same kind says nothing more
 * and cannot be written (`<del><del>x</del></del>` would be `~~~~x~~~~`, a code
 * fence): it is unwrapped.
 */
function fixIn(parent: Parent, inside: number): void {
  const children = parent.children as PhrasingContent[]
  if (inside !== 0) unwrapNested(children, inside)
  // Merge and drop empty text first: an empty neighbour hides the real edge character.
  mergeText(children)
  mergeAdjacentAttention(children)
  unwrapWholeHeadingStrong(parent)
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if ('children' in child) fixIn(child as Parent, isAttention(child) ? inside | KIND[child.type] : inside)
    if (!isAttention(child)) continue
    const replacement = fixAttention(child, children[index - 1], children[index + 1])
    if (replacement !== child) {
      replaceRange(children, index, 1, replacement as PhrasingContent[])
      // Re-examine from the start of the replacement: neighbours changed.
      index = Math.max(-1, index - 2)
    }
  }
  mergeText(children)
}

/** Replace each attention of a kind in `inside` among `children` by its own children, repeatedly. */
function unwrapNested(children: PhrasingContent[], inside: number): void {
  if (!children.some((child) => isAttention(child) && (inside & KIND[child.type]) !== 0)) return
  const out: PhrasingContent[] = []
  const take = (nodes: PhrasingContent[]): void => {
    for (const node of nodes) {
      if (isAttention(node) && (inside & KIND[node.type]) !== 0) take(node.children as PhrasingContent[])
      else out.push(node)
    }
  }
  take(children)
  children.length = 0
  append(children, out)
}

/**
 * `<strong>不想再</strong><strong>“</strong><strong>佛</strong>` → one strong:
 * same-type neighbours (also across whitespace, which moves inside) are one
 * run to a reader, and written apart they need `__` or break flanking.
 */
function mergeAdjacentAttention(children: PhrasingContent[]): void {
  if (!children.some(isAttention)) return
  // One pass, each run folded into its first node (a run of thousands of
  // bold pieces must not be copied once per piece).
  const out: PhrasingContent[] = []
  const merged = new Set<Attention>()
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!
    const last = out[out.length - 1]
    if (isAttention(last)) {
      if (isAttention(node) && node.type === last.type) {
        append(last.children as PhrasingContent[], node.children as PhrasingContent[])
        merged.add(last)
        continue
      }
      const next = children[index + 1]
      if (node.type === 'text' && node.value.trim() === '' && isAttention(next) && next.type === last.type) {
        last.children.push(node)
        append(last.children as PhrasingContent[], next.children as PhrasingContent[])
        merged.add(last)
        index++
        continue
      }
    }
    out.push(node)
  }
  for (const node of merged) mergeText(node.children as PhrasingContent[])
  if (out.length !== children.length) {
    children.length = 0
    append(children, out)
  }
}

/** `### **小标题**` → `### 小标题`: bold around a whole heading says nothing. */
function unwrapWholeHeadingStrong(parent: Parent): void {
  if (parent.type !== 'heading' || parent.children.length !== 1) return
  const only = parent.children[0]!
  if (only.type === 'strong') parent.children = only.children
}

function isAttention(node: PhrasingContent | undefined): node is Attention {
  return node !== undefined && (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete')
}

/** The node itself when fine, else the nodes to put in its place. */
function fixAttention(node: Attention, before: PhrasingContent | undefined, after: PhrasingContent | undefined): Attention | PhrasingContent[] {
  const out: PhrasingContent[] = []
  // Move whitespace and punctuation that break flanking out of the markers.
  let leading = takeEdge(node, 'start', edgeChar(before, 'end'))
  let trailing = takeEdge(node, 'end', edgeChar(after, 'start'))
  // `**“引语”**在` → `“**引语**”在`, not `**“引语**”在`: keep quote pairs together.
  if (trailing && !leading) leading = takeOpener(node, trailing)
  if (leading && !trailing) trailing = takeCloser(node, leading)
  if (leading) out.push({type: 'text', value: leading})
  if (!node.children.some(hasText)) {
    append(out, node.children)
  } else if (node.children.length === 1 && node.children[0]!.type === 'link') {
    // `中**[链接](u)**中` → `中[**链接**](u)中`.
    const link = node.children[0]
    link.children = [{...node, children: link.children} as Attention]
    out.push(link)
  } else {
    const beforeChar = leading ? lastOf(leading) : edgeChar(before, 'end')
    const afterChar = trailing ? firstOf(trailing) : edgeChar(after, 'start')
    if (opens(beforeChar, innerChar(node, 'start')) && closes(innerChar(node, 'end'), afterChar)) {
      out.push(node)
    } else {
      append(out, node.children)
    }
  }
  if (trailing) out.push({type: 'text', value: trailing})
  if (!leading && !trailing && out.length === 1 && out[0] === node) return node
  return out
}

/**
 * Remove from one edge of `node` the characters that keep its marker from
 * flanking: whitespace always, punctuation when the outside character is not
 * whitespace or punctuation. Only text at the edge is moved.
 */
function takeEdge(node: Attention, edge: 'start' | 'end', outside: string | undefined): string {
  const index = edge === 'start' ? 0 : node.children.length - 1
  const child = node.children[index]
  if (!child || child.type !== 'text') return ''
  const outsideIsLoose = outside === undefined || isSpace(outside) || isPunct(outside)
  // Most edges have nothing to move: decided by the edge character alone, before the text is split.
  const edgeCharacter = edge === 'start' ? firstOf(child.value) : lastOf(child.value)
  if (edgeCharacter === undefined || !(isSpace(edgeCharacter) || (!outsideIsLoose && isPunct(edgeCharacter)))) return ''
  const chars = Array.from(child.value)
  let count = 0
  const at = (i: number) => (edge === 'start' ? chars[i] : chars[chars.length - 1 - i])!
  while (count < chars.length) {
    const char = at(count)
    if (isSpace(char) || (!outsideIsLoose && isPunct(char))) count++
    else break
  }
  if (count === 0) return ''
  const moved = edge === 'start' ? chars.slice(0, count) : chars.slice(chars.length - count)
  const kept = edge === 'start' ? chars.slice(count) : chars.slice(0, chars.length - count)
  child.value = kept.join('')
  if (child.value === '') node.children.splice(index, 1)
  return moved.join('')
}

const PAIRS: Record<string, string> = {
  '”': '“', '’': '‘', '」': '「', '』': '『', '）': '（', ')': '(', '》': '《', '〉': '〈', '】': '【', '〕': '〔', ']': '[', '"': '"', "'": "'"
}

/** When `trailing` starts with a closing quote or bracket, take its opener off the start of `node`. */
function takeOpener(node: Attention, trailing: string): string {
  const opener = PAIRS[firstOf(trailing) ?? '']
  const first = node.children[0]
  if (!opener || first?.type !== 'text' || !first.value.startsWith(opener)) return ''
  first.value = first.value.slice(opener.length)
  if (first.value === '') node.children.shift()
  return opener
}

/** When `leading` ends with an opening quote or bracket, take its closer off the end of `node`. */
function takeCloser(node: Attention, leading: string): string {
  const opener = lastOf(leading) ?? ''
  const closer = Object.keys(PAIRS).find((key) => PAIRS[key] === opener)
  const last = node.children[node.children.length - 1]
  if (!closer || last?.type !== 'text' || !last.value.endsWith(closer)) return ''
  last.value = last.value.slice(0, -closer.length)
  if (last.value === '') node.children.pop()
  return closer
}

function opens(before: string | undefined, first: string | undefined): boolean {
  if (first === undefined || isSpace(first)) return false
  return !isPunct(first) || before === undefined || isSpace(before) || isPunct(before)
}

function closes(last: string | undefined, after: string | undefined): boolean {
  if (last === undefined || isSpace(last)) return false
  return !isPunct(last) || after === undefined || isSpace(after) || isPunct(after)
}

/** The character a node shows at one edge once serialized. */
function edgeChar(node: PhrasingContent | undefined, edge: 'start' | 'end'): string | undefined {
  if (!node) return undefined
  switch (node.type) {
    case 'text':
      return edge === 'start' ? firstOf(node.value) : lastOf(node.value)
    case 'break':
      return '\n'
    case 'emphasis':
    case 'strong':
      return '*'
    case 'delete':
      return '~'
    case 'inlineCode':
      return '`'
    case 'link':
    case 'linkReference':
      return edge === 'start' ? '[' : ')'
    case 'image':
    case 'imageReference':
      return edge === 'start' ? '!' : ')'
    default:
      return '<'
  }
}

function innerChar(node: Attention, edge: 'start' | 'end'): string | undefined {
  const child = edge === 'start' ? node.children[0] : node.children[node.children.length - 1]
  return edgeChar(child, edge)
}

function hasText(node: PhrasingContent): boolean {
  if (node.type === 'text') return node.value.trim() !== ''
  if ('children' in node) return node.children.some(hasText)
  return node.type !== 'break'
}

/** Adjacent texts joined and empty texts dropped (the list is left as it is when it has neither). */
function mergeText(children: PhrasingContent[]): void {
  if (!hasMergeableText(children)) return
  const out: PhrasingContent[] = []
  for (const child of children) {
    const last = out[out.length - 1]
    if (child.type === 'text' && last?.type === 'text') last.value += child.value
    else out.push(child)
  }
  const kept = out.filter((child) => child.type !== 'text' || child.value !== '')
  if (kept.length !== children.length) {
    children.length = 0
    append(children, kept)
  }
}

function hasMergeableText(children: readonly PhrasingContent[]): boolean {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'text' && (child.value === '' || children[index - 1]?.type === 'text')) return true
  }
  return false
}

function firstOf(value: string): string | undefined {
  const code = value.codePointAt(0)
  return code === undefined ? undefined : String.fromCodePoint(code)
}

function lastOf(value: string): string | undefined {
  const chars = Array.from(value.slice(-2))
  return chars[chars.length - 1]
}

function isSpace(char: string): boolean {
  return unicodeWhitespace(char.codePointAt(0)!)
}

/**
 * Punctuation or a symbol as any reader may take it: micromark's test, or
 * Unicode's categories by code point. micromark tests an astral character
 * (an emoji, `😀`) by one UTF-16 unit and calls it no punctuation, while the
 * CJK-friendly reading of Markdown bodies calls it a symbol, so `0*😀*`
 * read back one way or the other: an edge either calls punctuation is
 * treated as punctuation, and the emphasis is written so both agree.
 */
function isPunct(char: string): boolean {
  return unicodePunctuation(char.codePointAt(0)!) || PUNCTUATION_OR_SYMBOL.test(char)
}

const PUNCTUATION_OR_SYMBOL = /^[\p{P}\p{S}]/u
