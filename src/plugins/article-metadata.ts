import type {ElementContent, Root, Text} from 'hast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {formatInstant, parseDate} from '../date/parse-date.js'
import {readBodyMetadata} from '../metadata/body-metadata.js'
import {archivedOriginal, snapshotTime} from '../metadata/archive-url.js'
import {ScriptCounts, chooseLang, normalizeLangTag} from '../metadata/detect-lang.js'
import {emptyMetadata} from '../metadata/empty-metadata.js'
import {bodyStats, makeExcerpt, textCharacters} from '../metadata/excerpt.js'
import {frontCredits, frontImages, frontList, frontString} from '../metadata/front-matter-input.js'
import {collectImages} from '../metadata/images.js'
import {sourceOutlet} from '../metadata/source-outlet.js'
import {trimSeparators} from './strip-boilerplate/apply.js'
import {decodeLeftReferences, lastSiteSeparator, stripHostSuffix, stripMediaMarker, stripOutletSuffix} from '../metadata/title.js'
import {leafBlockTexts, leafBlocks} from '../metadata/leaf-blocks.js'
import {DATELINE_NAMES, PUBLISHERS, publisherForUrl} from '../metadata/publishers.js'
import {getState, reportRemoval, reportWarning} from '../pipeline/state.js'
import type {ArticleMetadata, Credit, CreditRole, ImageInfo} from '../types.js'
import {normalizeUrlFast} from '../util/normalized-uri.js'
import {urlPath} from '../util/url.js'
import {namesSite} from '../util/site-name.js'
import type {PageMetadata} from './collect-page-metadata.js'
import {walk} from '../util/walk.js'
import {collapseWhitespace} from '../metadata/text.js'
import {unredirectUrl} from '../util/unredirect-url.js'
import {savedFromUrl} from '../envelope/leading-comments.js'

/** Options of {@link rehypeArticleMetadata}. */
export interface ArticleMetadataOptions {
  /** Where this copy was found. */
  url?: string
  /** Offset for dates that carry none (`+08:00`). Default: from the language (`+08:00` Chinese, `+09:00` Japanese and Korean). */
  timeZone?: string
}

const ROLES: ReadonlySet<string> = new Set(['author', 'editor', 'translator', 'publisher', 'photographer', 'source'])

/** The credits rules lifted whose role is one of ours ({@link ROLES}). */
function liftedCredits(credits: ReadonlyArray<{role: string; name: string}>): Credit[] {
  return credits.filter((credit) => ROLES.has(credit.role)).map((credit) => ({role: credit.role as CreditRole, name: credit.name}))
}

/**
 * Read the article's metadata into `file.data.article` from the envelope
 * (front matter, epoch comments, title header), the page's `<head>` (see
 * `rehypeCollectPageMetadata`), values lifted by boilerplate rules, and the
 * body's own lines; lines that are only metadata (top date line, credit
 * lines, title repeats, repost notes) are removed from the tree. Precedence
 * is documented in `docs/metadata.md`. Runs last, on the cleaned tree.
 */
export const rehypeArticleMetadata: Plugin<[ArticleMetadataOptions?], Root> = function (options) {
  const settings = options ?? {}
  return (tree, file) => {
    file.data.article = buildMetadata(tree, file, settings)
  }
}

