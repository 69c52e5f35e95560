import type {Element, Root} from 'hast'
import {toString} from 'hast-util-to-string'
import type {Plugin} from 'unified'
import {savedFromUrl} from '../envelope/leading-comments.js'
import {eachElement} from '../util/walk.js'

/** What a full HTML page states about itself in `<head>` and JSON-LD, read before cleaning. */
export interface PageMetadata {
  /** `og:title`, `twitter:title`, JSON-LD `headline` or `<title>` (as written). */
  title: string | null
  /** `og:site_name`, `application-name` or JSON-LD `publisher.name`. */
  siteName: string | null
  /** `<link rel=canonical>` or `og:url`. */
  url: string | null
  /** `article:published_time`, JSON-LD `datePublished`, `pubdate`… (as written). */
  published: string | null
  /** `author` / `article:author` meta and JSON-LD `author` names. */
  authors: string[]
  /** `keywords` / `news_keywords` / `article:tag`. */
  keywords: string[]
  /** `article:section`. */
  section: string | null
  /** `<html lang>`. */
  lang: string | null
  /** `og:image`. */
  image: string | null
  /** The `datetime` of the first `<time>` that is all its parent shows (as written): the article's date when nothing else states one. */
  time: string | null
}

declare module 'vfile' {
  interface DataMap {
    /** Set by {@link rehypeCollectPageMetadata}. */
    pageMeta: PageMetadata
  }
}

/**
 * Read `<title>`, `<meta>` (Open Graph, `article:*`, `author`, `keywords`),
 * `<link rel=canonical>`, `<html lang>`, JSON-LD (`NewsArticle`: headline,
 * datePublished, author, publisher) and the first `<time datetime>` into `file.data.pageMeta`. Must run
 * before sanitizing, which removes them. Does not change the tree.
 */
export const rehypeCollectPageMetadata: Plugin<[], Root> = function () {
  return (tree, file) => {
    const meta: PageMetadata = {
      title: null, siteName: null, url: null, published: null, authors: [], keywords: [], section: null, lang: null, image: null, time: null
    }
    let found = false
    eachElement(tree, (node, _, parent) => {
      // An inline SVG's <title> (`Group`, a logo's layer name) is no page title, and nothing else in it is read.
      if (node.tagName === 'svg') return false
      if (node.tagName === 'html' && typeof node.properties['lang'] === 'string') {
        meta.lang ??= node.properties['lang']
        found = true
      } else if (node.tagName === 'title') {
        meta.title ??= clean(toString(node))
        found = true
      } else if (node.tagName === 'link') {
        const rel = node.properties['rel']
        if (Array.isArray(rel) && rel.includes('canonical') && typeof node.properties['href'] === 'string') {
          meta.url ??= node.properties['href']
          found = true
        }
      } else if (node.tagName === 'meta') {
        found = readMeta(node, meta) || found
      } else if (node.tagName === 'time' && meta.time === null && parent !== undefined && isAlone(node, parent as Root | Element)) {
        const value = node.properties['dateTime']
        if (typeof value === 'string' && value.trim() !== '') {
          meta.time = value.trim()
          found = true
        }
      } else if (node.tagName === 'script' && node.properties['type'] === 'application/ld+json') {
        found = readJsonLd(toString(node), meta) || found
      }
      return undefined
    })
    // Last: the address a browser or archiver noted in a comment around the page's start.
    const saved = meta.url === null ? savedPageUrl(tree) : null
    if (saved !== null) {
      meta.url = saved
      found = true
    }
    if (found) file.data.pageMeta = meta
  }
}

/**
 * The address in a comment at the top level of the document or of its
 * `<html>` (`<!-- saved from url=(0047)https://… -->` after the doctype,
 * SingleFile's comment inside `<html>`; see {@link savedFromUrl}), or `null`.
 */
function savedPageUrl(tree: Root): string | null {
  for (const node of tree.children) {
    if (node.type === 'comment') {
      const url = savedFromUrl(node.value.trim())
      if (url !== null) return url
    } else if (node.type === 'element' && node.tagName === 'html') {
      for (const child of node.children) {
        if (child.type !== 'comment') continue
        const url = savedFromUrl(child.value.trim())
        if (url !== null) return url
      }
    }
  }
  return null
}

/**
 * Whether `time` is all its parent shows (a timestamp line such as
 * `<div><time datetime="2020-10-09">13 分钟前</time></div>`), not a date
 * inside a sentence. Only small parents are read.
 */
function isAlone(time: Element, parent: Root | Element): boolean {
  if (parent.children.length > 5) return false
  return toString(parent).trim() === toString(time).trim()
}

function clean(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat || null
}

function readMeta(node: Element, meta: PageMetadata): boolean {
  const key = String(node.properties['property'] ?? node.properties['name'] ?? node.properties['itemProp'] ?? '').toLowerCase()
  const content = typeof node.properties['content'] === 'string' ? clean(node.properties['content']) : null
  if (!key || !content) return false
  switch (key) {
    case 'og:title': case 'twitter:title': meta.title = meta.title && key === 'twitter:title' ? meta.title : content; break
    case 'og:site_name': case 'application-name': meta.siteName ??= content; break
    case 'og:url': meta.url ??= content; break
    case 'article:published_time': case 'pubdate': case 'publishdate': case 'date': case 'datepublished': case 'dc.date': meta.published ??= content; break
    case 'author': case 'article:author': if (!/^https?:/i.test(content)) meta.authors.push(content); break
    case 'keywords': case 'news_keywords': meta.keywords.push(...content.split(/[,，、;；]/).map((k) => k.trim()).filter(Boolean)); break
    case 'article:tag': meta.keywords.push(content); break
    case 'article:section': meta.section ??= content; break
    case 'og:image': meta.image ??= content; break
    default: return false
  }
  return true
}

function readJsonLd(text: string, meta: PageMetadata): boolean {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return false
  }
  let found = false
  const items: unknown[] = Array.isArray(data) ? data : [data]
  for (const item of items) {
    if (!isObject(item)) continue
    const graph = Array.isArray(item['@graph']) ? item['@graph'] : [item]
    for (const entry of graph) {
      if (!isObject(entry) || !/Article|Posting|Report/.test(String(entry['@type'] ?? ''))) continue
      found = true
      if (typeof entry['headline'] === 'string') meta.title ??= clean(entry['headline'])
      if (typeof entry['datePublished'] === 'string') meta.published = entry['datePublished']
      const publisher = entry['publisher']
      if (isObject(publisher) && typeof publisher['name'] === 'string') meta.siteName = clean(publisher['name'])
      const authors = Array.isArray(entry['author']) ? entry['author'] : [entry['author']]
      for (const author of authors) {
        const name = typeof author === 'string' ? author : isObject(author) && typeof author['name'] === 'string' ? author['name'] : null
        if (name && clean(name) && !meta.authors.includes(clean(name)!)) meta.authors.push(clean(name)!)
      }
      if (typeof entry['url'] === 'string') meta.url ??= entry['url']
    }
  }
  return found
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
