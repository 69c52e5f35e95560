import {normalizeUri} from 'micromark-util-sanitize-uri'

/**
 * Normalize a URL the way Markdown parsers do (percent-encode what must be,
 * keep existing escapes), so a URL written out and read back is unchanged.
 */
export function normalizeUrl(url: string): string {
  return normalizeUri(url.trim())
}

/** Whether `url` is absolute http(s). */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url.trim())
}

/** Parse `url` against an optional base, or `null` when it is not a URL. Never throws. */
export function tryParseUrl(url: string, base?: string): URL | null {
  try {
    return base === undefined ? new URL(url) : new URL(url, base)
  } catch {
    return null
  }
}