function buildMetadata(tree: Root, file: VFile, options: ArticleMetadataOptions): ArticleMetadata {
  const state = getState(file)
  const {envelope, lifted} = state
  const front = envelope?.frontMatter ?? null
  const page: PageMetadata | undefined = file.data.pageMeta
  const meta = emptyMetadata()
  // The body's text as it was before lines are lifted, counted by script (never joined).
  const bodyScripts = countScripts(tree)
  // Language (declared, or read from the body), which also tells the likely time zone.
  const declared = frontString(front, 'lang', 'language') ?? page?.lang ?? null
  const declaredTag = declared ? normalizeLangTag(declared) : null
  meta.lang = chooseLang(declaredTag, bodyScripts.lang())
  const timeZone = options.timeZone ?? guessedTimeZone(declaredTag, meta.lang, bodyScripts.ideographs)

  // Title first: the body reader drops a line repeating it.
  const knownTitle = frontString(front, ...TITLE_KEYS) ?? envelope?.titleHeader?.title ?? (page?.title ? stripSiteSuffix(page.title, page.siteName) : null)
  const blocksBefore = leafBlocks(tree)
  const body = readBodyMetadata(tree, {title: knownTitle, timeZone}, blocksBefore)
  for (const {rule, text} of body.removed) {
    reportRemoval(file, rule, text)
    lifted.lines.push(text)
  }
  // A rule that set the lifted lines off from the story (`---` after a header block) goes with them.
  if (body.removed.length > 0) trimSeparators(tree)
  const title = body.shortTitle ?? body.spelledTitle ?? knownTitle ?? body.title
  meta.title = stripMediaMarker(title === null ? null : collapseWhitespace(decodeLeftReferences(title)) || null)
  if (meta.title === null && bodyScripts.visible) reportWarning(file, 'metadata/title', 'no title found')

  // Provenance.
  const url = firstUrl(
    ...ORIGINAL_URL_KEYS.map((key) => frontString(front, key)), lifted.url[0] ?? null, body.urls[0] ?? null,
    ...URL_KEYS.map((key) => frontString(front, key)), envelope?.titleHeader?.url ?? null, body.titleUrls[0] ?? null,
    page?.url ?? null, ...body.closingUrls, ...(envelope?.comments ?? []).map(savedFromUrl)
  )
  // A Wayback Machine snapshot is where the copy lives; the article's URL is the one inside it.
  const archived = url === null ? null : archivedOriginal(url)
  meta.url = archived === null ? url : normalizeUrlFast(archived)
  // A front matter `url` the body's statement of the original outranked is this copy's own address.
  const frontUrl = firstUrl(...URL_KEYS.map((key) => frontString(front, key)))
  const ownAddress = frontUrl !== null && meta.url !== null && frontUrl !== meta.url ? frontUrl : null
  // A `permalink` that is a whole URL (not Jekyll's path) is this copy's address too.
  const permalink = firstUrl(frontString(front, 'permalink'))
  meta.mirrorUrl = firstUrl(
    frontString(front, 'mirrorUrl'), lifted.mirrorUrl[0] ?? null, archived === null ? null : url, ownAddress,
    permalink !== meta.url ? permalink : null
  )
  const ruleCredits = liftedCredits(lifted.credits)
  meta.publisher = frontString(front, 'publisher') ?? frontOutletName(front) ?? page?.siteName ?? body.datelinePublisher
    ?? publisherForUrl(meta.url) ?? body.repostSources[0] ?? lifted.publisher[0] ?? body.datelineSource
    ?? sourceOutlet(body.credits) ?? sourceOutlet(ruleCredits)
  meta.syndicator = frontString(front, 'syndicator') ?? lifted.syndicator[0] ?? body.syndicators[0] ?? null
  // A title that ends with the site's name (`… - Vercel` for vercel.com) is the article's without it.
  // So is one that ends with the publisher's name, or the name of the site `url` is on (`…-新华网`).
  if (meta.title !== null) {
    let title = stripHostSuffix(meta.title, meta.url)
    for (const outlet of [meta.publisher, publisherForUrl(meta.url), page?.siteName ?? null]) title = stripOutletSuffix(title, outlet)
    meta.title = stripPlatformSuffix(title)
  }

  // People.
  const categories = frontList(front, 'categories', 'category')
  const ownCredits = frontCredits(front)
  if (ownCredits) {
    meta.credits = ownCredits
    meta.authors = frontList(front, 'authors')
  } else {
    const credits: Credit[] = []
    for (const name of [...frontList(front, 'author', 'authors'), ...(page?.authors ?? [])]) {
      // An outlet named as the author (`author: 36kr` on 36kr.com, a feed's `author: 3DMGame` also among
      // its categories) is the publisher.
      const outlet = name === meta.publisher || isKnownOutlet(name) || namesSite(name, meta.url) || categories.includes(name)
      credits.push({role: outlet ? 'publisher' : 'author', name})
      if (outlet && meta.publisher === null) meta.publisher = name
    }
    credits.push(...ruleCredits)
    credits.push(...body.credits)
    if (body.datelineSource && body.datelineSource !== meta.publisher) credits.push({role: 'source', name: body.datelineSource})
    meta.credits = dedupeCredits(credits)
    meta.authors = unique(meta.credits.filter((c) => c.role === 'author').map((c) => c.name))
  }

  // Dates.
  const epoch = envelope?.timestamps[0]
  // The date a feed or blog gave its copy (a WordPress export's `post_date`).
  const frontDate = frontString(front, 'date', 'post_date')
  const published = firstDate(timeZone,
    ...PUBLISHED_KEYS.map((key) => frontString(front, key)), page?.published ?? null, body.feedDate, body.datelineDate,
    lifted.dates.find((d) => d.kind === 'published')?.value ?? null)
  const archivedOwn = firstDate(timeZone, ...ARCHIVED_KEYS.map((key) => frontString(front, key)))
    ?? snapshotTime(url ?? '') ?? snapshotTime(frontUrl ?? '')
  const archivedEpoch = epoch === undefined ? null : formatInstant(epoch)
  if (published !== null) {
    meta.publishedAt = published
    meta.archivedAt = firstDate(timeZone, archivedOwn, archivedEpoch, frontDate,
      lifted.dates.find((d) => d.kind === 'archived')?.value ?? null)
  } else {
    meta.publishedAt = firstDate(timeZone, frontDate, page?.time ?? null)
    meta.archivedAt = firstDate(timeZone, archivedOwn, archivedEpoch, lifted.dates.find((d) => d.kind === 'archived')?.value ?? null)
  }

  // Taxonomy.
  meta.tags = unique([...frontList(front, 'tags', 'keywords'), ...(page?.keywords ?? []), ...lifted.tags, ...body.tags])
  meta.categories = unique([...categories,
    ...(page?.section ? [page.section] : []), ...lifted.categories])

  // Media and body.
  const images = collectImages(tree)
  meta.images = frontImages(front) ?? images
  meta.leadImage = frontString(front, 'leadImage') ?? frontLeadImage(front) ?? leadImageOf(meta.images)
  const ownExcerpt = frontString(front, 'excerpt')
  const ownStats = frontStats(front)
  // Nothing removed: the tree and its leaf blocks are as they were read.
  const unchanged = body.removed.length === 0
  const blocks = ownExcerpt !== null && ownStats !== null ? [] : unchanged ? blocksBefore : leafBlockTexts(tree, blocksBefore)
  meta.excerpt = ownExcerpt ?? makeExcerpt(tree, blocks, new Set(body.notes))
  meta.stats = ownStats ?? bodyStats(tree, images.length, blocks, charactersLeft(bodyScripts.characters, body.removedNodes))
  return meta
}

