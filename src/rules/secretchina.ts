import type {Rule} from '../types.js'

/** secretchina (看中国) ad slots and its membership banner. */
export const secretchinaAds: Rule = {
  id: 'secretchina/ads',
  description: 'secretchina ad slots (SC-* boxes, /kzgd/ad/ banners).',
  hosts: ['secretchina.com', 'kanzhongguo.com'],
  remove: ['[id^="SC-"]', 'img[src*="/kzgd/ad/"]'],
  removeImages: [/\/kzgd\/ad\//]
}

/** secretchina's page-address line. */
export const secretchinaAddress: Rule = {
  id: 'secretchina/address',
  description: 'The "本文网址：URL" line; the URL is kept as the original URL.',
  hosts: ['secretchina.com', 'kanzhongguo.com'],
  maxLength: 200,
  removeText: [/^(?:本文网址|本文網址)\s?[:：]\s?(https?:\/\/\S+)$/],
  extract: {url: /^(?:本文网址|本文網址)\s?[:：]\s?(https?:\/\/\S+)$/}
}

/** The secretchina rules. */
export const secretchinaRules: readonly Rule[] = [secretchinaAds, secretchinaAddress]
