import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {PLATFORMS, PUBLISHERS, publisherForUrl} from '../src/metadata/publishers.js'

/** publisherForUrl as first written: each key split on every call. */
function referencePublisherForUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const path = parsed.pathname
  if (PLATFORMS.some((platform) => host === platform || host.endsWith('.' + platform))) return null
  for (const [key, name] of PUBLISHERS) {
    const slash = key.indexOf('/')
    const keyHost = slash === -1 ? key : key.slice(0, slash)
    const keyPath = slash === -1 ? '' : key.slice(slash)
    if ((host === keyHost || host.endsWith('.' + keyHost)) && path.startsWith(keyPath)) return name
  }
  return null
}

describe('publisherForUrl', () => {
  it('equals splitting each key on every call', () => {
    const key = fc.constantFrom(...PUBLISHERS.map(([k]) => k), ...PLATFORMS, 'bbc.com/news', 'xbbc.com', 'example.com')
    const url = fc.tuple(fc.constantFrom('https://', 'http://WWW.', 'https://www.', 'https://news.', 'ftp://'), key,
      fc.constantFrom('', '/', '/zhongwen/a', '/zhongwenx', '?q=1', ':8080/zhongwen'))
      .map(([scheme, host, rest]) => scheme + host + rest)
    fc.assert(fc.property(url, (value) => {
      expect(publisherForUrl(value)).toBe(referencePublisherForUrl(value))
    }), {numRuns: 3000})
    expect(publisherForUrl('https://www.bbc.com/zhongwen/simp/a')).toBe('BBC中文')
    expect(publisherForUrl('https://news.bbc.com/sport')).toBe('BBC')
  })
})
