import type {Rule} from '../../types.js'

/** A source location: host (lower case) and path. */
export interface SourceLocation {
  host: string
  path: string
}

/** Turn a URL string into a {@link SourceLocation}, or `null` when it is not an absolute http(s) URL. */
export function toLocation(url: string): SourceLocation | null {
  const trimmed = url.trim()
  if (!/^(?:https?:)?\/\//i.test(trimmed)) return null
  try {
    const parsed = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed)
    return {host: parsed.hostname.toLowerCase().replace(/\.$/, ''), path: parsed.pathname}
  } catch {
    return null
  }
}

/** Whether `location` is on `entry` (`host` or `host/path-prefix`), subdomains included. */
export function locationMatches(location: SourceLocation, entry: string): boolean {
  const slash = entry.indexOf('/')
  const host = (slash === -1 ? entry : entry.slice(0, slash)).toLowerCase()
  const prefix = slash === -1 ? '' : entry.slice(slash)
  const onHost = location.host === host || location.host.endsWith(`.${host}`)
  if (!onHost) return false
  if (prefix === '') return true
  return location.path === prefix || location.path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)
}

/** Whether `rule` applies to a document whose source, mirror and links are at `locations`. */
export function ruleApplies(rule: Rule, locations: readonly SourceLocation[]): boolean {
  if (!rule.hosts || rule.hosts.length === 0) return true
  return rule.hosts.some((entry) => locations.some((location) => locationMatches(location, entry)))
}
