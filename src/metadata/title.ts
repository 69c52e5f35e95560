/** `(图)`, `（组图）`, `[视频]`: a portal's note that the article has pictures or video, not part of its title. */
const MEDIA_MARKER = /[ \u3000]?[(（\[【](?:图|圖|组图|組圖|多图|多圖|图文|圖文|视频|視頻|附视频|附視頻|图集|圖集)[)）\]】]$/

/** The title without a trailing media marker; unchanged when nothing else would be left. */
export function stripMediaMarker(title: string | null): string | null {
  if (title === null) return null
  const stripped = title.replace(MEDIA_MARKER, '').trim()
  return stripped === '' ? title : stripped
}

/** Separators between a page title and the site's name (`Title - Site`, `Title | Site`, `Title_Site`). */
const SITE_SEPARATORS = [' - ', ' | ', '|', '｜', '_', ' – ', ' — ', '–', '—', ' · ']

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
