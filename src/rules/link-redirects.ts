/**
 * Built-in link redirects, as data: tracking and "you are leaving this site"
 * interstitials whose URL carries the real target in a query parameter
 * (`https://link.zhihu.com/?target=https%3A//example.com/`). A link through
 * one of them is a link to its target.
 */

/** A redirect: on `host` (or a subdomain), under `path`, the target is in query parameter `param`. */
export interface LinkRedirect {
  /** Host the redirect runs on; its subdomains count too. */
  host: string
  /** Path prefix of the redirect's URLs (`/` for any). */
  path: string
  /** Query parameter holding the target URL (case-insensitive). */
  param: string
}

/** The built-in redirects. */
export const LINK_REDIRECTS: readonly LinkRedirect[] = [
  {host: 'google.com', path: '/url', param: 'q'},
  {host: 'google.com', path: '/url', param: 'url'},
  {host: 'news.google.com', path: '/news/url', param: 'url'},
  {host: 'l.facebook.com', path: '/l.php', param: 'u'},
  {host: 'lm.facebook.com', path: '/l.php', param: 'u'},
  {host: 'l.instagram.com', path: '/', param: 'u'},
  {host: 'youtube.com', path: '/redirect', param: 'q'},
  {host: 'out.reddit.com', path: '/', param: 'url'},
  {host: 'vk.com', path: '/away.php', param: 'to'},
  {host: 'steamcommunity.com', path: '/linkfilter/', param: 'url'},
  {host: 'safelinks.protection.outlook.com', path: '/', param: 'url'},
  {host: 'slack-redir.net', path: '/link', param: 'url'},
  {host: 'getpocket.com', path: '/redirect', param: 'url'},
  {host: 'edge.prnewswire.com', path: '/c/link/', param: 'u'},
  {host: 'link.zhihu.com', path: '/', param: 'target'},
  {host: 'link.juejin.cn', path: '/', param: 'target'},
  {host: 'jianshu.com', path: '/go-wild', param: 'url'},
  {host: 'weibo.cn', path: '/sinaurl', param: 'u'},
  {host: 'go.rss.sina.com.cn', path: '/redirect.php', param: 'url'},
  {host: 'douban.com', path: '/link2/', param: 'url'},
  {host: 'c.pc.qq.com', path: '/middlem.html', param: 'pfurl'},
  {host: 'sspai.com', path: '/link', param: 'target'},
  {host: 'gitee.com', path: '/link', param: 'target'},
  {host: 'oschina.net', path: '/action/GoToLink', param: 'url'},
  {host: 'infoq.cn', path: '/link', param: 'target'}
]
