import type {Element, ElementContent, Root, RootContent, Text} from 'hast'
import {html} from 'parse5'
import {articleSchema} from '../sanitize.js'
import {isWhitespaceCode} from '../../metadata/text.js'

/** Phrasing (inline) elements: they sit inside a line of text. */
export const PHRASING: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'label', 'mark', 'nobr', 'picture', 'q', 's', 'samp', 'small', 'source', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr'
])

/** Elements whose content is not prose: never searched for figures, captions or headings. */
export const OPAQUE: ReadonlySet<string> = new Set([
  'pre', 'code', 'script', 'style', 'template', 'svg', 'math', 'textarea', 'table', 'figcaption'
])

const BLANK = /^[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]*$/

/** Whether `value` holds nothing a reader sees. */
export function isBlank(value: string): boolean {
  return BLANK.test(value)
}

/** Whether `node` is an element named `name`. */
export function isTag(node: RootContent | Root | undefined, name: string): node is Element {
  return node !== undefined && node.type === 'element' && node.tagName === name
}

/**
 * Whether `node` is a block (not phrasing) element. An element HTML does not
 * know (`<o:p>`, a mangled tag) is inline, as parse5 reads it and as the
 * sanitizer leaves its content, unless it holds a block.
 */
export function isBlockElement(node: RootContent | undefined): boolean {
  if (node === undefined || node.type !== 'element' || PHRASING.has(node.tagName)) return false
  if (!isUnknownElement(node)) return true
  return node.children.some((child) => isBlockElement(child))
}

/** Whether `node` is an element HTML does not know (`<o:p>`, `<ok>`): the sanitizer unwraps it. */
export function isUnknownElement(node: Element): boolean {
  return html.getTagID(node.tagName) === html.TAG_ID.UNKNOWN
}

/** Text of nodes as shown (stripped elements such as `<script>` left out), whitespace collapsed and trimmed. */
export function textOf(nodes: ReadonlyArray<ElementContent | RootContent>): string {
  let out = ''
  const visit = (list: ReadonlyArray<ElementContent | RootContent>): void => {
    for (const node of list) {
      if (node.type === 'text') out += node.value
      else if (node.type === 'element' && !STRIPPED.has(node.tagName)) visit(node.children)
    }
  }
  visit(nodes)
  return out.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u3000]+/g, ' ').trim()
}

/**
 * The first `count` characters of {@link textOf}`(nodes)` that are neither
 * whitespace nor zero-width (fewer when the text is shorter), read without
 * building the whole text: a prefix for cheap tests on a line's start.
 */
export function visibleStart(nodes: ReadonlyArray<ElementContent | RootContent>, count: number): string {
  const state = {out: ''}
  collectVisible(nodes, count, state)
  return state.out
}

function collectVisible(nodes: ReadonlyArray<ElementContent | RootContent>, count: number, state: {out: string}): void {
  for (const node of nodes) {
    if (state.out.length >= count) return
    if (node.type === 'text') {
      const value = node.value
      for (let index = 0; index < value.length && state.out.length < count; index++) {
        const code = value.charCodeAt(index)
        if (!isWhitespaceCode(code) && !(code >= 0x200b && code <= 0x200d) && code !== 0x2060) state.out += value[index]
      }
    } else if (node.type === 'element' && !STRIPPED.has(node.tagName)) collectVisible(node.children, count, state)
  }
}

/** {@link Content}'s memo bits: the subtree shows text that is not blank, or an image. */
const HAS_TEXT = 1
const HAS_IMAGE = 2

/** What a subtree holds that a reader sees, computed once per element. */
export class Content {
  private readonly memo = new WeakMap<Element, number>()

  /** Whether `node` shows anything: text that is not blank, or an image. */
  visible(node: RootContent | ElementContent): boolean {
    if (node.type === 'text') return !isBlank(node.value)
    if (node.type !== 'element') return false
    return this.info(node) !== 0
  }

  /** Whether `node` is or holds an image. */
  hasImage(node: RootContent | ElementContent): boolean {
    return node.type === 'element' && (this.info(node) & HAS_IMAGE) !== 0
  }

  /** The {@link HAS_TEXT} and {@link HAS_IMAGE} bits of `node`'s subtree. */
  private info(node: Element): number {
    const known = this.memo.get(node)
    if (known !== undefined) return known
    let info = isImage(node) ? HAS_IMAGE : 0
    for (const child of node.children) {
      if (child.type === 'text') {
        if ((info & HAS_TEXT) === 0 && !isBlank(child.value)) info |= HAS_TEXT
      } else if (child.type === 'element') {
        info |= this.info(child)
      }
    }
    this.memo.set(node, info)
    return info
  }
}

/** Elements the sanitizer removes with their content (`script`, `style`, `iframe` …): nothing of them is shown. */
export const STRIPPED: ReadonlySet<string> = new Set(articleSchema().strip ?? [])

/** Elements the sanitizer keeps; any other (not stripped) is unwrapped, its content kept in place. */
const ALLOWED: ReadonlySet<string> = new Set(articleSchema().tagNames ?? [])

/**
 * What an element becomes once sanitized: `stripped` (gone with its
 * content), `transparent` (unwrapped: `<font>`, `<center>`, `<article>` …),
 * `phrasing` (inline) or `block`.
 */
export function kindOf(node: Element): 'stripped' | 'transparent' | 'phrasing' | 'block' {
  if (STRIPPED.has(node.tagName)) return 'stripped'
  if (!ALLOWED.has(node.tagName)) return 'transparent'
  return PHRASING.has(node.tagName) ? 'phrasing' : 'block'
}

/** A URL scheme at the start of a URL. */
const SCHEME = /^([a-z][a-z\d+.-]*):/i

/** Whether `url` is one the sanitizer keeps: relative, or with one of `schemes`. */
function keptUrl(url: unknown, schemes: RegExp): boolean {
  if (typeof url !== 'string' || url.trim() === '') return false
  const scheme = SCHEME.exec(url.trim())
  return scheme === null || schemes.test(scheme[1]!)
}

/** An `<a>` that stays a link: an `href` the sanitizer keeps (http, https, mailto or relative). */
export function isLink(node: Element): boolean {
  return node.tagName === 'a' && keptUrl(node.properties['href'], /^(?:https?|mailto)$/i)
}

/**
 * An `<img>` that will be shown: a `src` the sanitizer keeps by default
 * (http, https, or relative). Images it drops (`javascript:`, `data:`) are
 * not images here, so the result is the same whether the tree is cleaned
 * once or twice.
 */
export function isImage(node: Element): boolean {
  return node.tagName === 'img' && keptUrl(node.properties['src'], /^https?$/i)
}

/** A new text node. */
export function text(value: string): Text {
  return {type: 'text', value}
}

/** Drop blank text and `<br>` at both ends of `nodes`. */
export function trimEdges<T extends RootContent | ElementContent>(nodes: T[]): T[] {
  let start = 0
  let end = nodes.length
  while (start < end && isEdge(nodes[start]!)) start++
  while (end > start && isEdge(nodes[end - 1]!)) end--
  return nodes.slice(start, end)
}

/** Blank text or a `<br>`: what {@link trimEdges} drops. */
function isEdge(node: RootContent | ElementContent): boolean {
  return (node.type === 'text' && isBlank(node.value)) || isTag(node, 'br')
}
