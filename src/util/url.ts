import {normalizeUrlFast} from './normalized-uri.js'

/**
 * Normalize a URL the way Markdown parsers do (percent-encode what must be,
 * keep existing escapes), so a URL written out and read back is unchanged:
 * `normalizeUri` of micromark-util-sanitize-uri on the trimmed URL,
 * computed by {@link normalizeUrlFast}.
 */
export function normalizeUrl(url: string): string {
  return normalizeUrlFast(url)
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
