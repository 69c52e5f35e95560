import type {Root} from 'hast'
import type {Plugin} from 'unified'
import {eachElement} from '../util/walk.js'
import {getState} from '../pipeline/state.js'
import {isHttpUrl, tryParseUrl} from '../util/url.js'

/** Options of {@link rehypeResolveUrls}. */
export interface ResolveUrlsOptions {
  /**
   * The absolute http(s) URL relative links and images are resolved against.
   * Default: the original article's URL stated by the envelope (front matter
   * `from`/`url`/`link`, or the `[title](url)` header), when there is one.
   */
  base?: string
}

/** Attributes holding one URL, per element. */
const URL_ATTRIBUTES: Readonly<Record<string, string>> = {a: 'href', img: 'src', blockquote: 'cite', q: 'cite'}

/**
 * Resolve relative `href`/`src`/`cite` URLs against the page they came from,
 * so `<a href="/a/1.html">` from a copy of `https://news.example.com/x/` is
 * written as `https://news.example.com/a/1.html`. Only http(s) bases are
 * used; fragment-only links (`#note-1`) and URLs with a scheme are left as
 * they are; when no base is known nothing changes. In a Markdown body, a
 * path-relative URL (`../assets/img-0.png`) points into the archive that
 * holds the file, so it stays unless the caller gives `base`.
 *
 * @example
 * ```ts
 * import {fromHtml} from 'hast-util-from-html'
 * import {unified} from 'unified'
 * import {rehypeResolveUrls} from 'unsyndicate'
 *
 * const tree = fromHtml('<a href="/b.html">b</a>', {fragment: true})
 * unified().use(rehypeResolveUrls, {base: 'https://example.com/a/'}).runSync(tree)
 * // <a href="https://example.com/b.html">b</a>
 * ```
 */
export const rehypeResolveUrls: Plugin<[ResolveUrlsOptions?], Root> = function (options) {
  return (tree, file) => {
    const envelope = getState(file).envelope
    const given = pickBase(options?.base)
    const base = given ?? pickBase(envelopeUrl(envelope?.frontMatter, envelope?.titleHeader?.url))
    if (base === null) return
    // A Markdown file's path-relative links and images (`../assets/img-0.png`) point into the archive
    // that holds it, not to the original site: only a base given by the caller resolves them.
    const pathRelative = given !== null || envelope?.format !== 'markdown'
    eachElement(tree, (node) => {
      const attribute = URL_ATTRIBUTES[node.tagName]
      if (attribute === undefined) return
      const value = node.properties[attribute]
      if (typeof value !== 'string') return
      if (!pathRelative && isPathRelative(value)) return
      const resolved = resolveUrl(value, base)
      if (resolved !== null) node.properties[attribute] = resolved
    })
  }
}

/** `url` resolved against `base` when it is relative (not a fragment, no scheme); `null` when it stays as is. */
export function resolveUrl(url: string, base: string): string | null {
  const value = url.trim()
  if (value === '' || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return null
  const parsed = tryParseUrl(value, base)
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : null
}

/** Whether `url` is a path-relative reference (`img/a.png`, `../a.png`, `./a`): no scheme, not from the root or a host. */
function isPathRelative(url: string): boolean {
  const value = url.trim()
  return value !== '' && !value.startsWith('/') && !value.startsWith('#') && !value.startsWith('?') && !/^[a-z][a-z0-9+.-]*:/i.test(value)
}

function pickBase(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || !isHttpUrl(url)) return null
  return tryParseUrl(url.trim())?.href ?? null
}

/** Front matter keys that name the original article, in order of trust. */
const FRONT_MATTER_URL_KEYS = ['url', 'from', 'link', 'original', 'source_url', 'canonical']

function envelopeUrl(frontMatter: Readonly<Record<string, unknown>> | null | undefined, headerUrl: string | null | undefined): string | null {
  for (const key of FRONT_MATTER_URL_KEYS) {
    const value = frontMatter?.[key]
    if (typeof value === 'string' && isHttpUrl(value)) return value
  }
  return headerUrl ?? null
}
