import type {Rule} from '../types.js'
import {dwRules} from './dw.js'
import {feedxRules} from './feedx.js'
import {genericRules} from './generic.js'
import {gfwBreakerRules} from './gfw-breaker.js'
import {gnewsRules} from './gnews.js'
import {secretchinaRules} from './secretchina.js'
import {sinaRules} from './sina.js'
import {voaRules} from './voa.js'
import {wordpressFeedRules} from './wordpress-feed.js'

/**
 * The built-in rules, in the order they are tried: site and feed-software
 * rules first (they are narrower and lift metadata), then the generic rules
 * that carry most of the weight on unseen sources.
 */
export const builtinRules: readonly Rule[] = [
  ...feedxRules,
  ...gfwBreakerRules,
  ...secretchinaRules,
  ...dwRules,
  ...voaRules,
  ...gnewsRules,
  ...sinaRules,
  ...wordpressFeedRules,
  ...genericRules
]
