import type {Element, Root, RootContent} from 'hast'
import {selectAll} from 'hast-util-select'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {reportRemoval} from '../pipeline/state.js'
import {visibleLength} from '../util/text-content.js'
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
 * `<article>`, `role="main"`, `<main>`, common article-body classes). Site
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
  const picked = pickArticle(body)
  if (picked === null) return
  const {article, length} = picked
  // The page's text is the article's and what lies outside it.
  const total = length + visibleLength(body, article)
  if (total === 0 || length < total * MIN_SHARE) return
  const path = pathTo(body, article)
  if (path === null) return
  reportOutside(body, new Set(path), article, file)
  tree.children = [article as RootContent]
}

/** Report, in document order, every top-level piece around the article (children of its ancestors off the path). */
function reportOutside(node: Element, onPath: ReadonlySet<Element>, article: Element, file: VFile): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child === article) continue
    if (onPath.has(child)) {
      reportOutside(child, onPath, article, file)
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
