/**
 * Built-in image proxy patterns, as data: each names a proxy or CDN resizer
 * and recovers the original URL from one of its URLs. A pattern returns
 * `null` when the URL is not one of its own; a relative result is resolved
 * against the proxy URL (same origin); only http(s) results are used.
 */
import type {ProxyPattern} from '../types.js'
import {
  decodeBase64Url,
  decodeHex,
  decodeRepeatedly,
  looksLikeTarget,
  percentDecode,
  rawQueryParam,
  startsWithHost,
  toHttpTarget,
  withoutQueryParams
} from '../util/embedded-url.js'

const HTTP_START = /^https?:\/\//i
const ENCODED_HTTP_START = /^https?%3a%2f%2f/i
/** The `https:` segment of a URL written into a path (split on `/`). */
const HTTP_SEGMENT = /^https?:$/i
/** `http:/host` or `https:/host` with the double slash collapsed (seen in path-embedded URLs). */
const COLLAPSED_HTTP_START = /^(https?):\/(?!\/)/i

/** Whether `hostname` is `domain` or one of its subdomains. */
function onDomain(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith('.' + domain)
}

/** Whether a decoded value is an absolute http(s) URL or a root-relative path. */
function absoluteOrRooted(value: string): boolean {
  return HTTP_START.test(value) || value.startsWith('/')
}

/**
 * A URL written into a path after the proxy's own segments: `https://…`,
 * `https:/…` (collapsed slashes), or percent-encoded `https%3A%2F%2F…`.
 * The proxy URL's query goes with an unencoded target, not with an encoded one.
 */
function pathTarget(rest: string, search: string): string | null {
  if (ENCODED_HTTP_START.test(rest)) {
    return decodeRepeatedly(rest, (value) => HTTP_START.test(value))
  }
  const fixed = rest.replace(COLLAPSED_HTTP_START, '$1://')
  return HTTP_START.test(fixed) ? fixed + search : null
}

/** images.weserv.nl and wsrv.nl: `?url=` with or without scheme, `ssl:` prefix, encoded or not. */
const weserv: ProxyPattern = {
  name: 'weserv',
  unproxy(url) {
    if (!onDomain(url.hostname, 'weserv.nl') && !onDomain(url.hostname, 'wsrv.nl')) return null
    const raw = rawQueryParam(url.search, ['url'])
    return raw === null ? null : toHttpTarget(decodeRepeatedly(raw, looksLikeTarget))
  }
}

const JETPACK_HOST = /^i[0-3]\.wp\.com$/
/** Jetpack (Photon) image parameters: they resize the image, they are not part of it. */
const JETPACK_PARAMS = new Set([
  'w', 'h', 'crop', 'resize', 'fit', 'lb', 'ulb', 'filter', 'brightness', 'contrast',
  'colorize', 'smooth', 'zoom', 'quality', 'strip', 'ssl'
])

/** Jetpack `i0.wp.com/host/path` (i0–i3): the original is `https://host/path`, resize parameters dropped. */
const jetpack: ProxyPattern = {
  name: 'jetpack',
  unproxy(url) {
    if (!JETPACK_HOST.test(url.hostname)) return null
    const rest = url.pathname.slice(1)
    if (!startsWithHost(rest, true)) return null
    return 'https://' + rest + withoutQueryParams(url.search, JETPACK_PARAMS)
  }
}

/** Next.js and Vercel `/_next/image?url=` (`/_vercel/image`): a path is on the proxy's origin. */
const nextImage: ProxyPattern = {
  name: 'next-image',
  unproxy(url) {
    const path = url.pathname
    if (!path.endsWith('/_next/image') && !path.endsWith('/_vercel/image')) return null
    const raw = rawQueryParam(url.search, ['url'])
    if (raw === null) return null
    const value = decodeRepeatedly(raw, absoluteOrRooted)
    return absoluteOrRooted(value) ? value : null
  }
}

/**
 * A resizer whose path is `<prefix><options>/<URL or path>`: the original is
 * whatever follows the options segment (a path is on the proxy's own origin).
 */
function optionsPathProxy(name: string, prefix: string): ProxyPattern {
  return {
    name,
    unproxy(url) {
      const path = url.pathname
      if (!path.startsWith(prefix)) return null
      const afterOptions = path.indexOf('/', prefix.length)
      if (afterOptions <= prefix.length) return null
      const rest = path.slice(afterOptions + 1)
      if (rest === '') return null
      return pathTarget(rest, url.search) ?? '/' + rest.replace(/^\/+/, '') + url.search
    }
  }
}

/** Cloudflare `/cdn-cgi/image/<options>/<URL or path>`. */
const cloudflare = optionsPathProxy('cloudflare-images', '/cdn-cgi/image/')

const CAMO_PATH = /^\/[0-9a-f]{16,128}\/([0-9a-f]{2,})$/i

