/**
 * A Wayback Machine snapshot URL (`https://web.archive.org/web/20210712014003/https://www.hkcnews.com/…`,
 * also with a mode suffix, `…/20210712014003id_/…`): the timestamp and flags, then the archived page's own URL.
 */
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/(\d{1,14})(?:[a-z]{2}_)?\/(https?:)\/*([^/\s]\S*)$/i

/**
 * The URL of the page a Wayback Machine snapshot URL archived, or `null`
 * when `url` is not one. A snapshot is a copy, not the article's address:
 * the article's URL is the one inside it (the snapshot is where the copy
 * lives). A scheme whose slashes were squashed (`https:/www.…`) is mended.
 */
export function archivedOriginal(url: string): string | null {
  const match = WAYBACK.exec(url.trim())
  if (match === null || !/^[^/?#\s]+\.[^/?#\s]+/.test(match[3]!)) return null
  return `${match[2]!.toLowerCase()}//${match[3]!}`
}

/**
 * When a Wayback Machine snapshot was taken, from its URL's 14-digit
 * timestamp (`…/web/20220109114035/…` → `2022-01-09T11:40:35Z`, UTC as the
 * archive keeps it), or `null` when `url` is no snapshot with a full, valid one.
 */
export function snapshotTime(url: string): string | null {
  const match = WAYBACK.exec(url.trim())
  const stamp = match?.[1]
  if (stamp === undefined || stamp.length !== 14) return null
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(8, 10)}:${stamp.slice(10, 12)}:${stamp.slice(12, 14)}Z`
  // An impossible stamp (month 13, 30 February, hour 24) is none: the date must read back as itself.
  const time = Date.parse(iso)
  return Number.isFinite(time) && new Date(time).toISOString() === iso.replace('Z', '.000Z') ? iso : null
}
