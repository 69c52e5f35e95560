import type {Element, Root, RootContent} from 'hast'
import {selectAll} from 'hast-util-select'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {reportRemoval} from '../pipeline/state.js'
import {UNSEEN, visibleLength} from '../util/text-content.js'
import {eachElement} from '../util/walk.js'
import {describeElement, reportText} from './strip-boilerplate/report-text.js'
import {anchoredCopies, selectorAnchors} from './strip-boilerplate/selector-anchors.js'

/**
 * Where a full page keeps its article, most specific first. The first
 * selector that matches wins; among its matches, the one with the most text.
 */
export const ARTICLE_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  'article',
  '[role="main"]',
  'main',
  '.article-body, .article-content, .article__body, .story-body, .entry-content, .post-content, #article-body, #articleBody'
]

/** The article must hold at least this share of the page's text to be taken alone. */
const MIN_SHARE = 0.25

/**
 * Narrow a full HTML page (a document with `<html>`/`<body>`) to its article:
 * the element marked as the article body (`itemprop="articleBody"`, then
 * `<article>`, `role="main"`, `<main>`, common article-body classes), or, on a
 * page that marks none, the element whose own `<p>` children hold the most
 * text when its paragraphs hold at least 70 % of the page's (at least three
 * of them), with the headline and meta lines right above it (from an `<h1>`
 * or `<h2>` at most three short siblings up). Site
 * header, menus, sidebars, comment sections and footers around it go, each
 * top-level piece reported as `page/outside-article`. The step only narrows
 * when the chosen element holds at least a quarter of the page's text, and
 * never touches fragments (feed items, Markdown dumps): in those an
 * `<article>` is more likely an embedded card than the article itself.
 *
 * Run it after {@link rehypeCollectPageMetadata}, which reads `<head>`.
 *
 * @example
 * ```ts
 * import rehypeParse from 'rehype-parse'
 * import rehypeStringify from 'rehype-stringify'
 * import {unified} from 'unified'
 * import {rehypeSelectArticle} from 'unsyndicate'
 *
 * const file = unified().use(rehypeParse).use(rehypeSelectArticle).use(rehypeStringify)
 *   .processSync('<html><body><nav><a href="/">Home</a></nav><article><p>Story.</p></article><footer>© Site</footer></body></html>')
 * String(file) // '<article><p>Story.</p></article>'
 * ```
 */
export const rehypeSelectArticle: Plugin<[], Root> = function () {
  return (tree, file) => {
    selectArticle(tree, file)
  }
}

/** Narrow `tree` to its article when it is a full page with one; see {@link rehypeSelectArticle}. */
export function selectArticle(tree: Root, file: VFile): void {
  const body = findBody(tree)
  if (body === null) return
  const marked = pickArticle(body)
  const picked = marked ?? densestContainer(body)
  if (picked === null) return
  const {article, length} = picked
  // The page's text is the article's and what lies outside it.
  const total = length + visibleLength(body, article)
  if (total === 0 || length < total * MIN_SHARE) return
  const path = pathTo(body, article)
  if (path === null) return
  // A container found by its paragraphs keeps the headline and meta lines right above it.
  const lead = marked === null ? headlineAbove(article, path[path.length - 2]) : []
  reportOutside(body, new Set(path), new Set([article, ...lead]), file)
  tree.children = [...lead, article] as RootContent[]
}

/** Most siblings taken above a container found by its paragraphs, and their longest text. */
const MAX_LEAD_SIBLINGS = 3
const MAX_LEAD_TEXT = 200

/**
 * The siblings right above `article` from a headline (`<h1>`, `<h2>`) down:
 * the title and the date or source line a page puts over its text, when no
 * more than {@link MAX_LEAD_SIBLINGS} short elements stand between. Empty when
 * there is no such headline.
 */
function headlineAbove(article: Element, parent: Element | undefined): Element[] {
  if (parent === undefined) return []
  const at = parent.children.indexOf(article)
  const lead: Element[] = []
  for (let index = at - 1; index >= 0 && lead.length < MAX_LEAD_SIBLINGS; index--) {
    const sibling = parent.children[index]!
    if (sibling.type !== 'element') continue
    if (visibleLength(sibling) > MAX_LEAD_TEXT) return []
    lead.unshift(sibling)
    if (sibling.tagName === 'h1' || sibling.tagName === 'h2') return lead
  }
  return []
}

/** Report, in document order, every top-level piece around the article (children of its ancestors off the path), but those kept. */
function reportOutside(node: Element, onPath: ReadonlySet<Element>, kept: ReadonlySet<Element>, file: VFile): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (kept.has(child)) continue
    if (onPath.has(child)) {
      reportOutside(child, onPath, kept, file)
      continue
    }
    if (child.tagName === 'script' || child.tagName === 'style' || child.tagName === 'noscript') continue
    const text = reportText([child], new Set())
    reportRemoval(file, 'page/outside-article', text !== '' ? text : describeElement(child))
  }
}

/** The chosen article and its text length (see {@link visibleLength}). */
function pickArticle(body: Element): {article: Element; length: number} | null {
  // Only elements that meet a selector's anchor can match it: hast-util-select
  // then tests a handful of childless copies instead of walking the page once
  // per selector.
  const {copies, live} = anchoredCopies({type: 'root', children: [body]}, ANCHORS)
  if (copies.size === 0) return null
  const root: Root = {type: 'root', children: [...copies.keys()]}
  for (const [index, selector] of ARTICLE_SELECTORS.entries()) {
    if (!live.has(index)) continue
    const found = selectAll(selector, root)
    if (found.length === 0) continue
    let best: {article: Element; length: number} | null = null
    for (const copy of found) {
      const article = copies.get(copy)!
      const length = visibleLength(article)
      if (best === null || length > best.length) best = {article, length}
    }
    return best
  }
  return null
}

