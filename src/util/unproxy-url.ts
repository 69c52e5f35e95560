/**
 * Undo image proxies: the pure function behind `rehypeUnproxyImages`.
 */
import {builtinProxies, nonProxyHosts} from '../rules/image-proxies.js'
import type {ProxyPattern} from '../types.js'
import {decodeRepeatedly, looksLikeTarget, percentDecode, startsWithHost} from './embedded-url.js'

/** How many proxies wrapped in one another are undone at most. */
export const MAX_UNPROXY_ROUNDS = 5

/** Base for relative URLs (`/_next/image?url=…`), stripped again from results on it. */
const RELATIVE_BASE = 'https://relative.unsyndicate.invalid/'
const RELATIVE_ORIGIN = 'https://relative.unsyndicate.invalid'

const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const HTTP_SCHEME = /^https?:/i
const HTTP_START = /^https?:\/\//i
const SSL_PREFIX = /^ssl:/i

/** Query parameters that carry the target URL of a proxy. */
const PROXY_PARAMS = new Set(['url', 'u', 'src', 'source', 'image', 'img', 'imgurl', 'imageurl', 'image_url'])

/** Path fragments of a URL written into a path (lower case). */
const EMBEDDED_IN_PATH = ['/http:/', '/https:/', 'http%3a%2f%2f', 'https%3a%2f%2f']

function parseUrl(url: string, base?: string): URL | null {
  try {
    return base === undefined ? new URL(url) : new URL(url, base)
  } catch {
    return null
  }
}

/** Parse an image URL: absolute http(s), protocol-relative (as https) or relative; other schemes are `null`. */
function parseInput(input: string): URL | null {
  if (SCHEME.test(input)) return HTTP_SCHEME.test(input) ? parseUrl(input) : null
  if (input.startsWith('//')) return parseUrl('https:' + input)
  return parseUrl(input, RELATIVE_BASE)
}

function isNonProxyHost(hostname: string): boolean {
  return nonProxyHosts.some((host) => hostname === host || hostname.endsWith('.' + host))
}

function isHttp(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
}

/** The usable patterns of a user's list (anything without an `unproxy` function is ignored). */
function usablePatterns(proxies: unknown): ProxyPattern[] {
  if (!Array.isArray(proxies)) return []
  return proxies.filter(
    (pattern: unknown): pattern is ProxyPattern =>
      typeof pattern === 'object' && pattern !== null && typeof (pattern as ProxyPattern).unproxy === 'function'
  )
}

/**
 * One round: the first pattern that turns `current` into another http(s)
 * URL. The user's patterns each get a copy of `current` (they might change
 * it); the built-in ones only read it and share it.
 */
function unwrapOnce(current: URL, own: readonly ProxyPattern[]): URL | null {
  for (const pattern of own) {
    const next = applyPattern(pattern, new URL(current.href), current)
    if (next) return next
  }
  for (const pattern of builtinProxies) {
    const next = applyPattern(pattern, current, current)
    if (next) return next
  }
  return null
}

/** What `pattern` makes of `input` (a URL equal to `current`): a new http(s) URL other than `current`, or `null`. */
function applyPattern(pattern: ProxyPattern, input: URL, current: URL): URL | null {
  let result: unknown
  try {
    result = pattern.unproxy(input)
  } catch {
    return null
  }
  if (typeof result !== 'string') return null
  const target = result.trim()
  if (target === '' || (SCHEME.test(target) && !HTTP_SCHEME.test(target))) return null
  const next = parseUrl(target, current.href)
  return next && isHttp(next) && next.href !== current.href ? next : null
}

/** {@link unproxyUrl} of `url`, with the parse of `url` when it is returned unchanged (else `null`). */
function unproxyParsed(url: string, proxies: readonly ProxyPattern[]): {url: string; parsed: URL | null} {
  const parsed = parseInput(url.trim())
  if (!parsed) return {url, parsed: null}
  const own = usablePatterns(proxies)
  let current = parsed
  for (let round = 0; round < MAX_UNPROXY_ROUNDS; round++) {
    if (isNonProxyHost(current.hostname)) break
    const next = unwrapOnce(current, own)
    if (!next) break
    current = next
  }
  if (current === parsed) return {url, parsed}
  return {url: current.origin === RELATIVE_ORIGIN ? current.pathname + current.search + current.hash : current.href, parsed: null}
}

/**
 * The original URL behind a proxied image URL, or `url` unchanged when it is
 * not a known proxy's (or its target is not http(s)).
 *
 * `proxies` are tried first, then {@link builtinProxies}; wrapped proxies are
 * undone one after the other (at most `MAX_UNPROXY_ROUNDS` (5)). A pattern's
 * relative result is resolved against the proxy URL. A relative input
 * (`/_next/image?url=%2Fa.jpg`) gives a relative result (`/a.jpg`) when the
 * original is on the same origin. Never throws.
 *
 * @example
 * ```ts
 * unproxyUrl('https://images.weserv.nl/?url=ssl:example.com/a.jpg&w=600')
 * // 'https://example.com/a.jpg'
 * ```
 */
