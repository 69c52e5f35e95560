/**
 * Small pure helpers for URLs carried inside other URLs (proxy parameters,
 * path segments, hex and base64 payloads). None of them throws.
 */

/** Runs of percent-escapes, decoded together so multi-byte UTF-8 survives. */
const ESCAPE_RUN = /(?:%[0-9a-f]{2})+/gi

/**
 * Percent-decode `value` once, like `decodeURIComponent`, but never throw:
 * an escape run that is not valid UTF-8 is kept as written. `+` is kept.
 */
export function percentDecode(value: string): string {
  if (!value.includes('%')) return value
  try {
    return decodeURIComponent(value)
  } catch {
    return value.replace(ESCAPE_RUN, (run) => {
      try {
        return decodeURIComponent(run)
      } catch {
        return run
      }
    })
  }
}

/**
 * Percent-decode `value` once (as the proxy's server does), then again while
 * `done` says the value is not yet what is wanted (double encoding), at most
 * `maxExtra` more times.
 */
export function decodeRepeatedly(value: string, done: (value: string) => boolean, maxExtra = 2): string {
  let current = percentDecode(value)
  for (let round = 0; round < maxExtra && !done(current); round++) {
    const next = percentDecode(current)
    if (next === current) break
    current = next
  }
  return current
}

/**
 * The raw (still percent-encoded) value of the first query parameter named
 * one of `names` (case-insensitive) in `search` (`?a=1&b=2`), or `null`.
 * Unlike `URLSearchParams`, `+` is not turned into a space.
 */
export function rawQueryParam(search: string, names: readonly string[]): string | null {
  const query = search.startsWith('?') ? search.slice(1) : search
  if (query === '') return null
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=')
    if (equals <= 0) continue
    const key = percentDecode(pair.slice(0, equals)).toLowerCase()
    if (names.includes(key)) return pair.slice(equals + 1)
  }
  return null
}

/** `search` without the parameters named in `drop` (case-insensitive), as `?…` or `''`. */
export function withoutQueryParams(search: string, drop: ReadonlySet<string>): string {
  const query = search.startsWith('?') ? search.slice(1) : search
  const kept = query.split('&').filter((pair) => {
    if (pair === '') return false
    const equals = pair.indexOf('=')
    const key = percentDecode(equals < 0 ? pair : pair.slice(0, equals)).toLowerCase()
    return !drop.has(key)
  })
  return kept.length > 0 ? '?' + kept.join('&') : ''
}

const LABEL = /^[a-z0-9-]+$/i
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]+|[0-9]+)$/i
const PORT = /^[0-9]{1,5}$/

/**
 * Whether `value` starts with a host name (`example.com`, `a.b.example.org:8080`,
 * an IPv4 address) followed by the end, `/`, `?` or `#`. With `requirePath`,
 * a `/` must follow the host.
 */
export function startsWithHost(value: string, requirePath = false): boolean {
  let end = value.length
  for (const stop of ['/', '?', '#']) {
    const at = value.indexOf(stop)
    if (at >= 0 && at < end) end = at
  }
  if (requirePath && value[end] !== '/') return false
  let host = value.slice(0, end)
  const colon = host.indexOf(':')
  if (colon >= 0) {
    if (!PORT.test(host.slice(colon + 1))) return false
    host = host.slice(0, colon)
  }
  if (host.length === 0 || host.length > 253) return false
  const labels = host.split('.')
  if (labels.length < 2) return false
  return labels.every((label) => LABEL.test(label)) && TOP_LABEL.test(labels[labels.length - 1]!)
}

const HTTP_START = /^https?:\/\//i
const SSL_PREFIX = /^ssl:/i

/** Whether `value` already reads as a URL target: `http(s)://`, `//host`, `ssl:host` or `host.tld/…`. */
export function looksLikeTarget(value: string): boolean {
  return HTTP_START.test(value) || value.startsWith('//') || SSL_PREFIX.test(value) || startsWithHost(value)
}

/**
 * Turn a proxy's target value (already decoded) into an absolute http(s) URL
 * string: `ssl:host/…` and `//host/…` become https, `host.tld/…` (no scheme)
 * is assumed https. Anything else (another scheme, a bare word) is `null`.
 */
export function toHttpTarget(value: string): string | null {
  const trimmed = value.trim()
  if (HTTP_START.test(trimmed)) return trimmed
  if (trimmed.startsWith('//')) return 'https:' + trimmed
  const rest = SSL_PREFIX.test(trimmed) ? trimmed.slice(4).replace(/^\/\//, '') : trimmed
  return startsWithHost(rest) ? 'https://' + rest : null
}

/**
 * Turn a binary string (one byte per char) into text: UTF-8 when it is valid,
 * else ASCII with every other byte percent-escaped (as a browser would send it).
 */
function bytesToText(bytes: string): string {
  let escaped = ''
  let ascii = ''
  for (let index = 0; index < bytes.length; index++) {
    const code = bytes.charCodeAt(index)
    const hex = '%' + code.toString(16).padStart(2, '0').toUpperCase()
    escaped += hex
    ascii += code < 0x80 ? bytes[index] : hex
  }
  try {
    return decodeURIComponent(escaped)
  } catch {
    return ascii
  }
}

const HEX = /^(?:[0-9a-f]{2})+$/i

/** Decode hex-encoded UTF-8 text (`68747470…` → `http…`), or `null`. */
export function decodeHex(value: string): string | null {
  if (!HEX.test(value)) return null
  let bytes = ''
  for (let index = 0; index < value.length; index += 2) {
    bytes += String.fromCharCode(Number.parseInt(value.slice(index, index + 2), 16))
  }
  return bytesToText(bytes)
}

const BASE64URL = /^[a-z0-9_+/-]+={0,2}$/i

/** Decode base64 or base64url UTF-8 text (padding optional), or `null`. */
export function decodeBase64Url(value: string): string | null {
  if (!BASE64URL.test(value)) return null
  let end = value.length
  while (end > 0 && value[end - 1] === '=') end--
  let base64 = value.slice(0, end).replace(/-/g, '+').replace(/_/g, '/')
  if (base64.length % 4 === 1) return null
  while (base64.length % 4 !== 0) base64 += '='
  try {
    return bytesToText(atob(base64))
  } catch {
    return null
  }
}