/**
 * The offset a zoneless time most likely has, from a language: `+08:00`
 * for Chinese (mainland China, Hong Kong, Macau and Taiwan are all UTC+8),
 * `+09:00` for Japanese and Korean. A page declared in one of them keeps
 * its zone whatever language its body is in (a Chinese archive of English
 * stories stamps them with its own clock); otherwise the article's
 * language decides, and other languages get none (an English page that
 * quotes a Chinese name is not thereby in UTC+8). With no language known
 * (a short body), `+08:00` when the body holds a CJK ideograph.
 */
function guessedTimeZone(declared: string | null, lang: string | null, ideographs: boolean): string | undefined {
  const zone = (tag: string | null): string | undefined => {
    const language = tag?.split('-')[0]!.toLowerCase()
    if (language === 'zh' || language === 'yue') return '+08:00'
    return language === 'ja' || language === 'ko' ? '+09:00' : undefined
  }
  if (lang === null) return ideographs ? '+08:00' : undefined
  return zone(declared) ?? zone(lang)
}

/** The text nodes of `tree` counted by script (see {@link ScriptCounts}). */
function countScripts(tree: Root): ScriptCounts {
  const counts = new ScriptCounts()
  walk(tree, (node) => {
    if (node.type === 'text') counts.add((node as Text).value)
  })
  return counts
}

