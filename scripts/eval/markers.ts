/**
 * Boilerplate markers the evaluation looks for in cleaned output. Defined
 * here, independently of the library's rules, so the evaluation can catch
 * what the rules miss. Each marker is a case-insensitive substring, except
 * `html-tag` (a raw HTML tag).
 */
export const DEBRIS_SUBSTRINGS: readonly string[] = [
  // markup and proxies
  'href=',
  'images.weserv.nl',
  'wsrv.nl',
  'i0.wp.com',
  'i1.wp.com',
  'i2.wp.com',
  'feedburner',
  'feedsportal',
  // feed footers and share bars
  'feed enhanced by',
  'better feed',
  'del.icio.us',
  'post tags:',
  'no comment',
  'share on facebook',
  'share on twitter',
  'share this',
  'tweet this',
  '分享到',
  '二维码分享',
  '需翻墙',
  // subscribe / nav / ads
  'subscribe',
  '点击订阅',
  '欢迎订阅',
  'advertisement',
  '广告位',
  'related posts',
  '相关文章',
  '上一篇',
  '下一篇',
  '阅读全文',
  'read more',
  // rights
  'all rights reserved',
  'copyright ©',
  '版权所有'
]

/** A raw HTML tag left in the output (opening or closing). Linear. */
const HTML_TAG = /<\/?(?:a|abbr|article|aside|b|blockquote|br|center|div|em|figcaption|figure|font|footer|h[1-6]|header|hr|i|iframe|img|li|nav|ol|p|script|section|small|span|strong|style|table|td|tr|u|ul)(?=[\s/>])/i

/** Marker id for {@link HTML_TAG}. */
export const HTML_TAG_MARKER = 'html-tag'

/** The debris markers found in `text`, sorted, each once. */
export function findDebrisMarkers(text: string): string[] {
  const lower = text.toLowerCase()
  const found = DEBRIS_SUBSTRINGS.filter((marker) => lower.includes(marker))
  if (HTML_TAG.test(text)) found.push(HTML_TAG_MARKER)
  return found.sort()
}
