import {findDate} from '../date/parse-date.js'
import {tryParseUrl} from '../util/url.js'
import {mayHoldDate} from './text.js'

/**
 * Outlets by host (subdomains included) or host + path prefix, most specific
 * first. Names as the outlets write them in Chinese where they have a Chinese
 * name.
 */
export const PUBLISHERS: ReadonlyArray<readonly [string, string]> = [
  ['bbc.com/zhongwen', 'BBC中文'],
  ['bbc.co.uk/zhongwen', 'BBC中文'],
  ['cn.nytimes.com', '纽约时报中文网'],
  ['cn.wsj.com', '华尔街日报中文网'],
  ['voachinese.com', '美国之音'],
  ['voacantonese.com', '美国之音'],
  ['dw.com', '德国之声'],
  ['rfa.org', '自由亚洲电台'],
  ['secretchina.com', '看中国'],
  ['epochtimes.com', '大纪元'],
  ['theepochtimes.com', '大纪元'],
  ['ntdtv.com', '新唐人'],
  ['soundofhope.org', '希望之声'],
  ['rfi.fr', '法广'],
  ['sina.com.cn', '新浪'],
  ['sina.cn', '新浪'],
  ['chinadigitaltimes.net', '中国数字时代'],
  ['gnews.org', 'GNews'],
  ['ftchinese.com', 'FT中文网'],
  ['zaobao.com', '联合早报'],
  ['zaobao.com.sg', '联合早报'],
  ['rthk.hk', '香港电台'],
  ['thestandnews.com', '立场新闻'],
  ['initium.com', '端传媒'],
  ['theinitium.com', '端传媒'],
  ['cn.nikkei.com', '日经中文网'],
  ['nikkei.com', '日本经济新闻'],
  ['bbc.com', 'BBC'],
  ['nytimes.com', 'The New York Times'],
  ['reuters.com', 'Reuters'],
  ['apnews.com', 'AP'],
  ['xinhuanet.com', '新华网'],
  ['people.com.cn', '人民网'],
  ['thepaper.cn', '澎湃新闻'],
  ['caixin.com', '财新'],
  ['163.com', '网易'],
  ['qq.com', '腾讯'],
  ['sohu.com', '搜狐'],
  ['ifeng.com', '凤凰网'],
  ['chinadaily.com.cn', 'China Daily'],
  ['globaltimes.cn', 'Global Times'],
  ['cctv.com', '央视网'],
  ['36kr.com', '36氪'],
  ['ithome.com', 'IT之家'],
  ['huxiu.com', '虎嗅'],
  ['sspai.com', '少数派'],
  ['cnbeta.com.tw', 'cnBeta'],
  ['anquanke.com', '安全客'],
  ['freebuf.com', 'FreeBuf'],
  ['solidot.org', 'Solidot'],
  ['scmp.com', 'South China Morning Post'],
  ['hongkongfp.com', 'Hong Kong Free Press'],
  ['hkcnews.com', '众新闻'],
  ['cna.com.tw', '中央社'],
  ['udn.com', '联合新闻网'],
  ['ltn.com.tw', '自由时报'],
  ['storm.mg', '风传媒'],
  ['yna.co.kr', '韩联社'],
  ['kyodonews.net', '共同社'],
  ['bbc.co.uk', 'BBC'],
  ['voanews.com', 'VOA'],
  ['economist.com', 'The Economist'],
  ['theguardian.com', 'The Guardian'],
  ['washingtonpost.com', 'The Washington Post'],
  ['wsj.com', 'The Wall Street Journal'],
  ['ft.com', 'Financial Times'],
  ['bloomberg.com', 'Bloomberg'],
  ['cnn.com', 'CNN'],
  ['npr.org', 'NPR'],
  ['aljazeera.com', 'Al Jazeera'],
  ['theatlantic.com', 'The Atlantic'],
  ['newyorker.com', 'The New Yorker'],
  ['axios.com', 'Axios'],
  ['politico.com', 'Politico'],
  ['theverge.com', 'The Verge'],
  ['techcrunch.com', 'TechCrunch'],
  ['wired.com', 'WIRED'],
  ['arstechnica.com', 'Ars Technica'],
  ['thenewstack.io', 'The New Stack'],
  ['github.blog', 'The GitHub Blog']
]

/**
 * Platforms on which accounts publish (a WeChat official account, a Weibo or
 * Zhihu user, a Medium author): the host is not the publisher, so a URL there
 * names none, even under a host the table knows (`mp.weixin.qq.com` is not 腾讯).
 */
