/**
 * A Wayback Machine snapshot URL (`https://web.archive.org/web/20210712014003/https://www.hkcnews.com/…`,
 * also with a mode suffix, `…/20210712014003id_/…`): the timestamp and flags, then the archived page's own URL.
 */
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/\d{1,14}(?:[a-z]{2}_)?\/(https?:)\/*([^/\s]\S*)$/i

/**
 * The URL of the page a Wayback Machine snapshot URL archived, or `null`
 * when `url` is not one. A snapshot is a copy, not the article's address:
 * the article's URL is the one inside it (the snapshot is where the copy
 * lives). A scheme whose slashes were squashed (`https:/www.…`) is mended.
 */
export function archivedOriginal(url: string): string | null {
  const match = WAYBACK.exec(url.trim())
  if (match === null || !/^[^/?#\s]+\.[^/?#\s]+/.test(match[2]!)) return null
  return `${match[1]!.toLowerCase()}//${match[2]!}`
}