/** The characters counted before the body reader ran, less those in the nodes it removed (each text node counts on its own). */
function charactersLeft(before: number, removedNodes: readonly ElementContent[]): number {
  let characters = before
  for (const node of removedNodes) characters -= textCharacters(node)
  return characters
}

/** Front matter keys of the title: ours, then a WordPress export's post and original titles. */
const TITLE_KEYS = ['title', 'post_title', 'original_title']

/** Front matter keys naming the original article's URL, before {@link URL_KEYS}: a dump may keep its own copy's URL in `url`. */
const ORIGINAL_URL_KEYS = ['original_url', 'originalUrl', 'original_link', 'originalLink', 'original', 'source_url', 'sourceUrl', 'canonical_url', 'canonicalUrl', 'canonical', 'source']
/** Front matter keys that give the article's URL when nothing more specific does. */
const URL_KEYS = ['url', 'from', 'link']
/** Front matter keys of feed archives and scrapers that name the outlet (the feed's or the source site's name), after our `publisher`. */
const OUTLET_KEYS = ['site_name', 'siteName', 'source_name', 'sourceName', 'feed_name', 'feedName', 'source']
/** Front matter keys that say when the copy was made: ours, then scrapers' and archivers'. */
const ARCHIVED_KEYS = ['archivedAt', 'archived_at', 'fetched_at', 'fetchedAt', 'fetch_date', 'fetchDate', 'scraped_at', 'scrapedAt', 'crawled_at', 'crawledAt', 'captured_at', 'capturedAt', 'clipped']

/**
 * The outlet a feed archive's or scraper's front matter names
 * ({@link OUTLET_KEYS}): a display name, not an address, and not a
 * lowercase key (`site_name: hackernews_api`, the aggregator's own id). A
 * page number after a newspaper's name goes (`The Singapore Free Press,
 * Page 15`).
 */
function frontOutletName(front: Readonly<Record<string, unknown>> | null): string | null {
  for (const key of OUTLET_KEYS) {
    const value = frontString(front, key)
    if (value === null || value.length > 120 || /^[a-z][a-z\d]*(?:[_.-][a-z\d]+)*$/.test(value) || /^[a-z][a-z\d+.-]*:/i.test(value)) continue
    return value.replace(/,\s*(?:Page|p\.)\s*\d+$/i, '')
  }
  return null
}
/** Front matter keys that state the publication date (ours first); `date` is weaker (see the dates below). */
const PUBLISHED_KEYS = ['publishedAt', 'published_at', 'published_time', 'publishedTime', 'datePublished', 'date_published', 'published', 'pubDate']

