import type {Element, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {raw} from 'hast-util-raw'
import type {Nodes as MdNodes, Root as MdRoot} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'

const mdParser = unified().use(remarkParse).use(remarkGfm)

/** Parse Markdown (GFM) into mdast, as a reader of the output would. */
export function parseMarkdown(markdown: string): MdRoot {
  return mdParser.runSync(mdParser.parse(markdown)) as MdRoot
}

/** Raw HTML nodes (`html` mdast nodes) in the Markdown, as their values. */
export function rawHtmlNodes(markdown: string): string[] {
  const out: string[] = []
  visit(parseMarkdown(markdown), 'html', (node) => {
    out.push(node.value)
  })
  return out
}

/** Every link, image and definition URL in the Markdown. */
export function markdownUrls(markdown: string): string[] {
  const out: string[] = []
  visit(parseMarkdown(markdown), (node: MdNodes) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') out.push(node.url)
  })
  return out
}

/** Whether a URL is http(s), mailto or relative (no other scheme). */
export function isSafeOutputUrl(url: string): boolean {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)
  if (!scheme) return true
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase())
}

/**
 * Render Markdown the permissive way a careless consumer would: GFM, raw HTML
 * allowed and re-parsed (hast-util-raw), stringified.
 */
export function renderDangerously(markdown: string): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, {allowDangerousHtml: true})
    .use(() => (tree: HastRoot) => raw(tree) as HastRoot)
    .use(rehypeStringify, {allowDangerousHtml: true})
  return String(processor.processSync(markdown))
}

/** Browsers ignore these in a URL scheme: strip them before judging it. */
function schemeOf(url: string): string {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
  const match = /^([a-z][a-z0-9+.-]*):/.exec(compact)
  return match ? match[1]! : ''
}

/** What is unsafe in rendered HTML: forbidden elements, handlers and URL schemes. */
export function unsafeParts(html: string, options: {allowDataImages?: boolean} = {}): string[] {
  const problems: string[] = []
  if (/<script/i.test(html)) problems.push('<script')
  const tree = fromHtml(html, {fragment: true})
  visit(tree, 'element', (node: Element) => {
    if (['script', 'iframe', 'object', 'embed', 'style', 'frame', 'applet', 'base', 'meta', 'link', 'form'].includes(node.tagName)) {
      problems.push(`<${node.tagName}>`)
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`${node.tagName}[${name}]`)
      if (name === 'style') problems.push(`${node.tagName}[style]`)
      if (!['href', 'src', 'action', 'formAction', 'srcDoc', 'data', 'poster', 'xLinkHref', 'cite', 'background'].includes(name)) continue
      const text = Array.isArray(value) ? value.join(' ') : String(value)
      if (name === 'srcDoc') problems.push(`${node.tagName}[srcdoc]`)
      const scheme = schemeOf(text)
      if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript') problems.push(`${node.tagName}[${name}]=${text}`)
      if (scheme === 'data') {
        const image = node.tagName === 'img' && name === 'src' && options.allowDataImages && /^data:image\//i.test(text.trim())
        if (!image) problems.push(`${node.tagName}[${name}]=${text.slice(0, 60)}`)
      }
    }
  })
  return problems
}

/** Whether a metadata string looks like a script URL. */
export function isScriptLikeUrl(value: string): boolean {
  const scheme = schemeOf(value)
  return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
}
