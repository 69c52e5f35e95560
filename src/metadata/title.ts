import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'
import {namesSite} from '../util/site-name.js'

/** `(图)`, `（组图）`, `[视频]`: a portal's note that the article has pictures or video, not part of its title. */
const MEDIA_MARKER = /[ \u3000]?[(（\[【](?:图|圖|组图|組圖|多图|多圖|图文|圖文|视频|視頻|附视频|附視頻|图集|圖集)[)）\]】]$/

/** The title without a trailing media marker; unchanged when nothing else would be left. */
export function stripMediaMarker(title: string | null): string | null {
  if (title === null) return null
  const stripped = title.replace(MEDIA_MARKER, '').trim()
  return stripped === '' ? title : stripped
}

/** Separators between a page title and the site's name (`Title - Site`, `Title | Site`, `Title_Site`). */
export const SITE_SEPARATORS: readonly string[] = [' - ', ' | ', '|', '｜', '_', ' – ', ' — ', '–', '—', ' · ']

/** Where the last site-name separator in `title` starts and how long it is, or `null` when it has none. */
export function lastSiteSeparator(title: string): {at: number; width: number} | null {
  let at = -1
  let width = 0
  for (const separator of SITE_SEPARATORS) {
    const found = title.lastIndexOf(separator)
    if (found > at) {
      at = found
      width = separator.length
    }
  }
  return at === -1 ? null : {at, width}
}

/** A character reference left in text: the source escaped it twice (`&amp;#65292;` read once is `&#65292;`). */
const LEFT_REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g

/**
 * A title with the character references its source escaped twice decoded
 * (`白领如何应对经济危机&#65292;度过寒冬` → `白领如何应对经济危机，度过寒冬`): once
 * parsed, a title holds no markup, so a reference still in it was meant as
 * the character. Unknown names stay as they are.
 */
export function decodeLeftReferences(title: string): string {
  if (!title.includes('&')) return title
  return title.replace(LEFT_REFERENCE, (whole: string, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return decodeNumericCharacterReference(decimal, 10)
    if (hex !== undefined) return decodeNumericCharacterReference(hex, 16)
    const decoded = decodeNamedCharacterReference(name!)
    return decoded === false ? whole : decoded
  })
}

/**
 * `title` without a trailing site name that names the host of `url`
 * (`Failed payments can now be retried - Vercel` for `https://vercel.com/…`,
 * `… | AP News` for `https://apnews.com/…`): letters and digits compared, case
 * ignored, with the site's name in the host (`siteNameOf`).
 * Unchanged when there is no such suffix or nothing would be left.
 */
export function stripHostSuffix(title: string, url: string | null): string {
  const separator = lastSiteSeparator(title)
  if (separator === null || separator.at < 2) return title
  return namesSite(title.slice(separator.at + separator.width), url) ? title.slice(0, separator.at).trim() : title
}

/** Characters that stand between a title and an outlet's name after it (`…-新华网`, `… | Reuters`). */
const OUTLET_SEPARATORS: ReadonlySet<string> = new Set(['-', '_', '|', '｜', '–', '—', '·', ':', '：'])

/**
 * `title` without a trailing `outlet` name after a separator, however spaced
 * (`法国全国大罢工再次严重影响交通-新华网` for 新华网, `Talks stall - Reuters`
 * for Reuters). Unchanged when it does not end so or nothing would be left.
 */
export function stripOutletSuffix(title: string, outlet: string | null): string {
  if (outlet === null || outlet === '') return title
  const end = title.trimEnd()
  if (end.length <= outlet.length || !end.endsWith(outlet)) return title
  const spaced = end.slice(0, end.length - outlet.length)
  const head = spaced.trimEnd()
  if (!OUTLET_SEPARATORS.has(head.at(-1) ?? '')) return title
  // Unspaced after a Latin letter or digit it joins words (`Thomson-Reuters`), not a title and a name.
  if (head === spaced && /[A-Za-z\d]/.test(head.at(-2) ?? '')) return title
  const cut = head.slice(0, -1).trim()
  return cut === '' ? title : cut
}
