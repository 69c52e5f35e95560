import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {archivedOriginal} from '../src/metadata/archive-url.js'
import {decodeLeftReferences, stripHostSuffix, stripOutletSuffix} from '../src/metadata/title.js'
import {siteNameOf} from '../src/util/site-name.js'
import {urlPath} from '../src/util/url.js'

const BODY = '\n<p>正文第一段，这里是很长的一段正文内容。</p>'

describe('front matter keys of other archives', () => {
  it('prefers a key naming the original URL over `url`, which may be the copy\'s', () => {
    const {metadata} = cleanArticle(`---\nurl: https://mirror.example/a/1\noriginal_url: https://news.example/a/1\n---${BODY}`)
    expect(metadata.url).toBe('https://news.example/a/1')
    expect(cleanArticle(`---\ncanonical_url: https://news.example/a/2\n---${BODY}`).metadata.url).toBe('https://news.example/a/2')
  })

  it('takes a body line naming the original over `url`, which may be the copy\'s own address (an anquanke dump)', () => {
    const {metadata} = cleanArticle(`---\nurl: https://www.anquanke.com/post/id/1\n---\n<p>正文第一段，这里是很长的一段正文内容。</p><p>原文地址：https://thehackernews.com/2024/08/x.html</p>`)
    expect(metadata.url).toBe('https://thehackernews.com/2024/08/x.html')
    expect(metadata.mirrorUrl).toBe('https://www.anquanke.com/post/id/1')
    expect(cleanArticle(`---\noriginal_url: https://a.example/1\n---\n<p>原文地址：https://b.example/2</p>${BODY}`).metadata.url).toBe('https://a.example/1')
  })

  it('keeps `url` as the mirror when a key naming the original outranks it, and no mirror when they agree', () => {
    const both = cleanArticle(`---\noriginal_url: https://a.example/1\nurl: https://mirror.example/copy/1\n---${BODY}`).metadata
    expect(both.url).toBe('https://a.example/1')
    expect(both.mirrorUrl).toBe('https://mirror.example/copy/1')
    expect(cleanArticle(`---\nurl: https://a.example/1\n---${BODY}`).metadata.mirrorUrl).toBeNull()
  })

  it('skips a key whose value is not a URL and reads the next', () => {
    const {metadata} = cleanArticle(`---\nsource: Vercel Blog\noriginal: not a url\nurl: https://vercel.com/blog/x\n---${BODY}`)
    expect(metadata.url).toBe('https://vercel.com/blog/x')
  })

  it('reads the URL inside a Wayback Machine snapshot, and keeps the snapshot as the mirror', () => {
    const snapshot = 'https://web.archive.org/web/20210712014003/https://www.hkcnews.com/article/10300/x'
    const {metadata} = cleanArticle(`---\nurl: "${snapshot}"\n---${BODY}`)
    expect(metadata.url).toBe('https://www.hkcnews.com/article/10300/x')
    expect(metadata.mirrorUrl).toBe(snapshot)
  })

  it('takes published_at and the like as the publication date, before the page or a date line', () => {
    const {metadata} = cleanArticle(`---\npublished_at: "2026-01-02T21:01:00+00:00"\ndate: 2020-01-01\n---${BODY}`)
    expect(metadata.publishedAt).toBe('2026-01-02T21:01:00Z')
    expect(cleanArticle(`---\npubDate: 2021-06-16\n---${BODY}`).metadata.publishedAt).toBe('2021-06-16')
  })

  it('takes a theme\'s image, cover or headimg key as the lead image, before the body\'s first image', () => {
    const body = '\n<p>正文第一段，这里是很长的一段正文内容。</p><p><img src="https://a.example/body.jpg"></p>'
    expect(cleanArticle(`---\nimage: images/G1.jpg\n---${body}`).metadata.leadImage).toBe('images/G1.jpg')
    expect(cleanArticle(`---\nheadimg: 'https://img.36krcdn.com/x_img_png'\n---${body}`).metadata.leadImage).toBe('https://img.36krcdn.com/x_img_png')
    expect(cleanArticle(`---\nimage: true\ncover: not an image\n---${body}`).metadata.leadImage).toBe('https://a.example/body.jpg')
  })

  it('takes a feed archive\'s site, source or feed name as the publisher', () => {
    expect(cleanArticle(`---\nfeed_name: "Microsoft PowerShell Blog"\n---${BODY}`).metadata.publisher).toBe('Microsoft PowerShell Blog')
    expect(cleanArticle(`---\nsource_name: Hugging Face Blog\nfeed_name: HF feed\n---${BODY}`).metadata.publisher).toBe('Hugging Face Blog')
    expect(cleanArticle(`---\npublisher: 美国之音\nsite_name: VOA\n---${BODY}`).metadata.publisher).toBe('美国之音')
  })
})

