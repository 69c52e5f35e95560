import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {builtinProxies, nonProxyHosts} from '../src/rules/image-proxies.js'
import type {ProxyPattern} from '../src/types.js'
import {MAX_UNPROXY_ROUNDS, unknownProxyHost, unproxyImageUrl, unproxyUrl} from '../src/util/unproxy-url.js'

// The implementation before URLs were parsed once per round: every pattern got a fresh copy.
const RELATIVE_BASE = 'https://relative.unsyndicate.invalid/'
const RELATIVE_ORIGIN = 'https://relative.unsyndicate.invalid'
const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const HTTP_SCHEME = /^https?:/i

function parseUrl(url: string, base?: string): URL | null {
  try {
    return base === undefined ? new URL(url) : new URL(url, base)
  } catch {
    return null
  }
}

function parseInput(input: string): URL | null {
  if (SCHEME.test(input)) return HTTP_SCHEME.test(input) ? parseUrl(input) : null
  if (input.startsWith('//')) return parseUrl('https:' + input)
  return parseUrl(input, RELATIVE_BASE)
}

function referenceUnproxyUrl(url: string, proxies: readonly ProxyPattern[] = []): string {
  let current = parseInput(url.trim())
  if (!current) return url
  const patterns = [...proxies.filter((p) => typeof p.unproxy === 'function'), ...builtinProxies]
  let changed = false
  for (let round = 0; round < MAX_UNPROXY_ROUNDS; round++) {
    const hostname = current.hostname
    if (nonProxyHosts.some((host) => hostname === host || hostname.endsWith('.' + host))) break
    let next: URL | null = null
    for (const pattern of patterns) {
      let result: unknown
      try {
        result = pattern.unproxy(new URL(current.href))
      } catch {
        continue
      }
      if (typeof result !== 'string') continue
      const target = result.trim()
      if (target === '' || (SCHEME.test(target) && !HTTP_SCHEME.test(target))) continue
      const candidate = parseUrl(target, current.href)
      if (candidate && (candidate.protocol === 'https:' || candidate.protocol === 'http:') && candidate.hostname !== ''
        && candidate.href !== current.href) {
        next = candidate
        break
      }
    }
    if (!next) break
    current = next
    changed = true
  }
  if (!changed) return url
  return current.origin === RELATIVE_ORIGIN ? current.pathname + current.search + current.hash : current.href
}

/** A user's pattern that changes the URL it is given and gives nothing back. */
const meddler: ProxyPattern = {
  name: 'meddler',
  unproxy(url) {
    url.hostname = 'i0.wp.com'
    url.pathname = '/https://changed.test/x.jpg'
    url.search = '?url=https://changed.test/y.jpg'
    return null
  }
}
const thrower: ProxyPattern = {name: 'thrower', unproxy() { throw new Error('no') }}
const mine: ProxyPattern = {name: 'mine', unproxy: (url) => (url.hostname === 'mine.test' ? url.searchParams.get('to') : null)}

const START = ['', 'https://', 'http://', '//', 'HTTP://', 'ftp://', 'data:', '/', ' ', 'http:']
const HOST = ['images.weserv.nl', 'wsrv.nl', 'i0.wp.com', 'i4.wp.com', 'camo.githubusercontent.com', 'external-content.duckduckgo.com',
  'res.cloudinary.com', 'example.com', 'web.archive.org', 'x.archive.org', 'mine.test', 'EXAMPLE.com.', 'xn--fsq.test', '中文.test',
  'a b.test', '[::1]', '127.0.0.1', 'user:pw@example.com:8080', '']
const PATH = ['/', '/_next/image', '/_vercel/image', '/cdn-cgi/image/w=100/', '/iu/', '/image/fetch/w_100,q_80/', '/x/plain/', '/a,b64/',
  '/_ipx/s_100/', '/100x150,q80/', '/unsafe/fit-in/300x200/', 'https:/', 'https://', 'http%3A%2F%2F', 'https%253A%252F%252F',
  '0123456789abcdef0123/', '68747470733a2f2f612e746573742f782e6a7067', 'aHR0cHM6Ly9hLnRlc3QveC5qcGc', 'example.org/a.jpg', 'a.jpg',
  '@webp', '/./', '/../', '%2F', '%', '中', ' ', '\\', 'i0.wp.com/', 'images.weserv.nl/', 'web.archive.org/']
const QUERY = ['', '?', '?url=', '&url=', '?u=', '?to=', '&w=600', '&ssl=1', 'ssl:', 'https://', 'https%3A%2F%2F', '%252F', 'example.org/a.jpg',
  '/b.jpg', '//c.test/d.png', 'javascript:alert(1)', '#frag', '&', '=']

const piece = (list: string[]) => fc.constantFrom(...list)
const url = fc.tuple(
  piece(START), piece(HOST),
  fc.array(fc.oneof(piece(PATH), piece(HOST)), {maxLength: 5}),
  fc.array(fc.oneof(piece(QUERY), piece(HOST), piece(PATH)), {maxLength: 6}),
  fc.string({maxLength: 3})
).map(([start, host, path, query, noise]) => start + host + path.join('') + query.join('') + noise)
const proxies = fc.subarray([meddler, thrower, mine])

