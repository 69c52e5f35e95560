import type {RuleLinkLines} from '../../types.js'
import type {Summary} from './summary.js'

/** A short label before the links: `网站代理：`, `Share:`, `月費訂戶 網址：` (two words at most). */
const LEADING_LABEL = /^\s?[^\s:：|｜]{1,12}(?: [^\s:：|｜]{1,12})?[:：]/u

/** Characters that may stand between links in a navigation line. */
const FILLER = /^[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f\u20e3]*$/u

/** Explicit separators, or an emoji used as a bullet. */
const SEPARATOR = /[|｜·•・/\\»›]|\p{Extended_Pictographic}/u

/** Whether `summary` is a line made only of links, as `spec` describes. */
export function isLinkLine(summary: Summary, spec: RuleLinkLines): boolean {
  const minLinks = spec.minLinks ?? 2
  const maxLinkText = spec.maxLinkText ?? 60
  if (summary.overflow || summary.linkCount < Math.max(1, minLinks)) return false
  if (summary.links.length < summary.linkCount) return false
  if (summary.longestLinkText > maxLinkText) return false
  if (spec.href) {
    const pattern = spec.href
    if (!summary.links.every((href) => test(pattern, href))) return false
  }
  const loose = summary.loose.replace(LEADING_LABEL, '')
  if (!FILLER.test(loose)) return false
  if ((spec.requireSeparator ?? true) && summary.linkCount > 1) {
    if (!SEPARATOR.test(loose)) return false
  }
  return true
}

function test(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0
  return pattern.test(value)
}