export function unproxyUrl(url: string, proxies: readonly ProxyPattern[] = []): string {
  if (typeof url !== 'string') return ''
  return unproxyParsed(url, proxies).url
}

/**
 * {@link unproxyUrl} of `url` and {@link unknownProxyHost} of the result,
 * parsing `url` once when no proxy is undone (the common case).
 */
export function unproxyImageUrl(url: string, proxies: readonly ProxyPattern[] = []): {url: string; unknownProxyHost: string | null} {
  if (typeof url !== 'string') return {url: '', unknownProxyHost: null}
  if (proxies.length === 0 && isPlainImageUrl(url)) return {url, unknownProxyHost: null}
  const {url: original, parsed} = unproxyParsed(url, proxies)
  return {url: original, unknownProxyHost: parsed === null ? unknownProxyHost(original) : unknownProxyHostOf(parsed)}
}

/**
 * `http(s)://host/path` with a host of ASCII letters, digits, dots and
 * hyphens, and a path without a query, fragment, `%`, backslash, space or
 * control character: the URL parser changes such a path only by
 * percent-encoding characters (never into `%` followed by `2F`, `3A` or a
 * letter past `F`), so what the path shows in it the raw text shows too.
 */
const PLAIN_HTTP_URL = /^https?:\/\/([a-z0-9.-]+)(\/[^?#%\\\x00-\x20]*)$/i

/**
 * Pieces of a path (lower case) that a built-in pattern or the unknown-proxy
 * test needs without a query: the Cloudflare, IPX and base64 paths, a URL
 * written into the path (`http`: Cloudinary, imgproxy and path-embedded
 * targets all start so), and a dot segment, which the parser removes,
 * joining what is around it (`/cdn-cgi/x/../image/`). Patterns that read a
 * query parameter (weserv, Next.js, DuckDuckGo, camo by host) find none in a
 * plain URL.
 */
const PROXY_PATH_MARKS = ['/cdn-cgi/image/', '/_ipx/', ',b64/', 'http', '/.']

/**
 * Whether `url` is certainly no proxy's, built-in or unknown, checked on the
 * text without parsing it: {@link unproxyImageUrl} without the user's
 * patterns gives it back unchanged with no unknown proxy host. `false` only
 * says that parsing is needed.
 */
function isPlainImageUrl(url: string): boolean {
  // Trimmed whitespace could hide a hex-only (camo) path.
  const match = url.trimEnd().length === url.length ? PLAIN_HTTP_URL.exec(url) : null
  if (match === null) return false
  const path = match[2]!.toLowerCase()
  // Jetpack reads the path of i0.wp.com … i3.wp.com; camo a path of hex digits and slashes only.
  return !match[1]!.toLowerCase().endsWith('wp.com') && !PROXY_PATH_MARKS.some((mark) => path.includes(mark))
    && /[^0-9a-f/]/.test(path)
}

/** Whether a proxy parameter's value reads as a URL: `http(s)://`, `//host/`, `ssl:host` or `host.tld/…`. */
function isTargetValue(raw: string): boolean {
  const value = decodeRepeatedly(raw, looksLikeTarget).trim()
  if (HTTP_START.test(value) || SSL_PREFIX.test(value)) return true
  const rest = value.startsWith('//') ? value.slice(2) : value
  return startsWithHost(rest, true)
}

/**
 * The host of `url` when it looks like an image proxy no pattern knows (a
 * `url=`/`u=`/`src=`/`image=` parameter holding a URL, or a URL written into
 * its path), else `null`. Relative URLs are named `(relative URL)`. Archives
 * are not proxies. Pure; never throws.
 */
export function unknownProxyHost(url: string): string | null {
  if (typeof url !== 'string') return null
  const parsed = parseInput(url.trim())
  return parsed === null ? null : unknownProxyHostOf(parsed)
}

/** {@link unknownProxyHost} of a URL already parsed (as `parseInput` parses it). */
function unknownProxyHostOf(parsed: URL): string | null {
  if (isNonProxyHost(parsed.hostname)) return null
  const host = parsed.origin === RELATIVE_ORIGIN ? '(relative URL)' : parsed.host
  const query = parsed.search.slice(1)
  if (query !== '') {
    for (const pair of query.split('&')) {
      const equals = pair.indexOf('=')
      if (equals <= 0) continue
      const key = percentDecode(pair.slice(0, equals)).toLowerCase()
      if (PROXY_PARAMS.has(key) && isTargetValue(pair.slice(equals + 1))) return host
    }
  }
  const path = parsed.pathname.toLowerCase()
  return EMBEDDED_IN_PATH.some((fragment) => path.includes(fragment)) ? host : null
}