describe('unproxyUrl with one parse per round', () => {
  it('equals the implementation that gave every pattern a copy', () => {
    fc.assert(fc.property(url, proxies, (value, own) => {
      expect(unproxyUrl(value, own)).toBe(referenceUnproxyUrl(value, own))
    }), {numRuns: 20000})
  })

  it('finds proxies in the generated URLs (the property above is not vacuous)', () => {
    expect(unproxyUrl('https://i0.wp.com/images.weserv.nl/?url=example.org/a.jpg', [meddler])).toBe('https://example.org/a.jpg')
    expect(unproxyUrl('//mine.test/?to=/_next/image?url=%2Fb.jpg', [mine])).toBe('https://mine.test/b.jpg')
    expect(unproxyUrl('/_next/image?url=%2Fb.jpg')).toBe('/b.jpg')
  })
})

const PLAIN_HOST = ['example.com', 'EXAMPLE.com', 'images.weserv.nl', 'wsrv.nl', 'I1.WP.COM', 'i9.wp.com', 'camo.githubusercontent.com',
  'Camo.x.test', 'external-content.duckduckgo.com', 'web.archive.org', 'xn--fsq.test', '0x7f.1', '999.1.1.1', 'a..b', '-', 'res.cloudinary.com']
const PLAIN_PATH = ['/', 'a', '.jpg', '中文', '俄罗斯', '\u3000', '\ufeff', '\u00a0', '"', '<', '`', '{', '^', '|', '~', ',', ';', '=', '@', '!', '_',
  '/_next/image', '/_NEXT/image', '/_vercel/image', '/cdn-cgi/image/', 'w=100/', '/Plain/', '/plain/', ',b64/', ',B64/',
  'aHR0cHM6Ly9hLnRlc3QveC5qcGc', '/image/fetch/', 'w_100/', '/_ipx/', 's_100/', 'HTTP', 'https:/', 'http:', 'Https%3A%2F%2F', '%', '/./', '/../', '/.',
  '0123456789abcdef0123/', '68747470733a2f2f612e746573742f782e6a7067', 'ABCDEF', '\\', '?', '#', ' ', '\t', '\ud83d', '\ud83d\ude00',
  'example.org/', '100x150/', 'fit-in/', 'a.jpg', 'x/../', 'x/..', '/./', '.', '..', 'image', 'ipx/', '/_ipx', 'fetch/', 'plain', 'cdn-cgi/',
  'ttp:/', 'h', 'b64/', ',b64', 'image/', '_ipx\\', 'plain\\', '\\..\\', 'cdn-cgi\\']
const plainish = fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://'), fc.constantFrom(...PLAIN_HOST),
  fc.array(fc.constantFrom(...PLAIN_PATH), {maxLength: 8}), fc.constantFrom('', ' ', '\u3000'))
  .map(([scheme, host, path, end]) => `${scheme}${host}/${path.join('')}${end}`)

describe('unproxyImageUrl', () => {
  it('is the reference and unknownProxyHost of its result on URLs that look plain', () => {
    fc.assert(fc.property(plainish, (value) => {
      const original = referenceUnproxyUrl(value)
      expect(unproxyImageUrl(value)).toEqual({url: original, unknownProxyHost: unknownProxyHost(original)})
    }), {numRuns: 30000})
    // What the parser changes: a dot segment, a backslash, trailing whitespace it trims.
    for (const value of ['https://x.test/cdn-cgi/x/../image/w=100/a.jpg', 'https://x.test/cdn-cgi/x/%2E%2e/image/w=100/a.jpg', 'https://x.test/cdn-cgi\\image\\w=100\\a.jpg',
      'https://x.test/_ipx\\s_100\\a.jpg', 'https://x.test/0123456789abcdef0123/68747470733a2f2f612e746573742f782e6a7067\u3000',
      'https://x.test/a,b64\\aHR0cHM6Ly9hLnRlc3QveC5qcGc', 'https://x.test/a/./,b64/aHR0cHM6Ly9hLnRlc3QveC5qcGc']) {
      expect(unproxyImageUrl(value).url, value).not.toBe(value)
      expect(unproxyImageUrl(value).url).toBe(referenceUnproxyUrl(value))
    }
    expect(unproxyImageUrl('https://x.test/a/0123456789abcdef0123/68747470733a2f2f612e746573742f782e6a7067').url).toBe('https://x.test/a/0123456789abcdef0123/68747470733a2f2f612e746573742f782e6a7067')
    expect(unproxyImageUrl('https://x.test/0123456789abcdef0123/68747470733a2f2f612e746573742f782e6a7067').url).toBe('https://a.test/x.jpg')
  })

  it('is unproxyUrl and unknownProxyHost of its result', () => {
    fc.assert(fc.property(url, proxies, (value, own) => {
      const original = unproxyUrl(value, own)
      expect(unproxyImageUrl(value, own)).toEqual({url: original, unknownProxyHost: unknownProxyHost(original)})
    }), {numRuns: 20000})
    expect(unproxyImageUrl('https://p.test/?url=https://a.test/x.jpg')).toEqual({url: 'https://p.test/?url=https://a.test/x.jpg', unknownProxyHost: 'p.test'})
  })
})
