import type {Element} from 'hast'
import type {Credit} from '../types.js'
import {isHttpUrl} from '../util/url.js'
import {eachElement} from '../util/walk.js'
import {parseCreditLine} from './credit-line.js'
import {type LeafBlock, flatText} from './leaf-blocks.js'

/**
 * A line that says where the article was first published, then the address
 * or a link to it: `Reposted from Hong Kong Free Press: URL`, `圖文轉自紐約時報：URL`,
 * `Originally published at [site](URL) — the canonical version…`. The first
 * group is the outlet's name, the second the address when it is written out.
 */
const REPOST_LINE = /^(?:(?:图文|圖文|本文|全文|文章)?(?:转自|轉自|转载自|轉載自|转载于|轉載於|摘自|选自|選自)|(?:Reposted|Republished|Reprinted|Cross-?posted|Syndicated) from|(?:Originally|First) (?:published|posted|appeared) (?:at|on|in|by))[ ]?([^:：—–]{0,60})[:：]?[ ]?(https?:\/\/\S+)?(?: [—–]{1,2} [^:：]{1,80})?$/i
/** The characters a {@link REPOST_LINE} can start with (checked first: most lines start otherwise). */
const REPOST_LINE_STARTS: ReadonlySet<string> = new Set([...'图圖本全文转轉摘选選', ...'RrCcSsOoFf'])
/** Longest repost line read. */
const LONGEST_REPOST_LINE = 300

/**
 * `text` (a line of `block`) read as a repost line ({@link REPOST_LINE}):
 * its URL, or that of the line's only link, is the original's, and the name
 * before it the outlet's. `null` when the line is not one or gives no URL.
 */
export function repostLine(block: LeafBlock, text: string): {url: string; outlet: string | null} | null {
  if (text.length > LONGEST_REPOST_LINE || !REPOST_LINE_STARTS.has(text[0]!)) return null
  const match = REPOST_LINE.exec(text)
  if (!match) return null
  const named = match[1]!.trim()
  let url = match[2] ?? null
  if (url === null) {
    // The line's only link closes the name part (`Originally published at [site](URL)`), not a link inside prose.
    const link = block.lines.length === 1 ? onlyLink(block.node) : null
    if (link === null || link.text === '' || !named.endsWith(link.text)) return null
    url = link.url
  }
  // A link's text may be the address without its scheme (`finovo.tech/blog/x`): its host names the outlet.
  const quoted = unquote(named)
  const slash = quoted.indexOf('/')
  const outlet = slash === -1 ? quoted : quoted.slice(0, slash)
  return {url, outlet: outlet === '' || /^https?:/i.test(outlet) ? null : outlet}
}

/**
 * A portal's note that the article comes from a WeChat account, then its
 * credits: `本文来自微信公众号：[量子位（ID：QbitAI）](URL)，作者：金磊 梦晨`,
 * `本文来自微信公众号[“CSDN”（ID:CSDNnews）](URL)，整理：郑丽媛，36氪经授权发布。`
 * The first group is the account, the second the clauses after it.
 */
const ACCOUNT_SOURCE = /^(?:本文|文章|原文)?(?:来自|來自|转载自|轉載自|转自|轉自|来源于|來源於)(?:微信)?(?:公众号|公眾號|订阅号|訂閱號)[:：]?[ ]?([^，,。]{1,40})((?:[，,][^，,。]{1,40}){0,4})[。.]?$/
/** The characters an {@link ACCOUNT_SOURCE} line can start with. */
const ACCOUNT_SOURCE_STARTS: ReadonlySet<string> = new Set([...'本文原来來转轉'])
/** The account's WeChat id after its name (`（ID：QbitAI）`). */
const ACCOUNT_ID = /[ ]?[（(]ID[:：][ ]?[\w-]{1,40}[）)]/
/** A clause saying who passed the article on with leave: `36氪经授权发布`. */
const AUTHORISED = /^(.{1,12}?)(?:经授权|經授權)(?:发布|發布|發佈|转载|轉載)$/

/** What an account source note says ({@link accountSourceLine}). */
export interface AccountSource {
  /** The account: the publisher. */
  account: string | null
  /** The line's only link: the original URL. */
  url: string | null
  credits: Credit[]
  /** Portals that republished it with leave. */
  syndicators: string[]
}

/**
 * `text` (a line of `block`) read as an account source note
 * ({@link ACCOUNT_SOURCE}): each clause after the account must be a credit
 * line or name the portal that republished it with leave; `null`, leaving
 * the line, when one is anything else.
 */
export function accountSourceLine(block: LeafBlock, text: string): AccountSource | null {
  if (!ACCOUNT_SOURCE_STARTS.has(text[0]!)) return null
  const match = ACCOUNT_SOURCE.exec(text)
  if (!match) return null
  const credits: Credit[] = []
  const syndicators: string[] = []
  for (const clause of match[2]!.split(/[，,]/)) {
    const trimmed = clause.trim()
    if (trimmed === '') continue
    const authorised = AUTHORISED.exec(trimmed)
    if (authorised) {
      syndicators.push(authorised[1]!)
      continue
    }
    const clauseCredits = parseCreditLine(trimmed)
    if (clauseCredits === null) return null
    credits.push(...clauseCredits)
  }
  const account = unquote(match[1]!.replace(ACCOUNT_ID, '').trim())
  const link = block.lines.length === 1 ? onlyLink(block.node) : null
  return {account: account === '' ? null : account, url: link?.url ?? null, credits, syndicators}
}

/** The URL and text of the only http(s) link in `node`, or `null` when there is none or more than one. */
export function onlyLink(node: Element): {url: string; text: string} | null {
  let link: {url: string; text: string} | null = null
  let count = 0
  eachElement(node, (element) => {
    const href = element.properties['href']
    if (element.tagName === 'a' && typeof href === 'string' && isHttpUrl(href)) {
      link = {url: href, text: flatText(element).trim()}
      count++
    }
    return undefined
  })
  return count === 1 ? link : null
}

/** `name` without the quotes around it (`“CSDN”` → `CSDN`). */
function unquote(name: string): string {
  return name.replace(/^[“"「『]|[”"」』]$/g, '')
}
