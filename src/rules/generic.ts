import type {Rule} from '../types.js'

/**
 * Ad slots: AdSense `ins.adsbygoogle`, Google Publisher Tag `div-gpt-ad-*`,
 * Taboola and Outbrain widgets, AMP ads and common ad-container names.
 */
export const adSlots: Rule = {
  id: 'generic/ad-slots',
  description: 'Ad network slots and ad containers (AdSense, GPT, Taboola, Outbrain, AMP ads).',
  remove: [
    'ins.adsbygoogle',
    '[data-ad-client]',
    '[data-ad-slot]',
    '[id^="div-gpt-ad"]',
    '[id^="google_ads_"]',
    '[id^="taboola-"]',
    '[class*="taboola"]',
    '[class*="trc_related_container"]',
    '[class~="OUTBRAIN"]',
    '[id^="outbrain"]',
    'amp-ad',
    'amp-embed',
    'amp-sticky-ad',
    '[class~="adsbygoogle"]',
    '[class~="ad-slot"]',
    '[class~="ad-container"]',
    '[class~="ad-wrapper"]',
    '[class~="ad-banner"]',
    '[class~="advertisement"]',
    '[id^="ad-slot"]'
  ]
}

/** Tracking pixels: zero-size and 1×1 images, and images served by known counters. */
export const trackingPixels: Rule = {
  id: 'generic/tracking-pixels',
  description: 'Zero-size and 1×1 images and images from feed and analytics counters.',
  remove: [
    'img[width="0"]',
    'img[height="0"]',
    'img[width="0px"]',
    'img[height="0px"]',
    'img[width="1"][height="1"]',
    'img[width="1px"][height="1px"]'
  ],
  removeImages: [
    /^https?:\/\/feeds\.feedburner\.com\/~(?:r|ff)\//,
    /^https?:\/\/feedproxy\.google\.com\/~r\//,
    // Also as an ad server's target (`https://ads.test/c?…&u=https://img.test/1x1.gif`).
    /^https?:\/\/[^#]*\/(?:1x1|pixel|spacer|blank|clear)\.gif(?:[?#&]|$)/i,
    /^https?:\/\/(?:pixel\.wp\.com|stats\.wordpress\.com|pixel\.quantserve\.com|sb\.scorecardresearch\.com|www\.google-analytics\.com|ad\.doubleclick\.net)\//
  ]
}

/** Comment threads under the article, in the markup blogs and comment services use. */
export const commentThreads: Rule = {
  id: 'generic/comment-threads',
  description: 'Reader comment threads and comment forms (WordPress #comments, .comment-list, #respond; Disqus).',
  remove: ['#comments', '.comments-area', '.comment-list', '.commentlist', '#respond', '.comment-respond', '#disqus_thread']
}

/** Navigation and promotion lines made only of links with separators between them. */
export const navLinks: Rule = {
  id: 'generic/nav-links',
  description: 'Navigation elements (<nav>, role=navigation, breadcrumbs) and lines of three or more short links separated only by |, ·, / or emoji bullets (site navigation, promos).',
  remove: ['nav', '[role="navigation"]', '.breadcrumb', '.breadcrumbs'],
  linkLines: {minLinks: 3, maxLinkText: 40, requireSeparator: true}
}

/**
 * Breadcrumb trails as text: `凤凰资讯 > 大陆 > 正文`, `首页 › 新闻 › 国际`. A trail
 * must end at the article (`正文`, `Article`) or start at the home page, so a
 * comparison in prose (`性能 > 价格`) is never one.
 */
export const breadcrumbs: Rule = {
  id: 'generic/breadcrumbs',
  description: 'Breadcrumb trails ("凤凰资讯 > 大陆 > 正文", "首页 › 新闻 › 国际", "Home > World > Asia").',
  maxLength: 120,
  removeText: [
    /^(?:[^>›»。！？!?，,]{1,20}[>›»]){1,6} ?(?:正文|正文内容|正文內容|内文|內文|详情|詳情)$/,
    /^(?:首页|首頁|主页|主頁|Home)(?: ?[>›»] ?[^>›»。！？!?，,]{1,20}){2,6}$/
  ]
}

/** Share prompts: "分享到：微博 微信", "Share this:". */
export const share: Rule = {
  id: 'generic/share',
  description: 'Share prompts and share-button rows ("分享到：微博 微信", "Share this:").',
  maxLength: 160,
  removeText: [
    /^(?:分享到|分享至|分享本文到?|分享文章到?|分享此文|转发到|轉發到|Share(?: this| on| to)?(?: article| story| post| page)?)\s?[:：]?$/,
    /^(?:转播到|轉播到|分享到)(?:腾讯微博|騰訊微博|新浪微博|QQ空间|QQ空間)$/,
    /^(?:分享到|分享至|分享本文到?|分享文章到?|转发到|轉發到|Share(?: this)?(?: article| story| post| page)?(?: on| to| via)?)\s?[:：]?\s?(?:(?:微信|朋友圈|微博|新浪微博|QQ空间|QQ|豆瓣|Facebook|Twitter|X|LINE|Line|Telegram|WhatsApp|LinkedIn|Reddit|Email|E-mail|电邮|電郵|邮件|郵件|Pinterest|Tumblr|Plurk|Google\+|打印|列印|Print|复制链接|複製連結|Copy link)[\s|｜/、,，·]{0,3}){1,16}$/
  ]
}

/** QR-code share and follow prompts ("长按识别二维码关注", "扫码分享"), and QR-code images. */
export const qrCode: Rule = {
  id: 'generic/qr-code',
  description: 'QR-code prompts ("长按…二维码分享", "扫码关注") and QR-code images.',
  maxLength: 100,
  removeText: [
    // Repetitions bounded by the rule's maxLength (100): a checker cannot read `.*` in a lookahead as linear.
    /^(?=[^。！？!?]{0,100}$)(?=.{0,24}(?:长按|長按|扫描|掃描|扫码|掃碼|扫一扫|掃一掃|识别|識別))(?=.{0,100}(?:二维码|二維碼|QR ?[Cc]ode))(?=.{0,100}(?:分享|关注|關注|订阅|訂閱|下载|下載|加入|阅读|閱讀|打开|打開))/,
    /^(?=[^。！？!?]{0,100}$)(?=.{0,24}(?:长按|長按|手机上|手機上))(?=.{0,100}(?:分享|复制|複製))(?=.{0,100}(?:二维码|二維碼))/
  ],
  removeImages: [/二维码|二維碼|qr[-_ ]?code|(?:^|[/_-])qr(?:[-_.]|$)/i]
}

/** Membership, subscription and donation pleas. */
export const membershipPlea: Rule = {
  id: 'generic/membership-plea',
  description: 'Bracketed membership and donation calls ("【诚征荣誉会员】…") and pleas to join as a subscriber or member ("請加入成為眾新聞的月費訂戶，長期支持我們的工作。").',
  maxLength: 500,
  removeText: [
    /^【(?:诚征|誠徵|征集|徵集|诚邀|誠邀)[^】]{1,12}】/,
    /^(?:请|請|欢迎|歡迎)(?:加入|成为|成為)[^。！？!?，,]{0,20}(?:订户|訂戶|会员|會員|订阅者|訂閱者|赞助人|贊助人|支持者)(?:[，,。！!]|$)/
  ]
}

/** A line that is only a link to the outlet's subscription, membership or donation page, after a short label. */
export const subscribeLink: Rule = {
  id: 'generic/subscribe-link',
  description: 'Lines made only of a link to a subscription, membership or donation page ("月費訂戶 網址：hkcnews.com/aboutus/#subscribe").',
  maxLength: 120,
  // The link's text may be the label and the address (`月費訂戶 [網址：hkcnews.com/aboutus/#subscribe](…)`).
  removeText: [/^[^\s。！？!?，,]{1,12}\s?(?:网址|網址|链接|鏈接|連結|[Ll]ink)\s?[:：]\s?\S{0,80}[#/](?:subscribe|subscription|membership|donate)\/?$/],
  linkLines: {minLinks: 1, href: /[#/?=](?:subscribe|subscription|membership|donate|donation|support-us)(?:[/?#._-]|$)/i, requireSeparator: false}
}

/** Short subscribe prompts. */
export const subscribe: Rule = {
  id: 'generic/subscribe',
  description: 'Short subscription prompts ("欢迎订阅我们的电子报", "欢迎订阅德国之声“古典音乐风”播客", "Subscribe to our newsletter").',
  maxLength: 80,
  removeText: [
    /^(?:欢迎|歡迎|点击|點擊|立即|马上|馬上|免费|免費)?(?:订阅|訂閱)(?:我们|我們|本站|本刊|本台|本频道|本頻道|本号|本號)?的?(?:电子报|電子報|新闻信|新聞信|[Nn]ewsletter|频道|頻道|YouTube|RSS|邮件|郵件|公众号|公眾號|节目|節目|推送)/,
    /^(?:Subscribe|Sign up)(?: now| today| free)?(?: to| for)(?: our| the)? (?:newsletter|channel|podcast|updates|daily)/i,
    /^(?:欢迎|歡迎|请|請)?(?:订阅|訂閱)[^。！？!?，,]{0,30}(?:播客|频道|頻道|电子报|電子報|节目|節目|[Pp]odcast)/
  ]
}

/** In-article promotions of the outlet's other pages: a bracketed "click to read" line ("（点阅《九评》编辑部新书…）"). */
export const readMorePromo: Rule = {
  id: 'generic/read-more-promo',
  description: 'Bracketed "click to read" promotions of other pages ("（点阅“弘扬传统文化”征文）").',
  maxLength: 80,
  removeText: [/^[（(](?:点阅|點閱|点击阅读|點擊閱讀)[《“"「][^（）()。，,！？!?]{1,60}[）)][#＃]?$/]
}

/** Short donation prompts. */
export const donate: Rule = {
  id: 'generic/donate',
  description: 'Short donation prompts ("请捐助我们", "Donate", "Support our journalism").',
  maxLength: 120,
  removeText: [
    /^(?:请|請|欢迎|歡迎|敬请|敬請)(?:捐助|捐款|捐赠|捐贈|打赏|打賞|赞助|贊助)(?:我们|我們|本站|本台|本刊|本号|本號)/,
    /^(?:捐助|捐款|捐赠|捐贈|打赏|打賞|赞助|贊助|支持)(?:我们|我們|本站|本台|本刊|本号|本號)\s?[:：!！]?$/,
    /^(?:Please )?(?:Donate(?: now| today)?|Support (?:us|our (?:work|journalism|reporting))|Become a (?:member|patron|supporter))(?:[\s.!:]|$)/i
  ]
}

/** Copyright notices. */
export const copyright: Rule = {
  id: 'generic/copyright',
  description: 'Copyright notices ("© 2022年德国之声版权声明：…", "Copyright © 编程随想镜像站 2021", "版权所有", "All rights reserved").',
  maxLength: 200,
  removeText: [
    /^(?:©|\([Cc]\)|（[Cc]）|Copyright\b)\s?(?:\d{4}|[^。！？!?]{0,60}(?:版权|版權|著作权|著作權|[Rr]ights|[Rr]eserved))/,
    /^(?:Copyright\s?)?(?:©|\([Cc]\)|（[Cc]）)[^。！？!?，,]{1,40}\b(?:19|20)\d{2}(?:\s?[-–—]\s?(?:19|20)\d{2})?\.?$/,
    /^(?:版权所有(?![者人方])|版權所有(?![者人方])|版权声明|版權聲明|(?:本文|本站|本网|本網)(?:版权|版權|著作权|著作權))/,
    /^[^。！？!?]{0,120}(?:All [Rr]ights [Rr]eserved|版权所有|版權所有|保留所有权利|保留所有權利)[.。]?$/,
    /^(?:未经|未經)[^。！？!?]{0,20}(?:许可|許可|授权|授權|同意)[^。！？!?]{0,20}(?:不得|禁止|请勿|請勿)(?:转载|轉載)/,
    /^(?:转载|轉載)(?:请|請)(?:注明|註明|联系|聯繫)/
  ]
}

/**
 * A Chinese site's licence and registration lines: ICP numbers, public
 * security filings, operating permits and the line for reporting illegal
 * content, as every site in China must show in its footer.
 */
export const siteLicence: Rule = {
  id: 'generic/site-licence',
  description: 'A Chinese site\'s licence footer lines: ICP numbers ("京ICP证000007", "沪ICP备12345号"), public security filings ("京公网安备11000002000001号"), operating permits ("增值电信业务经营许可证", "互联网新闻信息服务许可证") and report lines ("违法和不良信息举报电话：…").',
  maxLength: 240,
  removeText: [
    // Each names its number: a line about a licence (`公司ICP备案已经完成`) is no footer.
    /^[^。！？!?，,]{0,60}(?:ICP[证證备備][^。！？!?，,]{0,8}\d{5}|公网安备|公網安備|网文[〔﹝]|網文[〔﹝])[^。！？!?]{0,160}$/,
    /^[^。！？!?，,]{0,40}(?:增值电信业务经营许可证|增值電信業務經營許可證|互联网新闻信息服务许可证|互聯網新聞信息服務許可證|广播电视节目制作经营许可证|廣播電視節目製作經營許可證|网络文化经营许可证|網絡文化經營許可證|互联网宗教信息服务许可证|信息网络传播视听节目许可证)[^。！？!?，,]{0,20}[\dA-Z]{2}[^。！？!?]{0,140}$/,
    /^[^。！？!?，,]{0,40}(?:违法和不良信息举报|違法和不良信息舉報|不良信息举报电话|不良信息舉報電話)[^。！？!?，,]{0,20}[：:][^。！？!?]{0,140}$/
  ]
}

/** Disclaimers. */
export const disclaimer: Rule = {
  id: 'generic/disclaimer',
  description: 'Disclaimers ("免责声明：…", "本文仅代表作者个人观点").',
  maxLength: 300,
  removeText: [
    /^[（(【[]?(?:免责声明|免責聲明|Disclaimer)\s?[】\]]?\s?[:：]/i,
    /^[（(]?(?:本文|以上|上文)(?:内容|內容)?(?:仅|僅|只)?代表作者(?:个人|個人|本人)?(?:的)?(?:观点|觀點|立场|立場)/
  ]
}

/** Feed-reader and feed-archive footers. */
export const feedFooter: Rule = {
  id: 'generic/feed-footer',
  description: 'Footers added by feed readers and feed archives ("获取更多RSS：…" and what follows).',
  maxLength: 200,
  cutFrom: [/^(?:获取|獲取)更多\s?RSS\s?[:：]?[\s\w.:/?=&%#~+-]{0,300}$/]
}

/** "Read the original (needs a VPN)" lines; the URL is lifted as the article's URL. */
export const vpnOriginal: Rule = {
  id: 'generic/vpn-original',
  description: '"原文地址（需翻墙访问）：URL" lines; the URL is kept as the original URL.',
  maxLength: 300,
  removeText: [
    /^(?:原文|原文地址|原文链接|原文鏈接|原文網址|原文网址|阅读原文|閱讀原文)\s?[（(]?(?:需|须|須|请|請)?(?:翻墙|翻牆|科学上网|科學上網)(?:后|後)?(?:访问|訪問|阅读|閱讀|浏览|瀏覽)?[)）]?\s?[:：]?\s?(?:https?:\/\/\S+)?$/
  ],
  extract: {url: /(https?:\/\/\S+)/}
}

/** Related-article headings and one-line related links. */
export const related: Rule = {
  id: 'generic/related',
  description: 'Related-article labels ("相关新闻", "延伸阅读：…", "Related"); a label takes the headlines it introduces with it (a heading its section, a paragraph the linked entries after it).',
  maxLength: 150,
  dropSection: true,
  removeText: [
    /^(?:相关新闻|相關新聞|相关报道|相關報導|相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关文章|相關文章|推荐阅读|推薦閱讀|为您推荐|為您推薦|往期推荐|往期推薦|往期回顾|往期回顧|猜你喜欢|猜你喜歡|热门推荐|熱門推薦|更多新闻|更多新聞|Related(?: [Aa]rticles| [Ss]tories| [Pp]osts| [Nn]ews| [Cc]overage| [Rr]eading)?|Read [Mm]ore|Further [Rr]eading|More on this(?: story)?|More (?:from|in) (?:the )?[A-Z][\w&'’.-]{0,20}(?: [A-Z][\w&'’.-]{0,20}){0,3}|More [Ss]tories|Explore [Mm]ore|Most (?:[Rr]ead|[Pp]opular|[Vv]iewed)|You (?:[Mm]ay|[Mm]ight) [Aa]lso [Ll]ike|Recommended (?:for [Yy]ou|[Ss]tories|[Rr]eading)|Read [Nn]ext|Keep [Rr]eading)\s?[:：]?$/,
    /^(?:相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关文章|相關文章|推荐阅读|推薦閱讀)\s?[:：]/
  ]
}

/** Back-to-top links and portal footers ("新浪首页 语音播报 相关新闻 返回顶部"). */
export const backToTop: Rule = {
  id: 'generic/back-to-top',
  description: 'Back-to-top links and portal footer lines that end with one.',
  maxLength: 80,
  removeText: [
    /^(?:返回顶部|返回頂部|回到顶部|回到頂部|返回首页|返回首頁|返回目录|返回目錄|[Bb]ack to [Tt]op|TOP)\s?[↑▲^]?$/,
    /^(?:[\p{L}\p{N}]{1,8} ){1,12}(?:返回顶部|返回頂部|回到顶部|回到頂部)$/u
  ]
}

/**
 * Relative timestamps ("13 分钟前", "2 hours ago") standing alone: the page's
 * render time, which means nothing once the page is archived (a `<time
 * datetime>` around one is read for the date before this rule runs).
 */
export const relativeTime: Rule = {
  id: 'generic/relative-time',
  description: 'Relative timestamps standing alone ("13 分钟前", "2 hours ago"), which mean nothing in an archive.',
  maxLength: 24,
  removeText: [
    /^(?:发布于|發佈於|更新于|更新於)?\s?\d{1,3}\s?(?:秒钟?|秒鐘|分钟|分鐘|小时|小時|个?钟头|個?鐘頭|天|日|周|週|星期|个月|個月|年)前$/,
    /^(?:(?:[Pp]ublished|[Uu]pdated|[Pp]osted)\s)?\d{1,3}\s(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\sago$/
  ]
}

/** Static-site template tags left in the text (`{{< youtube dJ0GTgz5Nrs >}}`, `{% include ad.html %}`): they render nothing here. */
export const templateTags: Rule = {
  id: 'generic/template-tags',
  description: 'Hugo shortcodes, Liquid tags and WordPress shortcodes standing alone as a line, holding no URL ("{{< youtube dJ0GTgz5Nrs >}}", "{% include ad.html %}", "[ad_1]", "[/caption]").',
  maxLength: 240,
  // A tag holding a URL (`{{< video src="https://…" >}}`) is left: the address is the reader's only way to the embed.
  removeText: [
    /^\{\{[<%](?![^{}]*https?:)[^{}]{1,200}[>%]\}\}$/,
    /^\{%(?![^{}%]*https?:)[^{}%]{1,200}%\}$/,
    // A WordPress shortcode: a lower-case name of two or more characters, maybe attributes (`[caption id="x"]`).
    // A name with `_` or a digit (`[ad_1]`), a closing tag (`[/caption]`) or attributes: never an editor's `[sic]` or `[applause]`.
    /^\[(?:\/[a-z][a-z\d_-]{1,30}|[a-z][a-z-]{0,30}[_\d][a-z\d_-]{0,30}|[a-z][a-z\d_-]{1,30} [a-z_-]{1,30}=(?![^[\]]*https?:)[^[\]]{0,200})\]$/
  ]
}

/** A press wire's closing `SOURCE` line: the issuer's name, every word capitalised but for short connectors. */
const WIRE_SOURCE = /^SOURCE ((?:[A-Z\d&(][\w.,&'()-]*)(?: (?:[A-Z\d&(][\w.,&'()-]*|of|and|the|for|de)){0,12})$/

/** Press-wire footers: the wire's "view original" line and its closing `SOURCE` line. */
export const wireFooter: Rule = {
  id: 'generic/wire-footer',
  description: 'Press-wire footers ("View original content to download multimedia: …", "SOURCE Cracker Barrel Old Country Store, Inc."); the SOURCE name is kept as a source credit.',
  maxLength: 400,
  removeText: [/^View original content(?: to download multimedia)?\s?[:：]/i, WIRE_SOURCE],
  extract: {credits: [{role: 'source', pattern: WIRE_SOURCE}]}
}

/** "Follow us" prompts of WeChat articles and their exports ("点击上方蓝字关注我们"). */
export const followPlea: Rule = {
  id: 'generic/follow-plea',
  description: 'Prompts to follow the account, opening WeChat articles ("点击上方蓝字关注我们", "点击蓝字 关注我们", "戳上方名片关注").',
  maxLength: 60,
  removeText: [/^(?:点击|點擊|戳)(?:上方|下方|上面|下面|顶部|頂部|标题下|標題下)?[ ]?(?:蓝字|藍字|名片|公众号|公眾號)/]
}

/**
 * A closing mark standing alone ("END", "- END -", "—THE END—", WeChat's
 * "**end**", a press release's "###"): what follows is the account's
 * promotion or the release's contacts, not the article. A news agency's
 * "（完）" or "— 完 —" goes alone: the credits after it are read.
 */
export const endMarker: Rule = {
  id: 'generic/end-marker',
  description: 'A closing "END" mark standing alone ("END", "- END -", "—THE END—") or a press release\'s "###", and everything after it; a closing "（完）" or "— 完 —" standing alone.',
  maxLength: 24,
  // A news agency's `（完）` is followed by its credits (`责任编辑：…`), which are read: only the mark goes.
  removeText: [/^(?:[（(【[](?:完|全文完|本文完)[）)】\]]|[-—–]{1,2} ?(?:完|全文完) ?[-—–]{1,2}|全文完|本文完)$/],
  cutFrom: [/^[-—–_=~·•*# ]{0,6}(?:THE )?END[-—–_=~·•*# ]{0,6}$/i, /^-? ?(?:# ?){3}-?$/]
}

/** The generic rules, in the order they are tried. */
export const genericRules: readonly Rule[] = [
  adSlots,
  trackingPixels,
  vpnOriginal,
  qrCode,
  share,
  membershipPlea,
  subscribe,
  subscribeLink,
  readMorePromo,
  donate,
  disclaimer,
  copyright,
  siteLicence,
  feedFooter,
  endMarker,
  followPlea,
  wireFooter,
  templateTags,
  related,
  backToTop,
  relativeTime,
  breadcrumbs,
  commentThreads,
  navLinks
]
