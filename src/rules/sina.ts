import type {Rule} from '../types.js'

/**
 * Sina portal footers. Plain-text copies of Sina pages carry no URL, so these
 * rules apply everywhere; their patterns are whole-block Sina phrases.
 */
export const sinaFooter: Rule = {
  id: 'sina/footer',
  description: 'Sina\'s "财经自媒体联盟" footer and everything after it, the app promo (its text, or its whole QR-code box in HTML copies) and the Sina reprint statement.',
  remove: ['.appendQr_wrap'],
  maxLength: 200,
  cutFrom: [/^(?:新浪)?(?:财经自媒体联盟|財經自媒體聯盟)$/],
  removeText: [
    /^海量资讯、精准解读，尽在新浪财经APP$/,
    /^新浪声明[:：]\s?(?:此消息|本文)/
  ],
  extract: {syndicator: '新浪'}
}

/** The Sina rules. */
export const sinaRules: readonly Rule[] = [sinaFooter]