/** Camo (GitHub, Feedbin and others): `/<digest>/<hex-encoded URL>`, or `/<digest>?url=<URL>`. */
const camo: ProxyPattern = {
  name: 'camo',
  unproxy(url) {
    const match = CAMO_PATH.exec(url.pathname)
    if (match) return decodeHex(match[1]!)
    if (!url.hostname.startsWith('camo.')) return null
    const raw = rawQueryParam(url.search, ['url'])
    return raw === null ? null : decodeRepeatedly(raw, (value) => HTTP_START.test(value))
  }
}

const B64_MARK = ',b64/'

/** Inoreader-style `…,b64/<base64url URL>` (its camo and other feed readers). */
const base64Path: ProxyPattern = {
  name: 'base64-path',
  unproxy(url) {
    const path = url.pathname
    const at = path.indexOf(B64_MARK)
    if (at < 0) return null
    const payload = path.slice(at + B64_MARK.length)
    const comma = payload.indexOf(',')
    return decodeBase64Url(percentDecode(comma < 0 ? payload : payload.slice(0, comma)))
  }
}

/** DuckDuckGo `external-content.duckduckgo.com/iu/?u=<URL>`. */
const duckduckgo: ProxyPattern = {
  name: 'duckduckgo',
  unproxy(url) {
    if (!onDomain(url.hostname, 'duckduckgo.com') || url.pathname !== '/iu/') return null
    const raw = rawQueryParam(url.search, ['u'])
    return raw === null ? null : toHttpTarget(decodeRepeatedly(raw, looksLikeTarget))
  }
}

const FETCH_MARK = '/image/fetch/'
const CLOUDINARY_OPTIONS = /^[a-z0-9_,.:!$-]*$/i

/** Cloudinary fetch (`res.cloudinary.com/<cloud>/image/fetch/<options>/<URL>`; Substack's CDN too). */
const cloudinaryFetch: ProxyPattern = {
  name: 'cloudinary-fetch',
  unproxy(url) {
    const path = url.pathname
    const at = path.indexOf(FETCH_MARK)
    if (at < 0) return null
    const segments = path.slice(at + FETCH_MARK.length).split('/')
    for (let index = 0; index < segments.length && index < 8; index++) {
      const segment = segments[index]!
      if (HTTP_SEGMENT.test(segment) || ENCODED_HTTP_START.test(segment)) {
        return pathTarget(segments.slice(index).join('/'), url.search)
      }
      if (!CLOUDINARY_OPTIONS.test(segment)) return null
    }
    return null
  }
}

const PLAIN_MARK = '/plain/'
const IMGPROXY_EXTENSION = /@[a-z0-9]{2,5}$/i

/** imgproxy `/<signature>/<options>/plain/<URL>[@<extension>]`. */
const imgproxy: ProxyPattern = {
  name: 'imgproxy',
  unproxy(url) {
    const path = url.pathname
    const at = path.indexOf(PLAIN_MARK)
    if (at < 0) return null
    const rest = path.slice(at + PLAIN_MARK.length)
    const target = pathTarget(rest.replace(IMGPROXY_EXTENSION, ''), '')
    return target === null ? null : target + url.search
  }
}

/** Nuxt Image (IPX) `/_ipx/<modifiers>/<URL or path>`. */
const ipx = optionsPathProxy('nuxt-ipx', '/_ipx/')

/** A path segment of resize options (`100x150`, `q80,fit`, `fit-in`, `filters:quality(80)`). */
const OPTION_SEGMENT = /^[a-z0-9,=_.:()!+-]*$/i
const MAX_OPTION_SEGMENTS = 6

/**
 * imageproxy and Thumbor style: a few option segments, then the original URL
 * written into the path (`/100x150,q80/https://example.com/a.jpg`,
 * `/unsafe/fit-in/300x200/https://…`).
 */
const pathEmbedded: ProxyPattern = {
  name: 'path-embedded',
  unproxy(url) {
    const segments = url.pathname.split('/')
    for (let index = 1; index < segments.length && index <= MAX_OPTION_SEGMENTS + 1; index++) {
      const segment = segments[index]!
      if (HTTP_SEGMENT.test(segment) || ENCODED_HTTP_START.test(segment)) {
        return pathTarget(segments.slice(index).join('/'), url.search)
      }
      if (!OPTION_SEGMENT.test(segment)) return null
    }
    return null
  }
}

/**
 * Built-in proxy patterns, tried in this order (after the user's own).
 * Specific hosts and path shapes first, the generic path-embedded shape last.
 */
export const builtinProxies: readonly ProxyPattern[] = [
  weserv,
  jetpack,
  nextImage,
  cloudflare,
  camo,
  base64Path,
  duckduckgo,
  cloudinaryFetch,
  imgproxy,
  ipx,
  pathEmbedded
]

/**
 * Hosts whose URLs embed another URL but are not proxies to undo: archives
 * keep a copy that may outlive the original. Never unproxied, never warned about.
 */
export const nonProxyHosts: readonly string[] = [
  'web.archive.org',
  'archive.org',
  'archive.ph',
  'archive.today',
  'archive.is',
  'archive.li',
  'archive.md',
  'webcache.googleusercontent.com'
]
