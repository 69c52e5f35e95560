import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Plugin} from 'unified'
import type {AnchorMode} from '../types.js'
import {isHttpUrl, tryParseUrl} from '../util/url.js'
import {append} from '../util/arrays.js'
import {isUnwrappedBySanitizer} from './sanitize.js'

/** Options of {@link rehypeUnwrapNeutralizedAnchors}. */
export interface UnwrapNeutralizedAnchorsOptions {
  /** `'unwrap'` (default): neutralized anchors become their text; `'restore'`: real links where safe. */
  mode?: AnchorMode
}

/**
 * Handle neutralized anchors: elements other than `a` that carry an `href`
 * (`<span href="https://…/tag/技术" target="_blank">技术</span>`), left behind
 * when a syndicator renamed the site's links so they would not work.
 *
 * - `'unwrap'` (default): a `span`, `font` or any element the sanitizer
 *   would unwrap later anyway (a made-up name such as `<ok href>`, `center`)
 *   is replaced by its children, so inline formatting inside it stays; any other element (`b`, `p`, `div`,
 *   `img`…) stays, minus its `href`, `target`, `rel` and other link
 *   attributes, since the element itself means something (bold, a paragraph).
 * - `'restore'`: when the `href` is an absolute `http:`/`https:` URL, the
 *   anchor becomes a real link instead: a `span`/`font` (or made-up element) is renamed to `a`
 *   (keeping only `href` and `title`), any other element gets an `a` around its
 *   children (around itself when it has none, like `img`). Relative URLs are
 *   unwrapped (no base is known here to resolve them against), and so are
 *   `javascript:`, `data:` and any other scheme. Links never nest: a
 *   neutralized anchor holding a real (or restored) link, or inside one, is
 *   unwrapped; so the innermost link wins.
 * - A neutralized anchor with no text and no image or media in it is removed
 *   (whitespace text in it stays, so the words around it do not join).
 * - Tag links are plain text in both modes, real `a` elements included: a
 *   link whose path is a tag, keyword or label listing (a `tag`, `tags`,
 *   `keyword`, `keywords`, `label` or `labels` segment followed by exactly one
 *   more segment, not after `releases` or `-`, which are Git forges' release
 *   tags) or a search page (last segment `search`, `search.php`,
 *   `search.html`… with a `q`, `query`, `keyword`, `keywords`, `k`, `wd`, `s`
 *   or `tag` parameter). `topic`/`topics` are left alone: they are often
 *   curated pages worth linking.
 * - `link`, `base` and `area` are legitimate holders of `href` and are left
 *   alone, as is everything inside `svg` and `math`.
 *
 * Nothing is reported: unwrapping keeps the text. Pure and linear: one pass
 * over the tree.
 *
 * @example
 * ```ts
 * import rehypeParse from 'rehype-parse'
 * import rehypeStringify from 'rehype-stringify'
 * import {unified} from 'unified'
 * import {rehypeUnwrapNeutralizedAnchors} from 'unsyndicate'
 *
 * const html = '<p>See <span href="https://a.test/x">this <b>report</b></span> on <span href="https://a.test/tag/AI">AI</span>.</p>'
 * const pipeline = (mode: 'unwrap' | 'restore') =>
 *   unified().use(rehypeParse, {fragment: true}).use(rehypeUnwrapNeutralizedAnchors, {mode}).use(rehypeStringify)
 * String(pipeline('unwrap').processSync(html))  // '<p>See this <b>report</b> on AI.</p>'
 * String(pipeline('restore').processSync(html)) // '<p>See <a href="https://a.test/x">this <b>report</b></a> on AI.</p>'
 * ```
 */
export const rehypeUnwrapNeutralizedAnchors: Plugin<[UnwrapNeutralizedAnchorsOptions?], Root> = function (options) {
  const mode: AnchorMode = options?.mode === 'restore' ? 'restore' : 'unwrap'
  return (tree) => {
    unwrapNeutralizedAnchors(tree, mode)
  }
}

/** Unwrap (or restore) the neutralized anchors of `tree` in place (see {@link rehypeUnwrapNeutralizedAnchors}). */
export function unwrapNeutralizedAnchors(tree: Root, mode: AnchorMode = 'unwrap'): void {
  walk(tree, mode, false)
}

/** Elements that hold `href` legitimately. */
const LEGIT_HREF = new Set(['a', 'link', 'base', 'area'])

/** Foreign content, not walked. */
const FOREIGN = new Set(['svg', 'math'])

/** Wrappers that mean nothing themselves: unwrapped to their children. */
const TRANSPARENT = new Set(['span', 'font'])

/** `span`, `font`, and any name the sanitizer would unwrap later anyway (`<ok href>`): wrappers that mean nothing. */
function isTransparent(tagName: string): boolean {
  return TRANSPARENT.has(tagName) || isUnwrappedBySanitizer(tagName)
}

/** Content that counts even without text. */
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math'])

/** Link attributes dropped from a neutralized element that stays. */
const LINK_PROPERTIES = ['href', 'target', 'rel', 'download', 'hrefLang', 'ping', 'referrerPolicy']

/** Path segments of tag, keyword and label listings. */
const TAG_SEGMENTS = new Set(['tag', 'tags', 'keyword', 'keywords', 'label', 'labels'])

/** Segments before a tag segment that make it something else (Git forge release tags). */
const NOT_TAG_AFTER = new Set(['releases', '-'])

/** Last path segments of search pages. */
const SEARCH_SEGMENTS = new Set(['search', 'search.php', 'search.html', 'search.htm', 'search.aspx', 'search.asp', 'search.jsp'])

/** Query parameters that carry a search term. */
const SEARCH_PARAMETERS = ['q', 'query', 'keyword', 'keywords', 'k', 'wd', 's', 'tag']

