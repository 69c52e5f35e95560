import {LINK_REDIRECTS, type LinkRedirect} from '../rules/link-redirects.js'
import {percentDecode, rawQueryParam} from './embedded-url.js'
import {tryParseUrl} from './url.js'

/** The redirects by host, for a lookup per link. */
const BY_HOST: ReadonlyMap<string, readonly LinkRedirect[]> = groupByHost(LINK_REDIRECTS)

/** How many redirects in a row are followed (a redirect to a redirect). */
const MAX_HOPS = 3

const AUTHORITY = /^https?:\/\/([^/?#]+)/i

/**
 * The target of a link through a known redirect ({@link LINK_REDIRECTS}):
 * `https://link.zhihu.com/?target=https%3A//example.com/a` →
 * `https://example.com/a`, through up to three redirects in a row. `null`
 * when `url` goes through none, when its target is no http(s) URL, or when
 * more redirects follow than are followed (the link is then left as it is,
 * so cleaning the output again changes nothing).
 */
export function unredirectUrl(url: string): string | null {
  let current = url
  let found: string | null = null
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const next = redirectTarget(current)
    if (next === null) return found
    found = current = next
  }
  return redirectTarget(current) === null ? found : null
}

function redirectTarget(url: string): string | null {
  // The authority as written, to turn most links down without parsing them; the parsed host decides.
  const authority = AUTHORITY.exec(url)?.[1]
  if (authority === undefined || redirectsFor(authority.toLowerCase().replace(/:\d+$/, '').replace(/^.*@/, '')) === null) return null
  const parsed = tryParseUrl(url)
  const candidates = parsed === null ? null : redirectsFor(parsed.hostname)
  if (parsed === null || candidates === null) return null
  for (const redirect of candidates) {
    if (!onPath(parsed.pathname, redirect.path)) continue
    const raw = rawQueryParam(parsed.search, [redirect.param])
    if (raw === null) continue
    const target = percentDecode(raw.replace(/\+/g, '%20')).trim()
    if (/^https?:\/\/[^/?#\s]/i.test(target) && tryParseUrl(target) !== null) return target
  }
  return null
}

/** Whether `pathname` is `path`, or under it (`/url` is not `/urlfoo`). */
function onPath(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`)
}

/** The redirects on `host` or on a domain it is a subdomain of, or `null`. */
function redirectsFor(host: string): readonly LinkRedirect[] | null {
  for (let domain = host; domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
    const found = BY_HOST.get(domain)
    if (found !== undefined) return found
  }
  return null
}

function groupByHost(redirects: readonly LinkRedirect[]): Map<string, LinkRedirect[]> {
  const map = new Map<string, LinkRedirect[]>()
  for (const redirect of redirects) {
    const list = map.get(redirect.host)
    if (list) list.push(redirect)
    else map.set(redirect.host, [redirect])
  }
  return map
}
