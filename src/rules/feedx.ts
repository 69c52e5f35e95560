import type {Rule} from '../types.js'

/** Hosts of the feedx feed archive. */
const FEEDX_HOSTS = ['feedx.net', 'feedx.top', 'feedx.site', 'feedx.xyz', 'feedx.me']

/** feedx's footer: "获取更多RSS：" and its own links; records feedx as the syndicator. */
export const feedxFooter: Rule = {
  id: 'feedx/footer',
  description: 'The feedx archive footer ("获取更多RSS：https://feedx.net …") and everything after it.',
  hosts: FEEDX_HOSTS,
  maxLength: 200,
  cutFrom: [/^(?:获取|獲取)更多\s?RSS\s?[:：]?[\s\w.:/?=&%#~+-]{0,300}$/],
  extract: {syndicator: 'feedx'}
}

/** Lines made only of links to feedx. */
export const feedxLinks: Rule = {
  id: 'feedx/links',
  description: 'Lines holding only links to the feedx archive.',
  hosts: FEEDX_HOSTS,
  linkLines: {minLinks: 1, href: /^https?:\/\/(?:www\.)?feedx\.(?:net|top|site|xyz|me)(?:[/?#]|$)/, requireSeparator: false},
  extract: {syndicator: 'feedx'}
}

/** The feedx rules. */
export const feedxRules: readonly Rule[] = [feedxFooter, feedxLinks]