describe('a WordPress export\'s front matter', () => {
  const wordpress = [
    '---',
    "post_title: 'Suicide bomber kills 10 people in Istanbul &#8211; Reuters'",
    'post_date: 2016-01-12 14:48:38',
    'permalink: >',
    '  https://www.whenitson.com/suicide-bomber-kills-10-people/',
    'original_link:',
    "  - 'http://news.google.com/news/url?sa=t&#038;fd=R&#038;url=http://www.reuters.com/article/us-turkey-blast-idUSKCN0UQ0UJ20160112'",
    '---',
    '<p>ISTANBUL A suicide bomber killed at least 10 people in the city on Tuesday.</p>'
  ].join('\n')

  it('reads the post title and date, the one-item original link through the news redirect, and the permalink as the copy', () => {
    const {metadata} = cleanArticle(wordpress)
    expect(metadata.title).toBe('Suicide bomber kills 10 people in Istanbul')
    expect(metadata.url).toBe('http://www.reuters.com/article/us-turkey-blast-idUSKCN0UQ0UJ20160112')
    expect(metadata.publisher).toBe('Reuters')
    expect(metadata.mirrorUrl).toBe('https://www.whenitson.com/suicide-bomber-kills-10-people/')
    expect(metadata.publishedAt).toBe('2016-01-12T14:48:38')
  })

  it('reads a `published_time` with its zone before the day-only `date`', () => {
    expect(cleanArticle(`---\ndate: '2022-02-12'\npublished_time: 2022-02-12 12:52:51-05:00\n---${BODY}`).metadata.publishedAt).toBe('2022-02-12T12:52:51-05:00')
  })

  it('collapses the whitespace of a title (no-break spaces a converter left)', () => {
    expect(cleanArticle(`---\ntitle: "Readout of President\u00a0Biden’s  Call"\n---${BODY}`).metadata.title).toBe('Readout of President Biden’s Call')
  })

  it('takes a list of one value for that value, and no value from a longer list', () => {
    expect(cleanArticle(`---\ntitle:\n  - One title\n---${BODY}`).metadata.title).toBe('One title')
    expect(cleanArticle(`---\ntitle:\n  - One\n  - Two\n---${BODY}`).metadata.title).toBeNull()
  })
})

describe('a saved page\'s address in a comment before it', () => {
  it.each([
    ['<!--http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm-->', 'http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm'],
    ['<!-- saved from url=(0032)https://news.example/story/1.html -->', 'https://news.example/story/1.html'],
    ['<!--\n Page saved with SingleFile \n url: https://news.example/a/2 \n saved date: Mon Jan 01 2024\n-->', 'https://news.example/a/2']
  ])('%s', (comment, url) => {
    const page = `${comment}\n<!DOCTYPE html><html><head><title>Story</title></head><body><p>Body text of the story, long enough.</p></body></html>`
    expect(cleanArticle(page).metadata.url).toBe(url)
  })

  it('is read after the doctype and inside <html> too, where browsers and SingleFile put it', () => {
    const after = '<!DOCTYPE html>\n<!-- saved from url=(0032)https://news.example/story/1.html -->\n<html><head><title>Story</title></head><body><p>Body text of the story, long enough.</p></body></html>'
    expect(cleanArticle(after).metadata.url).toBe('https://news.example/story/1.html')
    const inside = '<!DOCTYPE html><html><!--\n Page saved with SingleFile \n url: https://news.example/a/2 \n saved date: Mon Jan 01 2024\n--><head><title>Story</title></head><body><p>Body text of the story, long enough.</p></body></html>'
    expect(cleanArticle(inside).metadata.url).toBe('https://news.example/a/2')
  })

  it('is no address in any other comment, and yields to the page\'s canonical link', () => {
    expect(cleanArticle('<!-- generated by hand http://a.test/x --><p>Body text of the story.</p>').metadata.url).toBeNull()
    const canonical = '<!--http://old.test/1.htm--><html><head><link rel="canonical" href="https://news.test/1.html"></head><body><p>Body text.</p></body></html>'
    expect(cleanArticle(canonical).metadata.url).toBe('https://news.test/1.html')
  })
})

