/**
 * Public types of unsyndicate.
 *
 * @packageDocumentation
 */

/** The role a person or organisation played in making an article. */
export type CreditRole =
  | 'author'
  | 'editor'
  | 'translator'
  | 'publisher'
  | 'photographer'
  | 'source'

/** One person or organisation credited by the article, with their role. */
export interface Credit {
  /** What they did. */
  role: CreditRole
  /** Their name as written (trimmed). */
  name: string
}

/** One image kept in the article body. */
export interface ImageInfo {
  /** The image URL, with proxies removed. */
  src: string
  /** Alternative text, or `null` when there is none. */
  alt: string | null
  /** The caption shown under the image, or `null`. */
  caption: string | null
  /** The photo credit (agency or photographer), or `null`. */
  credit: string | null
}

/** Counts describing the cleaned body. */
export interface ArticleStats {
  /** Characters of text in the body (code points, whitespace excluded). */
  characters: number
  /** Number of paragraphs in the body. */
  paragraphs: number
  /** Number of images in the body. */
  images: number
}

/**
 * Structured metadata of one article. Unknown values are `null` or `[]`,
 * never `undefined` and never guessed.
 */
export interface ArticleMetadata {
  /** The article title. */
  title: string | null
  /** URL of the original article (where it was first published). */
  url: string | null
  /** URL of this copy (the mirror or archive it was found in), when stated. */
  mirrorUrl: string | null
  /** The outlet that wrote the article (e.g. `美国之音`, `德国之声`). */
  publisher: string | null
  /** Who passed the article on (e.g. `feedx`, `gfw-breaker`, `GNews`). */
  syndicator: string | null
  /** Names of the authors. */
  authors: string[]
  /** Everyone credited, with their role. */
  credits: Credit[]
  /** When the article was published, ISO 8601 (`YYYY-MM-DD` when only a date is known). */
  publishedAt: string | null
  /** When this copy was taken, ISO 8601. */
  archivedAt: string | null
  /** Tags (keywords) of the article. */
  tags: string[]
  /** Categories (sections) of the article. */
  categories: string[]
  /** Language as a BCP 47 tag (`zh-Hans`, `zh-Hant`, `en`, …). */
  lang: string | null
  /** URL of the first (lead) image. */
  leadImage: string | null
  /** Images in the body, in document order. */
  images: ImageInfo[]
  /** The first sentences of the body, at most 160 characters. */
  excerpt: string | null
  /** Counts describing the body. */
  stats: ArticleStats
}

/** One block dropped by the cleaner. */
export interface Removal {
  /** Id of the rule that dropped it (e.g. `generic/ad-slots`). */
  rule: string
  /** Its text, shortened. */
  text: string
}

/** Something that could not be done; the result is still usable. */
export interface Warning {
  /** Id of the step or rule that raised it. */
  rule: string
  /** What happened, in plain words. */
  message: string
}

/** A credit a rule can lift: the first capture group of `pattern` is the name. */
export interface RuleCreditExtract {
  /** What the credited person or organisation did. */
  role: CreditRole
  /** A pattern whose first capture group is the name. */
  pattern: RegExp
}

/**
 * Values a rule can lift out of a block before the block is dropped. Patterns
 * run over the block's text (whitespace collapsed), then, when they find
 * nothing there, over the `href` and `src` URLs of the links and images inside
 * it (separated by spaces); the first capture group is the value.
 */
export interface RuleExtract {
  /** A pattern whose first capture group is the original article URL. */
  url?: RegExp
  /** A pattern whose first capture group is the URL of this copy (mirror). */
  mirrorUrl?: RegExp
  /** A pattern whose first capture group is a list of tags, split on `,` `，` `、` `;` `；`. */
  tags?: RegExp
  /** A CSS selector: the text of each matching element inside the block is one tag. */
  tagSelector?: string
  /** A pattern whose first capture group is a list of categories (split like tags). */
  categories?: RegExp
  /** Credits (author, editor…) named in the block. */
  credits?: RuleCreditExtract[]
  /** A pattern whose first capture group is the publisher (who wrote it first). */
  publisher?: RegExp
  /** Who passed the article on, recorded whenever the rule drops a block (e.g. `feedx`). */
  syndicator?: string
}

/**
 * Lines made only of links (navigation and promotion): every character of the
 * block outside its links is a separator (`|`, `·`, `/`, punctuation), an
 * emoji, or a short leading label ending in a colon (`网站代理：`).
 */