/** Paragraphs shorter than this (code units of text, whitespace left out) are not counted as article text. */
const MIN_PARAGRAPH = 20
/** The container must hold this share of the page's paragraph text, in at least {@link MIN_PARAGRAPHS} paragraphs. */
const MIN_PARAGRAPH_SHARE = 0.7
/** A container is widened to the ancestor that holds this share, when one below `<body>` does. */
const WIDE_PARAGRAPH_SHARE = 0.9
const MIN_PARAGRAPHS = 3

/** Elements whose text a reader never sees: no paragraph of the page. */
const UNSEEN_TAGS: ReadonlySet<string> = new Set([...UNSEEN, 'textarea', 'select', 'option', 'svg'])

/** Elements whose text is a paragraph of their parent's, as `<p>` is (inline content counts for the block that holds it). */
const PHRASING_TAGS: ReadonlySet<string> = new Set(['a', 'b', 'strong', 'i', 'em', 'span', 'font', 'u', 'small', 'big', 'sub', 'sup', 'mark', 'q', 'cite', 'abbr'])

/**
 * For a page that marks no article: the element whose own paragraphs hold
 * the most text (its `<p>` children, and the text it holds itself between
 * `<br>`s, as an article written with `<br>` does), widened to the lowest ancestor below
 * `<body>` that holds {@link WIDE_PARAGRAPH_SHARE} of the page's paragraph
 * text (an article split by an ad), taken when it holds at least
 * {@link MIN_PARAGRAPH_SHARE} in at least {@link MIN_PARAGRAPHS} paragraphs
 * (a portal's `<div id="p-detail">` among its menus, rails and footers).
 * `null` when none does.
 */
function densestContainer(body: Element): {article: Element; length: number} | null {
  const parents = new Map<Element, Element>()
  const own = new Map<Element, number>()
  const paragraphs: Array<{holder: Element; length: number}> = []
  const add = (holder: Element, length: number): void => {
    if (length < MIN_PARAGRAPH) return
    paragraphs.push({holder, length})
    own.set(holder, (own.get(holder) ?? 0) + length)
  }
  eachElement(body, (node, _index, parent) => {
    const container = parent !== undefined && (parent as Element | Root).type === 'element' ? parent as Element : undefined
    if (container !== undefined) parents.set(node, container)
    if (node.tagName === 'p') {
      if (container !== undefined) add(container, visibleLength(node))
      return false
    }
    if (PHRASING_TAGS.has(node.tagName) || UNSEEN_TAGS.has(node.tagName)) return false
    // Text a block writes in lines of its own (`<div>line<br><br>line</div>`) is paragraphs too; link
    // text is navigation (a ticker, a menu), not the article's. A block without `<br>` is a list item,
    // a caption or a menu entry.
    if (!node.children.some((child) => child.type === 'element' && child.tagName === 'br')) return undefined
    let inline = 0
    for (const child of node.children) {
      if (child.type === 'text') inline += visibleLength(child)
      else if (child.type === 'element' && child.tagName !== 'a' && PHRASING_TAGS.has(child.tagName)) inline += visibleLength(child)
    }
    if (node !== body) add(node, inline)
    return undefined
  })
  let best: Element | null = null
  for (const [container, length] of own) if (best === null || length > own.get(best)!) best = container
  if (best === null || best === body) return null
  // Paragraph text and count below each element, summed up the ancestor chain once.
  let total = 0
  const below = new Map<Element, {text: number; count: number}>()
  for (const {holder, length} of paragraphs) {
    total += length
    for (let current: Element | undefined = holder; current !== undefined; current = parents.get(current)) {
      const sum = below.get(current)
      if (sum === undefined) below.set(current, {text: length, count: 1})
      else {
        sum.text += length
        sum.count++
      }
    }
  }
  let share = below.get(best)!
  while (share.text < total * WIDE_PARAGRAPH_SHARE) {
    const parent = parents.get(best)
    if (parent === undefined || parent === body) break
    best = parent
    share = below.get(best)!
  }
  if (share.count < MIN_PARAGRAPHS || share.text < total * MIN_PARAGRAPH_SHARE) return null
  return {article: best, length: visibleLength(best)}
}

/** The anchors of {@link ARTICLE_SELECTORS} (all plain compounds). */
const ANCHORS = selectorAnchors(ARTICLE_SELECTORS)!

function findBody(tree: Root): Element | null {
  for (const child of tree.children) {
    if (child.type !== 'element' || child.tagName !== 'html') continue
    for (const part of child.children) if (part.type === 'element' && part.tagName === 'body') return part
  }
  return null
}

/** The elements from `from` down to `to`, both included; `null` when `to` is not inside `from`. */
function pathTo(from: Element, to: Element): Element[] | null {
  // Depth-first, keeping only the current branch: when `to` is reached, the
  // branch is the path.
  const path: Element[] = [from]
  const next: number[] = [0]
  while (path.length > 0) {
    const top = path.length - 1
    const node = path[top]!
    if (node === to) return path
    const index = next[top]!
    if (index >= node.children.length) {
      path.pop()
      next.pop()
      continue
    }
    next[top] = index + 1
    const child = node.children[index]!
    if (child.type === 'element') {
      path.push(child)
      next.push(0)
    }
  }
  return null
}
