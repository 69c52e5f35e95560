import type {Rule} from '../types.js'

/** Where gfw-breaker mirrors live. */
const GFW_BREAKER_HOSTS = ['github.com/gfw-breaker', 'github.com/begood0513', 'gfw-breaker.win']

/** A mirror page's URL: a file in a gfw-breaker or begood0513 (its sister account's) repository. */
const MIRROR_URL = /https?:\/\/github\.com\/(?:gfw-breaker|begood0513)\/\S+/

/**
 * Links gfw-breaker adds: its own repositories, video sites on bare IP
 * addresses, and the mirror's navigation to its index pages (`../../README.md`).
 */
const PROMO_HREF =
  /^(?:https?:\/\/(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?::\d{1,5})?(?:[/?#]|$)|github\.com\/(?:gfw-breaker|begood0513)\/|gfw-breaker\.win\/)|\.\.?\/(?:[\w.-]+\/)*README\.md(?:#\S*)?$)/

/** Navigation and promotion lines made only of gfw-breaker links (`#### [首页](…) | […]`, `🔥 [video](http://IP/…)`). */
export const gfwBreakerPromo: Rule = {
  id: 'gfw-breaker/promo',
  description: 'Heading lines of links to gfw-breaker pages and to video sites on bare IP addresses.',
  hosts: GFW_BREAKER_HOSTS,
  linkLines: {minLinks: 1, href: PROMO_HREF, maxLinkText: 100, requireSeparator: false},
  extract: {syndicator: 'gfw-breaker'}
}

/** The share footer's mirror URL line (lifted as the mirror URL). */
export const gfwBreakerShare: Rule = {
  id: 'gfw-breaker/share',
  description: 'The mirror-URL line of the share footer; the URL is kept as the mirror URL.',
  hosts: GFW_BREAKER_HOSTS,
  maxLength: 300,
  removeText: [new RegExp(`^${MIRROR_URL.source}$`)],
  extract: {mirrorUrl: new RegExp(`^(${MIRROR_URL.source})$`), syndicator: 'gfw-breaker'}
}

/** The share footer's QR-code image and gfw-breaker's counter image. */
export const gfwBreakerImages: Rule = {
  id: 'gfw-breaker/share',
  description: 'The QR-code image of the share footer and the gfw-breaker counter image.',
  hosts: GFW_BREAKER_HOSTS,
  removeImages: [new RegExp(String.raw`^${MIRROR_URL.source}\.png$`), /^https?:\/\/gfw-breaker\.win\//]
}

/** The gfw-breaker rules. */
export const gfwBreakerRules: readonly Rule[] = [gfwBreakerShare, gfwBreakerImages, gfwBreakerPromo]