describe('a title ending with the publisher\'s name', () => {
  it('loses it after any separator, spaced or not', () => {
    expect(stripOutletSuffix('法国全国大罢工再次严重影响交通-新华网', '新华网')).toBe('法国全国大罢工再次严重影响交通')
    expect(stripOutletSuffix('Talks stall | Reuters', 'Reuters')).toBe('Talks stall')
    expect(stripOutletSuffix('An interview with Reuters', 'Reuters')).toBe('An interview with Reuters')
    expect(stripOutletSuffix('- Reuters', 'Reuters')).toBe('- Reuters')
    expect(stripOutletSuffix('Talks stall - Reuters', null)).toBe('Talks stall - Reuters')
    expect(stripOutletSuffix('Refinitiv deal closes for Thomson-Reuters', 'Reuters')).toBe('Refinitiv deal closes for Thomson-Reuters')
  })
})

describe('a heading opening the body', () => {
  it('is the title when nothing else gives one, and leaves the body', () => {
    const result = cleanArticle('# Bank OZK Announces a Dividend\n\nLITTLE ROCK, Ark. -- Bank OZK announced its quarterly cash dividend today.\n')
    expect(result.metadata.title).toBe('Bank OZK Announces a Dividend')
    expect(result.markdown).toBe('LITTLE ROCK, Ark. -- Bank OZK announced its quarterly cash dividend today.\n')
    expect(result.removed).toContainEqual({rule: 'metadata/title', text: 'Bank OZK Announces a Dividend'})
  })

  it('stays when a title is known and it differs, or when it is not the first line', () => {
    expect(cleanArticle('---\ntitle: Known\n---\n# Another heading\n\nSome body text here.\n').markdown).toBe('## Another heading\n\nSome body text here.\n')
    expect(cleanArticle('Some body text here.\n\n# A section\n\nMore body text here.\n').metadata.title).toBe(null)
  })
})

describe('archivedOriginal', () => {
  it.each([
    ['https://web.archive.org/web/20210712014003/https://www.hkcnews.com/a', 'https://www.hkcnews.com/a'],
    ['https://web.archive.org/web/2019id_/http://example.com/x?y=1', 'http://example.com/x?y=1'],
    ['http://web.archive.org/web/20190515232024/https:/example.com/b', 'https://example.com/b'],
    ['https://web.archive.org/web/20190515232024/*/example.com', null],
    ['https://archive.ph/abcde', null],
    ['https://example.com/web/2019/https://x.test/', null]
  ])('%s → %s', (url, expected) => {
    expect(archivedOriginal(url)).toBe(expected)
  })
})