/** Front matter keys static-site themes and feed archives keep a post's picture in. */
const IMAGE_KEYS = ['image', 'cover', 'featured_image', 'featuredImage', 'headimg', 'thumbnail', 'banner']
/** An image address: an http(s) URL, or a path to an image file (`images/G1.jpg`, kept as written). */
const IMAGE_ADDRESS = /^(?:https?:\/\/\S+|[\w./-]{1,300}\.(?:jpe?g|png|gif|webp|avif)(?:[?#]\S*)?)$/i

/** The picture a theme's front matter key names ({@link IMAGE_KEYS}), or `null`. */
function frontLeadImage(front: Readonly<Record<string, unknown>> | null): string | null {
  for (const key of IMAGE_KEYS) {
    const value = frontString(front, key)?.trim()
    if (value && IMAGE_ADDRESS.test(value)) return value
  }
  return null
}

/**
 * The first candidate that is an http(s) URL, normalized: character
 * references an export left in it decoded (`&#038;` for `&`), and a known
 * tracking redirect (`news.google.com/news/url?…&url=…`) taken to its target.
 */
function firstUrl(...candidates: Array<string | null>): string | null {
  for (const candidate of candidates) {
    if (!candidate || !/^https?:\/\//i.test(candidate.trim())) continue
    const decoded = candidate.includes('&') ? decodeLeftReferences(candidate.trim()) : candidate.trim()
    return normalizeUrlFast(unredirectUrl(decoded) ?? decoded)
  }
  return null
}

function firstDate(timeZone: string | undefined, ...candidates: Array<string | null>): string | null {
  for (const candidate of candidates) {
    if (candidate === null) continue
    const value = parseDate(candidate, {timeZone})
    if (value !== null) return value
  }
  return null
}

function isKnownOutlet(name: string): boolean {
  return PUBLISHERS.some(([, outlet]) => outlet === name) || DATELINE_NAMES.some(([key]) => key === name)
}

/**
 * A file or folder name of page furniture (a logo, icon, avatar, QR code, button or counter): a path part
 * that starts with such a word (`/logo_top.png`, `/avatar/12.jpg`), or a file name that ends with one
 * (`net_logo.png`); a photo named after one (`apple-logo-lawsuit.jpg`, `icon-of-the-seas.jpg`) is none.
 */
const FURNITURE = /(?:^|\/)(?:logo|logos|icon|icons|favicon|avatar|avatars|qrcode|qr|btn|button|sprite|beacon|badge)(?:[/_.]|\d|$)|[_-](?:logo|icon)\.[a-z]{3,4}$/i

/**
 * The first image that is not page furniture by its path ({@link FURNITURE}:
 * a site's `net_logo.png`, `logo_top.png`, an author's avatar), else the first
 * image; `null` when there is none.
 */
function leadImageOf(images: readonly ImageInfo[]): string | null {
  for (const image of images) {
    if (!FURNITURE.test(urlPath(image.src))) return image.src
  }
  return images[0]?.src ?? null
}

/**
 * Platforms whose pages put their name after every title (`… - 知乎`,
 * `…_哔哩哔哩_bilibili`, `… | by Jane | Medium`): a title copied from such a
 * page, from wherever it was read, loses the name.
 */
const PLATFORM_SUFFIXES: ReadonlySet<string> = new Set([
  '知乎', '知乎专栏', '简书', 'CSDN博客', '掘金', '博客园', '哔哩哔哩', 'bilibili', '少数派', 'SegmentFault 思否', '思否',
  '今日头条', '百家号', '微博', '新浪微博', '豆瓣', 'Medium', 'DEV Community', 'Substack', 'LinkedIn'
])

/** Longest title {@link stripPlatformSuffix} reads. */
const MAX_SUFFIXED_TITLE = 400

/** `title` without a trailing platform name ({@link PLATFORM_SUFFIXES}) after a site separator, repeatedly (`…_哔哩哔哩_bilibili`). */
function stripPlatformSuffix(title: string): string {
  // Each pass scans the title: a title longer than any headline is left as it is.
  if (title.length > MAX_SUFFIXED_TITLE) return title
  let current = title
  for (let separator = lastSiteSeparator(current); separator !== null && separator.at >= 2; separator = lastSiteSeparator(current)) {
    if (!PLATFORM_SUFFIXES.has(current.slice(separator.at + separator.width).trim())) break
    current = current.slice(0, separator.at).trim()
  }
  return current
}

/** `Title - Site` / `Title | Site` / `Title_Site` → `Title` when the suffix names the site or an outlet. */
function stripSiteSuffix(title: string, siteName: string | null): string {
  const separator = lastSiteSeparator(title)
  if (separator === null || separator.at < 2) return title
  const cut = separator.at
  const suffix = title.slice(cut + separator.width).trim()
  if (suffix.length === 0 || suffix.length > 30) return title
  const site = siteName !== null && (suffix === siteName || suffix.includes(siteName) || siteName.includes(suffix))
  return site || isKnownOutlet(suffix) || /(?:网|網|新闻|新聞|News|中文)$/.test(suffix) ? title.slice(0, cut).trim() : title
}

function frontStats(front: Record<string, unknown> | null): ArticleMetadata['stats'] | null {
  const value = front && Object.hasOwn(front, 'stats') ? front['stats'] : undefined
  if (typeof value !== 'object' || value === null) return null
  const {characters, paragraphs, images} = value as Record<string, unknown>
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0
  return ok(characters) && ok(paragraphs) && ok(images) ? {characters, paragraphs, images} : null
}

function dedupeCredits(credits: Credit[]): Credit[] {
  const seen = new Set<string>()
  return credits.filter((c) => {
    const key = `${c.role}\u0000${c.name}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))]
}