export interface RuleLinkLines {
  /** The fewest links the block must hold (default 2). */
  minLinks?: number
  /** When given, every link target must match it. */
  href?: RegExp
  /** The longest link text allowed, in characters (default 60). */
  maxLinkText?: number
  /** Require an explicit separator (`|`, `｜`, `·`, `•`, `/`) or an emoji between the links (default true). */
  requireSeparator?: boolean
}

/**
 * A boilerplate rule. Rules are data: a list of selectors and text patterns,
 * optionally limited to some hosts.
 */
export interface Rule {
  /** Unique id, `family/name` (e.g. `feedx/footer`). */
  id: string
  /** What the rule removes and why, in one sentence. */
  description: string
  /**
   * Hosts the rule applies to. It applies when the source URL, the mirror URL
   * or a link in the input is on one of them (subdomains included). An entry
   * may carry a path prefix (`github.com/gfw-breaker`).
   * Omitted: applies everywhere.
   */
  hosts?: string[]
  /** CSS selectors (hast-util-select) of elements to remove. */
  remove?: string[]
  /**
   * Drop the smallest block whose whole text (whitespace collapsed, trimmed)
   * matches one of these. Lines separated by `<br>` are blocks of their own.
   */
  removeText?: RegExp[]
  /**
   * Drop the block whose whole text matches, and everything after it in
   * document order. When that would take more than half of the text, only the
   * block itself is dropped.
   */
  cutFrom?: RegExp[]
  /**
   * When a `removeText` match is a heading (`## 相关报道`), also drop its
   * section: the siblings after it up to the next heading of the same or a
   * higher rank. When it is another block (a paragraph `相关新闻：`), the
   * run of linked entries right after it: lists whose every item holds a
   * link, and paragraphs that hold one. Either only when each entry is
   * short and holds no sentence (headlines, dates, thumbnails); a section
   * with prose in it stays.
   */
  dropSection?: boolean
  /**
   * `removeText` and `cutFrom` only look at blocks whose text (whitespace
   * collapsed, in UTF-16 code units) is at most this long. Default (and upper bound): 2000.
   */
  maxLength?: number
  /**
   * Drop an image whose `src` (percent-escapes decoded) or `alt` matches, even
   * inside a line of text; a link or block left empty by it goes too.
   */
  removeImages?: RegExp[]
  /** Drop blocks made only of links (see {@link RuleLinkLines}). */
  linkLines?: RuleLinkLines
  /** Values to lift into metadata before the block is removed. */
  extract?: RuleExtract
}

/** How neutralized anchors (`<span href>`) are handled. */
export type AnchorMode = 'unwrap' | 'restore'

/** A proxy URL pattern: how to get the original URL back. */
export interface ProxyPattern {
  /** Name, used in warnings. */
  name: string
  /**
   * Return the original URL for `url`, or `null` when `url` is not one of
   * this proxy's. Must be pure and must not throw.
   */
  unproxy: (url: URL) => string | null
}

/** Options of {@link cleanArticle}. All are optional. */
export interface CleanOptions {
  /** Where this copy was found; used to match site rules and resolve relative URLs. */
  url?: string
  /** Extra site rules, added to the built-in ones. */
  rules?: readonly Rule[]
  /** Use the built-in rules: `true` (default), `false`, or a list of rule ids to keep. */
  builtinRules?: boolean | string[]
  /** Neutralized anchors: `'unwrap'` to text (default) or `'restore'` as real links. */
  anchors?: AnchorMode
  /** Replace proxied image URLs with the originals (default `true`). */
  unproxyImages?: boolean
  /** Extra image proxy patterns. */
  proxies?: ProxyPattern[]
  /**
   * Offset for dates that carry none, as `+08:00`. Default: from the
   * article's language, `+08:00` for Chinese, `+09:00` for Japanese and
   * Korean, none otherwise.
   */
  timeZone?: string
  /** Prepend the metadata as YAML front matter to `markdown` (default `false`). */
  frontMatter?: boolean
  /** Promote heading-like paragraphs to headings (default `true`). */
  headings?: boolean
  /** Allow `data:` image URLs (default `false`). */
  allowDataImages?: boolean
  /**
   * Inputs longer than this many UTF-16 code units are cut (with a warning).
   * Default: 10 000 000.
   */
  maxInputLength?: number
}

/** What {@link cleanArticle} returns. */
export interface CleanResult {
  /** The article body as GFM Markdown (front matter first when asked for). */
  markdown: string
  /** Structured metadata. */
  metadata: ArticleMetadata
  /** Every block the cleaner dropped, in document order. */
  removed: Removal[]
  /** What could not be done. */
  warnings: Warning[]
}