export const PLATFORMS: readonly string[] = [
  'mp.weixin.qq.com', 'weibo.com', 'weibo.cn', 'zhihu.com', 'douban.com', 'medium.com',
  'substack.com', 'blogspot.com', 'wordpress.com', 'github.io', 'matters.news', 'matters.town'
]

/** Names outlets use for themselves in datelines, mapped to the publisher name. */
export const DATELINE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['德国之声中文网', '德国之声'], ['德國之聲中文網', '德国之声'], ['德国之声', '德国之声'],
  ['美国之音', '美国之音'], ['美國之音', '美国之音'],
  ['自由亚洲电台', '自由亚洲电台'], ['自由亞洲電台', '自由亚洲电台'],
  ['看中国', '看中国'], ['看中國', '看中国'],
  ['大纪元', '大纪元'], ['大紀元', '大纪元'],
  ['新唐人', '新唐人'], ['法广', '法广'], ['法廣', '法广'],
  ['BBC中文', 'BBC中文'], ['希望之声', '希望之声'], ['希望之聲', '希望之声']
]

/** News agencies as their tag in an English dateline reads (`ATLANTA (AP) —`), with the name given. */
const AGENCY_TAGS: ReadonlyMap<string, string> = new Map([
  ['AP', 'AP'], ['Reuters', 'Reuters'], ['AFP', 'AFP'], ['Bloomberg', 'Bloomberg'], ['UPI', 'UPI'], ['CNN', 'CNN'],
  ['Xinhua', 'Xinhua'], ['Kyodo', 'Kyodo News'], ['Yonhap', 'Yonhap'], ['dpa', 'dpa'], ['AAP', 'AAP']
])
/** Press-release wires as their tag reads (`(GLOBE NEWSWIRE) --`, `/PRNewswire/ --`), with the name given. */
const PRESS_WIRE_TAGS: ReadonlyMap<string, string> = new Map([
  ['GLOBE NEWSWIRE', 'GlobeNewswire'], ['BUSINESS WIRE', 'Business Wire'], ['ACCESSWIRE', 'ACCESSWIRE'],
  ['ACCESS Newswire', 'ACCESS Newswire'], ['PRNewswire', 'PR Newswire'], ['PRNewswire-FirstCall', 'PR Newswire'],
  ['PRNewswire-HISPANIC PR WIRE', 'PR Newswire'], ['CNW', 'CNW'], ['PRWEB', 'PRWeb'], ['EINPresswire', 'EIN Presswire'],
  ['24-7PressRelease', '24-7 Press Release'], ['Newswire', 'Newswire'], ['IssueWire', 'IssueWire'], ['openPR', 'openPR']
])
/** An English dateline's wire tag, within its first 100 characters: `(AP) —`, `(GLOBE NEWSWIRE) --`, `/PRNewswire/ --`. */
const WIRE_TAG = /^[^\n]{0,100}?(?:\(([A-Za-z][A-Za-z .-]{1,30})\)|\/([A-Za-z\d][A-Za-z\d -]{1,30})\/)[ \u00a0]?(?:--|[—–-])/

/**
 * The agency or press wire an English dateline names (`ATLANTA (AP) —`,
 * `GAITHERSBURG, Md., March 05, 2026 (GLOBE NEWSWIRE) --`,
 * `/PRNewswire/ -- As Americans…`): an agency wrote the story (the
 * publisher); a press wire passed a company's release on (the syndicator).
 * `before` is the dateline before the tag (`GAITHERSBURG, Md., March 05, 2026 `).
 */
export function wireInDateline(text: string): {publisher: string | null; syndicator: string | null; before: string} | null {
  const match = WIRE_TAG.exec(text)
  if (match === null) return null
  const tag = (match[1] ?? match[2])!.trim()
  const agency = match[1] === undefined ? undefined : AGENCY_TAGS.get(tag)
  const wire = PRESS_WIRE_TAGS.get(tag)
  if (agency === undefined && wire === undefined) return null
  const tagAt = match[0].lastIndexOf(match[1] === undefined ? `/${match[2]!}/` : `(${match[1]})`)
  return {publisher: agency ?? null, syndicator: wire ?? null, before: text.slice(0, tagAt)}
}

