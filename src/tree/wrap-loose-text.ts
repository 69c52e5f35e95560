import type {Element, Root, RootContent} from 'hast'
import {phrasing} from 'hast-util-phrasing'
import {whitespace} from 'hast-util-whitespace'
import {html} from 'parse5'
import {append} from '../util/arrays.js'

/**
 * Wrap runs of loose phrasing content (text and inline elements) that sit
 * beside block elements at the top of a fragment into `<p>`, as a reader
 * sees them: `日期：Mon, 22 Jun 2020<p>…</p>` is two blocks, not one line
 * glued to a paragraph. Runs of only whitespace stay as they are; a fragment
 * without block elements is left alone.
 */
export function wrapLooseText(root: Root | Element): void {
  const children: RootContent[] = root.children
  if (!holdsLooseTextBesideBlocks(children)) return
  const out: RootContent[] = []
  let run: RootContent[] = []
  const flush = (): void => {
    if (run.some((node) => !(node.type === 'comment' || whitespace(node)))) {
      const paragraph: Element = {type: 'element', tagName: 'p', properties: {}, children: run as Element['children']}
      out.push(paragraph)
    } else append(out, run)
    run = []
  }
  for (const child of children) {
    if (child.type === 'text' || child.type === 'comment' || (child.type === 'element' && isLoose(child))) run.push(child)
    else {
      flush()
      out.push(child)
    }
  }
  flush()
  root.children = out as Element['children']
}

/** Whether `children` mix a block element with text or phrasing that a run would wrap (no new list otherwise). */
function holdsLooseTextBesideBlocks(children: readonly RootContent[]): boolean {
  let block = false
  let loose = false
  for (const child of children) {
    if (child.type === 'text') loose ||= !whitespace(child)
    else if (child.type === 'element') {
      if (isLoose(child)) loose = true
      else block = true
    }
    if (block && loose) return true
  }
  return false
}

/** Containers of flow content whose loose text {@link wrapLooseTextInElement} wraps (not lists, tables or figures: their items and cells read their text as their own). */
const CONTAINERS: ReadonlySet<string> = new Set([
  'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'center', 'blockquote'
])

/**
 * {@link wrapLooseText} in `element` when it is a container
 * (`<div>【明慧网…】正文…<p>…</p></div>` holds two paragraphs) or a phrasing
 * element that holds blocks (`<a>标题<p>…</p></a>`, as parse5 leaves an
 * unclosed `<a>`), so that later steps see each run as a block of its own, as
 * the Markdown output does. Called on every element of a tree.
 */
export function wrapLooseTextInElement(element: Element): void {
  if (CONTAINERS.has(element.tagName) || isPhrasing(element)) wrapLooseText(element)
}

/**
 * Whether a run takes `element`: phrasing content, or an element HTML does
 * not know (`<ok href>`, `<o:p>`), whose children are text, phrasing or
 * unknown elements (the sanitizer unwraps unknown elements into the text
 * around them).
 */
function isLoose(element: Element): boolean {
  if (!isPhrasing(element) && html.getTagID(element.tagName) !== html.TAG_ID.UNKNOWN) return false
  // A phrasing element holding a block (`<a>` around paragraphs, as parse5
  // leaves an unclosed one), also deeper in phrasing (`<span>x<span><p>`), is
  // a block itself. The tree's depth is capped, so the recursion is bounded.
  for (const child of element.children) {
    if (child.type === 'element' && !isLoose(child)) return false
  }
  return true
}

/** Answers of {@link isPhrasing} by tag name, for tags whose answer depends on nothing else. */
const phrasingByTag = new Map<string, boolean>()

/** At most this many tag names are remembered (hostile input can make up any number). */
const MAX_REMEMBERED_TAGS = 512

/**
 * hast-util-phrasing's `phrasing(element)`, remembered by tag name. Its
 * answer depends only on the tag name (a list of phrasing and embedded
 * elements), except for `<link>` and `<meta>`, which also look at their
 * properties and are asked every time. The original tests an element
 * against each of some sixty names in turn, and a fragment's top level is
 * tested twice per element.
 */
export function isPhrasing(element: Element): boolean {
  const tag = element.tagName
  if (tag === 'link' || tag === 'meta') return phrasing(element)
  let answer = phrasingByTag.get(tag)
  if (answer === undefined) {
    answer = phrasing({type: 'element', tagName: tag, properties: {}, children: []})
    if (phrasingByTag.size < MAX_REMEMBERED_TAGS) phrasingByTag.set(tag, answer)
  }
  return answer
}
