import type {Rule} from '../types.js'

/**
 * The footer WordPress feeds (e.g. China Digital Times) append:
 * `© AUTHOR for SITE, … | Permalink | No comment | Add to del.icio.us … Post tags: …`.
 * The author is lifted as a credit and the post tags as tags.
 */
export const wordpressFeedFooter: Rule = {
  id: 'wordpress-feed/footer',
  description: 'The WordPress feed footer (© AUTHOR for SITE | Permalink | comments | Post tags); lifts the author and tags.',
  removeText: [/^©\s?[^|]{1,200}\|\s?Permalink\s?\|/],
  extract: {
    credits: [{role: 'author', pattern: /^©\s?([^|,]{1,80}?) for /}],
    tagSelector: 'a[rel~="tag"]',
    tags: /^(?:[^P]|P(?!ost tags:))*Post tags:\s?([^|]+)$/
  }
}

/** "Feed enhanced by Better Feed from Ozh". */
export const wordpressBetterFeed: Rule = {
  id: 'wordpress-feed/better-feed',
  description: 'The "Feed enhanced by Better Feed from Ozh" line of the Better Feed plugin.',
  maxLength: 120,
  removeText: [/^Feed enhanced by (?:the )?Better Feed\b/]
}

/** The site named by an "appeared first on" line, without quotes around it or the read-more link's text after it. */
const APPEARED_FIRST_SITE = /appeared first on [“"]?((?:[^“”",.]|\.(?=\w)){1,100}?)[”"]?\.?(?: Read the entire article here\.?)?$/

/**
 * The line feeds end each item with (WordPress SEO plugins, feed archives):
 * "The post TITLE appeared first on SITE.", "This post appeared first on
 * "SITE". Read the entire article here". The site is the publisher.
 */
export const wordpressAppearedFirst: Rule = {
  id: 'wordpress-feed/appeared-first',
  description: 'The "The post … appeared first on SITE." line that feeds end an item with; the site is lifted as the publisher.',
  maxLength: 400,
  // The line ends with the site's name (no comma, and no full stop but inside a host name), or the archive's read-more link after it.
  removeText: [/^(?:The|This) (?:post|article|entry)\b.{0,300}\bappeared first on [“"]?(?:[^“”",.]|\.(?=\w)){1,100}[”"]?\.?(?: Read the entire article here\.?)?$/],
  extract: {publisher: APPEARED_FIRST_SITE}
}

/** Related-post embeds (`blockquote.wp-embedded-content`, `iframe.wp-embedded-content`). */
export const wordpressEmbeds: Rule = {
  id: 'wordpress-feed/embeds',
  description: 'WordPress related-post embeds (wp-embedded-content blockquotes and iframes).',
  remove: ['blockquote.wp-embedded-content', 'iframe.wp-embedded-content']
}

/** The WordPress feed rules. */
export const wordpressFeedRules: readonly Rule[] = [wordpressFeedFooter, wordpressBetterFeed, wordpressAppearedFirst, wordpressEmbeds]
