import type {Root} from 'hast'
import type {Envelope} from '../../envelope/types.js'
import type {Rule} from '../../types.js'
import {locationMatches, toLocation} from './rule-hosts.js'
import {LastResult} from '../../util/last-result.js'
import {EXIT, eachElement} from '../../util/walk.js'

/** Front-matter keys that hold the article's or the copy's URL. */
const URL_KEYS = ['from', 'url', 'link', 'source', 'source_url', 'original_url', 'canonical', 'permalink']


/** Characters of a plain host name (see {@link isPlainHost}). */
const HOST_CHARS = /^[a-z0-9.-]*$/

/** A character no IP address has. */
const NAME_CHAR = /[a-z-]/


/** A character the URL parser may rewrite or drop in a host: anything but printable ASCII, and `%`. */
const REWRITTEN = /[^\x21-\x7e]|%/

/**
 * The rules of `rules` that apply to the document (see `ruleApplies`), in
 * order: those without hosts, and those on whose hosts the `url` option,
 * the envelope's front matter or title-header URL, or an element's `href` or `src` in the
 * tree is. A URL is parsed only when it could be on a host not yet found
 * ({@link mayBeOnHosts}); the walk stops when every rule with hosts applies.
 */
export function activeRules(rules: readonly Rule[], tree: Root, url: string | undefined, envelope: Envelope | null): Rule[] {
  const pending = rules.filter((rule) => rule.hosts !== undefined && rule.hosts.length > 0)
  if (pending.length === 0) return [...rules]
  const search: HostSearch = {pending, needles: firstNeedles(pending), applying: new Set(), lastAuthority: null}
  visitUrl(search, url)
  if (envelope) {
    for (const key of URL_KEYS) visitUrl(search, envelope.frontMatter?.[key])
    visitUrl(search, envelope.titleHeader?.url)
  }
  if (pending.length > 0) {
    eachElement(tree, (element) => {
      visitUrl(search, element.properties.href)
      visitUrl(search, element.properties.src)
      return pending.length > 0 ? undefined : EXIT
    })
  }
  return rules.filter((rule) => rule.hosts === undefined || rule.hosts.length === 0 || search.applying.has(rule))
}

/** The rules with hosts not yet found ({@link hostNeedles} of them), and those found. */
interface HostSearch {
  pending: Rule[]
  needles: readonly string[] | null
  applying: Set<Rule>
  /**
   * The authority of the last URL {@link mayBeOnHosts} turned down with the
   * current needles: a page's links and images mostly share a few hosts, and
   * a URL with the same authority is turned down without another search.
   */
  lastAuthority: string | null
}

/** Move the pending rules one of whose hosts `value` (when a URL string) is on to `applying`. */
function visitUrl(search: HostSearch, value: unknown): void {
  if (typeof value !== 'string') return
  if (search.needles !== null) {
    const authority = authorityText(value)
    if (authority === null || authority === search.lastAuthority) return
    if (!authorityMayBeOnHosts(authority, search.needles)) {
      search.lastAuthority = authority
      return
    }
  }
  const location = toLocation(value)
  if (location === null) return
  const {pending} = search
  const before = pending.length
  for (let index = pending.length - 1; index >= 0; index--) {
    const rule = pending[index]!
    if (rule.hosts!.some((entry) => locationMatches(location, entry))) {
      search.applying.add(rule)
      pending.splice(index, 1)
    }
  }
  if (pending.length !== before) {
    search.needles = hostNeedles(pending)
    search.lastAuthority = null
  }
}

/** The last {@link hostNeedles} of all rules with hosts, keyed by the rules and their host entries. */
const lastNeedles = new LastResult<readonly string[] | null>()

/** {@link hostNeedles} of `rules`, reused while the rules and their hosts are the same. */
function firstNeedles(rules: readonly Rule[]): readonly string[] | null {
  const key: unknown[] = []
  for (const rule of rules) key.push(rule, ...(rule.hosts ?? []), END)
  return lastNeedles.get(key, () => hostNeedles(rules))
}

/** Ends a rule's hosts in the key of {@link firstNeedles}. */
const END = Symbol('end')

/**
 * The lower-cased host parts of the `hosts` entries of `rules`, each once, or `null`
 * when one is not a plain host name ({@link isPlainHost}): then every URL
 * has to be parsed.
 */
export function hostNeedles(rules: readonly Rule[]): string[] | null {
  const needles: string[] = []
  for (const rule of rules) {
    for (const entry of rule.hosts ?? []) {
      const slash = entry.indexOf('/')
      const host = (slash === -1 ? entry : entry.slice(0, slash)).toLowerCase()
      if (!isPlainHost(host)) return null
      if (!needles.includes(host)) needles.push(host)
    }
  }
  return needles
}

/**
 * Whether `host` (lower case) can only be matched by a URL holding it as is
 * (ignoring ASCII case): a name of letters, digits, dots and hyphens with a
 * letter or a hyphen, so never an IP address, which the URL parser rewrites.
 */
function isPlainHost(host: string): boolean {
  return HOST_CHARS.test(host) && NAME_CHAR.test(host)
}

/**
 * Whether `url` could be on one of the plain hosts `needles` (lower case).
 * `false` only when its authority (what follows the first `//` and any more
 * slashes, up to `/`, `\\`, `?` or `#`; a URL without `//` has no location)
 * is printable ASCII without `%` and holds none of them, ignoring case: the
 * URL parser reads such a host name as its text in lower case, so a host on
 * (or under) a needle holds that needle.
 */
export function mayBeOnHosts(url: string, needles: readonly string[]): boolean {
  const authority = authorityText(url)
  return authority !== null && authorityMayBeOnHosts(authority, needles)
}

/** {@link mayBeOnHosts} for a URL's authority ({@link authorityText}). */
function authorityMayBeOnHosts(authority: string, needles: readonly string[]): boolean {
  if (REWRITTEN.test(authority)) return true
  const lower = authority.toLowerCase()
  for (const needle of needles) if (lower.includes(needle)) return true
  return false
}

/** The text between the first `//` (and the slashes after it) and the next `/`, `\\`, `?` or `#`; `null` without `//`. */
function authorityText(url: string): string | null {
  const slashes = url.indexOf('//')
  if (slashes === -1) return null
  let start = slashes + 2
  while (start < url.length && isSlash(url.charCodeAt(start))) start++
  let end = start
  while (end < url.length && !endsAuthority(url.charCodeAt(end))) end++
  return url.slice(start, end)
}

/** `/` or `\\`. */
function isSlash(code: number): boolean {
  return code === 0x2f || code === 0x5c
}

/** A character that ends a URL's authority (for http and https): `/`, `\\`, `?` or `#`. */
function endsAuthority(code: number): boolean {
  return code === 0x2f || code === 0x5c || code === 0x3f || code === 0x23
}