describe('heading levels in the Markdown', () => {
  it('start at 2 when the body keeps a top-level heading, in their order of rank', () => {
    const markdown = cleanArticle('---\ntitle: Known\n---\n<p>Intro text here.</p><h1>Part one</h1><p>Text.</p><h2>Detail</h2><p>More.</p><h6>Small</h6>').markdown
    expect(markdown).toBe('Intro text here.\n\n## Part one\n\nText.\n\n### Detail\n\nMore.\n\n###### Small\n')
    expect(cleanArticle(markdown).markdown).toBe(markdown)
  })

  it('stay as they are without a top-level heading, or with only an empty one', () => {
    expect(cleanArticle('<p>Intro text here.</p><h2>Part</h2><p>Text.</p>').markdown).toBe('Intro text here.\n\n## Part\n\nText.\n')
    expect(cleanArticle('<h1 class="entry-title"></h1><p>Intro text here.</p><h2>Part</h2><p>Text.</p>').markdown).toBe('Intro text here.\n\n## Part\n\nText.\n')
  })

  it('go down when the top-level heading shows only an image', () => {
    expect(cleanArticle('<p>Intro text here.</p><h1><img src="https://example.com/logo.png"></h1><h2>Part</h2><p>Text.</p>').markdown)
      .toBe('Intro text here.\n\n## ![](https://example.com/logo.png)\n\n### Part\n\nText.\n')
  })

  it('keep a known title and a different heading opening the body stable: the heading is not read as the title again', () => {
    const first = cleanArticle('---\ntitle: 声优艺术家的读书会报道\n---\n# 下野紘主演的朗读会\n\n声优下野紘于2023年5月27日举办了一场朗读会。\n')
    expect(first.metadata.title).toBe('声优艺术家的读书会报道')
    expect(first.markdown).toBe('## 下野紘主演的朗读会\n\n声优下野紘于2023年5月27日举办了一场朗读会。\n')
    expect(cleanArticle(first.markdown).markdown).toBe(first.markdown)
  })
})

describe('a page title with the site\'s name', () => {
  it('gives way to the heading that repeats its first part, which goes', () => {
    const result = cleanArticle('<!DOCTYPE html><html><head><title>博客开张及本博客内容简介 | 编程随想镜像站</title></head><body>'
      + '<h1>博客开张及本博客内容简介</h1><p>很久以前就想开一个博客，可惜一直忙于工作中，不能如愿。</p></body></html>')
    expect(result.metadata.title).toBe('博客开张及本博客内容简介')
    expect(result.markdown).toBe('很久以前就想开一个博客，可惜一直忙于工作中，不能如愿。\n')
    expect(result.removed).toContainEqual({rule: 'metadata/title-repeat', text: '博客开张及本博客内容简介'})
  })

  it('stays whole when no line repeats a part of it', () => {
    const result = cleanArticle('<!DOCTYPE html><html><head><title>Alpha - Beta</title></head><body><p>Alpha is a word that starts this sentence.</p></body></html>')
    expect(result.metadata.title).toBe('Alpha - Beta')
  })
})

describe('decodeLeftReferences', () => {
  it.each([
    ['白领如何应对经济危机&#65292;度过寒冬', '白领如何应对经济危机，度过寒冬'],
    ['正确地做事&#xFF08;概述&#xff09;', '正确地做事（概述）'],
    ['AT&amp;T and &quot;5G&quot;', 'AT&T and "5G"'],
    ['Tom & Jerry &unknownname; &#0;', 'Tom & Jerry &unknownname; \ufffd'],
    ['No references', 'No references']
  ])('%s → %s', (title, expected) => {
    expect(decodeLeftReferences(title)).toBe(expected)
  })

  it('is applied to the title a page escaped twice', () => {
    const {metadata} = cleanArticle('<!DOCTYPE html><html><head><title>白领如何应对经济危机&amp;#65292;度过寒冬</title></head><body><p>今天看到新闻说微软公司宣布裁员五千人。</p></body></html>')
    expect(metadata.title).toBe('白领如何应对经济危机，度过寒冬')
  })
})