/** {@link PUBLISHERS} with each key split once into its host (also as `.host`, for subdomains) and path prefix. */
const PUBLISHER_KEYS: ReadonlyArray<{host: string; subdomain: string; path: string; name: string}> = PUBLISHERS.map(([key, name]) => {
  const slash = key.indexOf('/')
  const host = slash === -1 ? key : key.slice(0, slash)
  return {host, subdomain: '.' + host, path: slash === -1 ? '' : key.slice(slash), name}
})

/** The outlet for `url` from the host table (`PUBLISHERS` in src/metadata/publishers.ts), or `null` (also on a platform of accounts, `PLATFORMS`). */
export function publisherForUrl(url: string | null | undefined): string | null {
  if (!url) return null
  const parsed = tryParseUrl(url)
  if (!parsed) return null
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const path = parsed.pathname
  if (PLATFORMS.some((platform) => host === platform || host.endsWith('.' + platform))) return null
  for (const key of PUBLISHER_KEYS) {
    if ((host === key.host || host.endsWith(key.subdomain)) && path.startsWith(key.path)) return key.name
  }
  return null
}

/** The publisher named in a dateline (`(德国之声中文网)`, `【看中国…讯】`, `【明慧网二零一八年八月十五日】`), or `null`. */
export function publisherInDateline(text: string): string | null {
  const head = text.slice(0, 40)
  const open = /^[ \t]*[（(【\[]([^）)】\]]{2,30})[）)】\]]/.exec(head)
  if (!open) return null
  const inner = open[1]!
  for (const [key, name] of DATELINE_NAMES) if (inner.startsWith(key)) return name
  return outletBeforeDate(inner)
}

/**
 * A news agency's Chinese dateline opening a paragraph: the agency, a place,
 * a day and `电`, then maybe its reporters in brackets
 * (`新华社巴黎12月9日电（记者唐霁）`, `中新社北京3月5日电 (记者 张三 李四)`).
 */
const AGENCY_DATELINE = /^(新华社|新華社|中新社|中新网|中新網|中央社|法新社|路透社|美联社|美聯社|共同社|韩联社|韓聯社|塔斯社|德新社|安莎社)[\p{Script=Han}]{0,12}?\d{1,2}月\d{1,2}日(?:电|電)[ \t]?(?:[（(](?:记者|記者)[ \t]?([^（）()]{1,30})[）)])?/u

/** Between reporters in an agency dateline's bracket: spaces, commas and other roles' labels. */
const REPORTER_SEPARATOR = /[ \t、，,]+|通讯员|通訊員|实习生|實習生|实习记者|實習記者|见习记者|見習記者|摄影|攝影|记者|記者/

/**
 * The agency and reporters of a Chinese agency dateline ({@link AGENCY_DATELINE}):
 * `{agency: '新华社', reporters: ['唐霁']}`; `null` when `text` does not open with one.
 */
export function agencyDateline(text: string): {agency: string; reporters: string[]} | null {
  const found = AGENCY_DATELINE.exec(text.slice(0, 80))
  if (found === null) return null
  const agency = DATELINE_NAMES.find(([key]) => key === found[1])?.[1] ?? found[1]!
  // Other roles in the bracket (`（记者张三 通讯员李四）`) are not part of a name.
  const reporters = found[2] === undefined ? [] : found[2].split(REPORTER_SEPARATOR).map((name) => name.trim()).filter((name) => name !== '')
  return {agency, reporters}
}

/** What names an outlet: `…网`, `…社`, `…台`, `…报`, `…新闻`, `…时报`. */
const OUTLET_SUFFIX = /(?:网|網|社|台|报|報|新闻|新聞)$/
/** A source the outlet cites (`据台湾中央社…`, `综合…`), not the outlet itself. */
const CITED_SOURCE = /^(?:据|據|综合|綜合|转|轉|来自|來自)/

/**
 * An outlet the table does not know, named before the date in a dateline
 * (`明慧网` in `【明慧网二零一八年八月十五日】`): 2–12 characters, no
 * punctuation, ending like an outlet's name. `null` otherwise.
 */
function outletBeforeDate(inner: string): string | null {
  if (!mayHoldDate(inner)) return null
  const date = findDate(inner)
  if (date === null) return null
  const name = inner.slice(0, date.index).trim()
  const length = Array.from(name).length
  if (length < 2 || length > 12 || !OUTLET_SUFFIX.test(name) || CITED_SOURCE.test(name) || /[\p{P}\s]/u.test(name)) return null
  return name
}
