/** Second-level labels under a country code that name no site (`bbc.co.uk`, `abc.net.au`). */
const GENERIC_SECOND_LEVEL: ReadonlySet<string> = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne'])

/**
 * The site's own name in the host of an http(s) URL, lower-cased: the label
 * before the public suffix (`36kr` for `https://www.36kr.com/p/1`, `nytimes`
 * for `cn.nytimes.com`, `bbc` for `www.bbc.co.uk`), or `null`.
 */
export function siteNameOf(url: string | null): string | null {
  if (url === null) return null
  const match = /^https?:\/\/([^/?#:@\s]+)/i.exec(url)
  if (match === null) return null
  const labels = match[1]!.toLowerCase().split('.')
  if (labels.length < 2) return null
  const last = labels.length - 1
  const secondLevel = labels.length >= 3 && labels[last]!.length === 2 && GENERIC_SECOND_LEVEL.has(labels[last - 1]!)
  const name = labels[secondLevel ? last - 2 : last - 1]!.replace(/[^a-z\d]/g, '')
  return name === '' ? null : name
}

/**
 * Whether `name` is the site's name in `url`'s host: letters and digits
 * compared, case ignored (`AP News` for apnews.com, `36Kr` for 36kr.com).
 */
export function namesSite(name: string, url: string | null): boolean {
  const site = siteNameOf(url)
  return site !== null && name.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase() === site
}