describe('stripHostSuffix', () => {
  it.each([
    ['Failed payments can now be retried - Vercel', 'https://vercel.com/changelog/x', 'Failed payments can now be retried'],
    ['A UK man reaches his goal | AP News', 'https://apnews.com/article/x', 'A UK man reaches his goal'],
    ['Roman statue discovered in parking lot | CNN', 'https://www.cnn.com/2024/x', 'Roman statue discovered in parking lot'],
    ['A new GUI for clusters - PCluster Manager', 'https://aws.amazon.com/blogs/hpc/x', 'A new GUI for clusters - PCluster Manager'],
    ['Vercel', 'https://vercel.com/x', 'Vercel'],
    ['Title - Vercel', null, 'Title - Vercel']
  ])('%s (%s) → %s', (title, url, expected) => {
    expect(stripHostSuffix(title, url)).toBe(expected)
  })

  it('is applied to any title, front matter included', () => {
    const {metadata} = cleanArticle(`---\ntitle: "Failed payments can now be retried - Vercel"\nurl: https://vercel.com/changelog/failed-payments\n---${BODY}`)
    expect(metadata.title).toBe('Failed payments can now be retried')
  })
})

describe('urlPath', () => {
  it('is what follows the authority, before the query or fragment; a relative path before either', () => {
    expect(urlPath('https://x.test/a/1.html?b=2#c')).toBe('/a/1.html')
    expect(urlPath('http://x.test')).toBe('')
    expect(urlPath('images/net_logo.png?v=1')).toBe('images/net_logo.png')
  })
})

describe('siteNameOf', () => {
  it.each([
    ['https://www.36kr.com/p/1', '36kr'],
    ['https://cn.nytimes.com/world/x', 'nytimes'],
    ['https://www.bbc.co.uk/news/x', 'bbc'],
    ['http://abc.net.au/news', 'abc'],
    ['https://t.co/x', 't'],
    ['https://localhost/x', null],
    ['ftp://example.com/x', null],
    [null, null]
  ])('%s → %s', (url, expected) => {
    expect(siteNameOf(url)).toBe(expected)
  })
})

describe('an author that names the site', () => {
  it('is the publisher, not an author (`author: 36kr` on 36kr.com)', () => {
    const {metadata} = cleanArticle(`---\ntitle: 一篇文章\nauthor: 36Kr\nurl: https://36kr.com/p/123\n---${BODY}`)
    expect(metadata.authors).toEqual([])
    // The host table names the outlet as it writes itself; the front matter's spelling stays in the credit.
    expect(metadata.publisher).toBe('36氪')
    expect(metadata.credits).toEqual([{role: 'publisher', name: '36Kr'}])
    expect(cleanArticle(`---\nauthor: Vercel\nurl: https://vercel.com/blog/x\n---${BODY}`).metadata).toMatchObject({publisher: 'Vercel', authors: []})
  })

  it('leaves a known publisher in place and a person\'s name an author', () => {
    const {metadata} = cleanArticle(`---\nauthor: [AP News, Jane Doe]\npublisher: Associated Press\nurl: https://apnews.com/article/x\n---${BODY}`)
    expect(metadata.publisher).toBe('Associated Press')
    expect(metadata.authors).toEqual(['Jane Doe'])
    expect(metadata.credits).toEqual([{role: 'publisher', name: 'AP News'}, {role: 'author', name: 'Jane Doe'}])
  })
})

describe('a file-name-safe front matter title (punctuation as `_`)', () => {
  it('takes the spelling of the line at the top that repeats it, which goes', () => {
    const result = cleanArticle('---\ntitle: \'刘元春：拼谁能_咬住_\'\n---\n\n<p>　　刘元春：拼谁能“咬住”</p>\n<p>　　今天很高兴跟大家来分享我们的研究，核心内容是几个层面。</p>\n')
    expect(result.metadata.title).toBe('刘元春：拼谁能“咬住”')
    expect(result.markdown).toBe('今天很高兴跟大家来分享我们的研究，核心内容是几个层面。\n')
    expect(result.removed).toContainEqual({rule: 'metadata/title-repeat', text: '刘元春：拼谁能“咬住”'})
  })

  it('is kept, and a line with other letters stays, when no line spells it out', () => {
    const result = cleanArticle('---\ntitle: snake_case_names\n---\n\n<p>snake case names, and why we use them.</p>\n')
    expect(result.metadata.title).toBe('snake_case_names')
    expect(result.markdown).toBe('snake case names, and why we use them.\n')
  })
})