const DUMMY_BASE = 'https://base.invalid/'
const NOT_WHITESPACE = /\S/

/** What a walked subtree holds, as its parent needs to know. */
interface Summary {
  /** It holds an `a` element (after this pass). */
  link: boolean
  /** It holds non-whitespace text, an image or media. */
  content: boolean
}

type Parent = Root | Element

/** Walk `parent`'s children (`insideLink`: an ancestor is an `a`); summarize what they hold. */
function walk(parent: Parent, mode: AnchorMode, insideLink: boolean): Summary {
  const summary: Summary = {link: false, content: false}
  let out: RootContent[] | null = null
  const children = parent.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    let replacement: RootContent[] | null = null
    if (child.type === 'text') {
      if (!summary.content && NOT_WHITESPACE.test(child.value)) summary.content = true
    } else if (child.type === 'element') {
      const result = element(child, mode, insideLink)
      summary.link ||= result.summary.link
      summary.content ||= result.summary.content
      replacement = result.replacement
    }
    if (replacement !== null && out === null) out = children.slice(0, index)
    if (out !== null) {
      if (replacement === null) out.push(child)
      else append(out, replacement)
    }
  }
  if (out !== null) (parent as {children: RootContent[]}).children = out
  return summary
}

/** Handle one element: `replacement` is what stands in its place, `null` when it stays as it is. */
function element(node: Element, mode: AnchorMode, insideLink: boolean): {summary: Summary; replacement: RootContent[] | null} {
  if (FOREIGN.has(node.tagName)) return {summary: {link: false, content: true}, replacement: null}

  if (node.tagName === 'a') {
    const href = node.properties['href']
    if (typeof href === 'string' && isTagLink(href)) {
      const inner = walk(node, mode, insideLink)
      return {summary: inner, replacement: node.children}
    }
    const isLink = typeof href === 'string'
    const inner = walk(node, mode, insideLink || isLink)
    return {summary: {link: inner.link || isLink, content: inner.content}, replacement: null}
  }

  const href = node.properties['href']
  if (LEGIT_HREF.has(node.tagName) || href === undefined || href === null) {
    const inner = walk(node, mode, insideLink)
    return {summary: {link: inner.link, content: inner.content || MEDIA.has(node.tagName)}, replacement: null}
  }

  // A neutralized anchor.
  const inner = walk(node, mode, insideLink)
  const media = MEDIA.has(node.tagName)
  if (!inner.content && !media) {
    // Nothing to read: it goes, keeping only whitespace between its neighbours.
    const spaces = node.children.filter((child) => child.type === 'text')
    return {summary: inner, replacement: spaces}
  }
  const url = typeof href === 'string' ? href.trim() : ''
  const transparent = isTransparent(node.tagName)
  const wrappable = transparent || node.children.length > 0 || media
  const restore = mode === 'restore' && wrappable && !insideLink && !inner.link && isRestorable(url)
  const summary: Summary = {link: inner.link || restore, content: true}

  if (transparent) {
    if (!restore) return {summary, replacement: node.children}
    const properties: Element['properties'] = {href: url}
    const title = node.properties['title']
    if (typeof title === 'string') properties['title'] = title
    return {summary, replacement: [{type: 'element', tagName: 'a', properties, children: node.children}]}
  }

  for (const name of LINK_PROPERTIES) delete node.properties[name]
  if (!restore) return {summary, replacement: null}
  const link = (children: ElementContent[]): Element => ({type: 'element', tagName: 'a', properties: {href: url}, children})
  if (node.children.length === 0) return {summary, replacement: [link([node])]}
  node.children = [link(node.children)]
  return {summary, replacement: null}
}

/** Absolute http(s) URLs that parse, and are not tag links. */
function isRestorable(url: string): boolean {
  return url !== '' && isHttpUrl(url) && tryParseUrl(url) !== null && !isTagLink(url)
}

/**
 * Whether `href` points at a tag, keyword or label listing, or a search page
 * (see {@link rehypeUnwrapNeutralizedAnchors}). Relative URLs are read as paths.
 */
export function isTagLink(href: string): boolean {
  return mayBeTagLink(href) && isTagLinkParsed(href)
}

/** Characters the URL parser decodes or drops inside a URL: with any of them, only parsing tells. */
const PARSER_REWRITES = /[%\t\n\r]/

/**
 * A cheap test that {@link isTagLink} can only pass: a tag link names a
 * `tag`, `keyword` or `label` segment or a `search` page, and without
 * percent escapes (or tabs and newlines, which the parser drops) those words
 * stand in the text as written, in any case.
 */
export function mayBeTagLink(href: string): boolean {
  if (PARSER_REWRITES.test(href)) return true
  const lower = href.toLowerCase()
  return lower.includes('tag') || lower.includes('keyword') || lower.includes('label') || lower.includes('search')
}

/** {@link isTagLink} by parsing `href`, without the cheap test first. */
export function isTagLinkParsed(href: string): boolean {
  const url = tryParseUrl(href.trim(), DUMMY_BASE)
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false
  const segments = url.pathname.split('/').filter((segment) => segment !== '').map(decodeSegment)
  const last = segments.length - 1
  if (last >= 0 && SEARCH_SEGMENTS.has(segments[last]!)) {
    for (const name of SEARCH_PARAMETERS) {
      const value = url.searchParams.get(name)
      if (value !== null && value.trim() !== '') return true
    }
  }
  if (last < 1) return false
  const candidate = last - 1
  if (!TAG_SEGMENTS.has(segments[candidate]!)) return false
  return candidate === 0 || !NOT_TAG_AFTER.has(segments[candidate - 1]!)
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase()
  } catch {
    return segment.toLowerCase()
  }
}
