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

/**
 * The path of a URL: what follows its authority, before the query or
 * fragment (`/a/1.html` of `https://x.test/a/1.html?b#c`; empty when it has
 * none), or, for text with no scheme (a relative path), the text before any
 * query or fragment. Read from the text, never parsed, so it never throws.
 */
export function urlPath(url: string): string {
  const found = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)
  return found ? found[1]! : url.split(/[?#]/, 1)[0]!
}