describe('titles from the body', () => {
  it('take a top-level heading that ends with a question or exclamation mark', () => {
    const result = cleanArticle('# 你是 10x 程序员，还是只是个混蛋？\n\n10 倍程序员的神话依然存在，但光芒正在消退。\n\n## 小节\n\n正文。\n')
    expect(result.metadata.title).toBe('你是 10x 程序员，还是只是个混蛋？')
    expect(result.markdown).toBe('10 倍程序员的神话依然存在，但光芒正在消退。\n\n## 小节\n\n正文。\n')
    expect(cleanArticle(result.markdown).markdown).toBe(result.markdown)
  })

  it('never come from an inline SVG\'s <title>', () => {
    const svg = '<svg viewBox="0 0 68 31"><title>Group</title><desc>Created with Sketch.</desc></svg>'
    expect(cleanArticle(`<p>真的，没有混蛋。这是正文的最后一段。</p>${svg}`).metadata.title).toBeNull()
    const page = cleanArticle(`<!DOCTYPE html><html><head><title>Real title</title></head><body>${svg}<p>Body text that is long enough to keep.</p></body></html>`)
    expect(page.metadata.title).toBe('Real title')
  })
})

describe('scrapers\' and archivers\' front matter', () => {
  const BODY = '<p>Body text of the story, long enough to be kept as a paragraph.</p>'
  it('reads `source` as the original URL when it is one, else as the outlet (without a page number)', () => {
    expect(cleanArticle(`---\nsource: "https://mp.weixin.qq.com/s/UHs_Wh9IMUjDYYGKJp3ahg"\n---\n${BODY}`).metadata.url).toBe('https://mp.weixin.qq.com/s/UHs_Wh9IMUjDYYGKJp3ahg')
    expect(cleanArticle(`---\nsource: "Anthropic Research"\n---\n${BODY}`).metadata.publisher).toBe('Anthropic Research')
    expect(cleanArticle(`---\nsource: The Singapore Free Press and Mercantile Advertiser, Page 15\n---\n${BODY}`).metadata.publisher)
      .toBe('The Singapore Free Press and Mercantile Advertiser')
  })
  it('takes no lowercase key for an outlet (an aggregator\'s own id)', () => {
    const result = cleanArticle(`---\nurl: https://www.economist.com/united-states/2025/06/19/x\nsite_name: hackernews_api\n---\n${BODY}`)
    expect(result.metadata.publisher).toBe('The Economist')
    expect(cleanArticle(`---\nsite_name: devto\n---\n${BODY}`).metadata.publisher).toBeNull()
    expect(cleanArticle(`---\nsite_name: DEV Community\n---\n${BODY}`).metadata.publisher).toBe('DEV Community')
  })
  it('reads when the copy was made from fetched_at, scraped_at and their kin, and from a Wayback snapshot URL', () => {
    expect(cleanArticle(`---\ndate: '2025-06-18'\nfetched_at: '2025-06-20T01:05:11Z'\n---\n${BODY}`).metadata).toMatchObject({publishedAt: '2025-06-18', archivedAt: '2025-06-20T01:05:11Z'})
    expect(cleanArticle(`---\nscraped_at: "2026-03-03T06:43:57+00:00"\n---\n${BODY}`).metadata.archivedAt).toBe('2026-03-03T06:43:57Z')
    const wayback = cleanArticle(`---\nurl: "https://web.archive.org/web/20220109114035/https://www.hkcnews.com/article/1000/x"\noriginal_url: "https://www.hkcnews.com/article/1000/x"\n---\n${BODY}`)
    expect(wayback.metadata).toMatchObject({url: 'https://www.hkcnews.com/article/1000/x', archivedAt: '2022-01-09T11:40:35Z'})
    const impossible = cleanArticle(`---\nurl: "https://web.archive.org/web/20221309114035/https://www.hkcnews.com/article/1000/x"\n---\n${BODY}`)
    expect(impossible.metadata).toMatchObject({url: 'https://www.hkcnews.com/article/1000/x', archivedAt: null})
  })
})
