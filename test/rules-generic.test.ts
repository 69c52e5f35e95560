import {describe, expect, it} from 'vitest'
import {BODY, strip} from './helpers/strip.js'

/** Each generic rule: it drops its target, and keeps a real paragraph that mentions its words. */
describe('generic rules', () => {
  it('ad-slots: drops AdSense, GPT and Taboola slots (secretchina sample)', () => {
    const result = strip(
      `${BODY}<center><div id="taboola-midarticle-thumbnails"></div><div><center><div id="div-gpt-ad-1589559869784-0"></div></center></div></center>` +
        '<ins class="adsbygoogle" data-ad-client="ca-pub-1276641434651360" data-ad-slot="3646767294"></ins>'
    )
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/ad-slots', 'generic/ad-slots', 'generic/ad-slots'])
  })

  it('ad-slots: keeps a paragraph about ads', () => {
    const html = '<p>Taboola 与 Google AdSense (adsbygoogle) 是两家广告公司，div-gpt-ad 是它们的广告位名称。</p>'
    expect(strip(html).html).toBe(html)
  })

  it('tracking-pixels: drops 0×0 images and feed counters (gfw-breaker sample)', () => {
    const result = strip(
      `${BODY}<img src='http://example.org/pages/p5/944830.md' width='0px' height='0px'/>` +
        '<p><img src="http://feeds.feedburner.com/~r/example/~4/abc" height="1" width="1"></p>'
    )
    expect(result.html).toBe(BODY)
    expect(result.removed).toEqual([
      {rule: 'generic/tracking-pixels', text: 'http://example.org/pages/p5/944830.md'},
      {rule: 'generic/tracking-pixels', text: 'http://feeds.feedburner.com/~r/example/~4/abc'}
    ])
  })

  it('share: drops a portal\'s "转播到腾讯微博" button', () => {
    expect(strip(`${BODY}<p>转播到腾讯微博</p>`).html).toBe(BODY)
  })

  it('tracking-pixels: drops a 1×1 GIF that is an ad server\'s target', () => {
    const src = 'https://ads.test/c?z=x&l=728&u=https://img.test/2012/0528/1x1.gif'
    const result = strip(`${BODY}<p><img src="${src}"></p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed).toEqual([{rule: 'generic/tracking-pixels', text: src}])
  })

  it('tracking-pixels: keeps a real image', () => {
    const html = '<p><img src="https://static.example.com/image/57152918_303.jpg" width="100%"></p>'
    expect(strip(html).html).toBe(html)
  })

  it('nav-links: drops a line made only of links and separators', () => {
    const result = strip(
      `${BODY}<h4><a href="https://a.test/">首页</a> | <a href="https://a.test/b">要闻</a> · <a href="https://a.test/c">评论</a></h4>`
    )
    expect(result.html).toBe(BODY)
    expect(result.removed).toEqual([{rule: 'generic/nav-links', text: '首页 | 要闻 · 评论'}])
  })

  it('nav-links: drops navigation elements and breadcrumbs', () => {
    const result = strip(`<nav><a href="/">Home</a> <a href="/world">World</a></nav>${BODY}<ol class="breadcrumb"><li>News</li><li>World</li></ol>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/nav-links', 'generic/nav-links'])
  })

  it('template-tags: drops a WordPress shortcode standing alone, and keeps one holding a URL', () => {
    const result = strip(`<p>[ad_1]</p>${BODY}<p>[caption id="attachment_1" align="alignnone"]</p><p>[/caption]</p><p>[embed src="https://v.test/1"]</p>`)
    expect(result.html).toBe(`${BODY}<p>[embed src="https://v.test/1"]</p>`)
    expect(result.removed.map((entry) => entry.text)).toEqual(['[ad_1]', '[caption id="attachment_1" align="alignnone"]', '[/caption]'])
  })

  it('site-licence: drops a Chinese site\'s licence and report lines, and keeps a sentence about licences', () => {
    const lines = ['隐私保护新浪公司版权所有京ICP证000007', '[京公网安备11000002000001号](http://www.beian.gov.cn/)', '增值电信业务经营许可证 B2-20090108', '违法和不良信息举报电话：4001102288 举报邮箱：jubao@vip.sina.com']
    const result = strip(`${BODY}${lines.map((line) => `<p>${line}</p>`).join('')}`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(lines.map(() => 'generic/site-licence'))
    const sentence = '<p>该公司称，其增值电信业务经营许可证已于去年到期，正在申请续期。</p>'
    expect(strip(sentence).html).toBe(sentence)
  })

  it('comment-threads: drops a WordPress comment thread and its form', () => {
    const result = strip(`${BODY}<div id="comments" class="comments-area"><h5>12 Kommentare</h5><ol class="comment-list"><li>Rolf: Gut.</li></ol></div><div id="respond"><form></form></div>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/comment-threads', 'generic/comment-threads'])
  })

  it('end-marker: a press release\'s ### cuts what follows; （完） and a dashed — 完 — go alone (the credits after them are read)', () => {
    expect(strip(`${BODY}<p>###</p><p>Media contact: press@a.test</p>`).html).toBe(BODY)
    expect(strip(`${BODY}<p>（完）</p><p>责任编辑：王小明</p>`).html).toBe(`${BODY}<p>责任编辑：王小明</p>`)
    expect(strip(`${BODY}<p>— <b>完</b> —</p><p>责任编辑：王小明</p>`).html).toBe(`${BODY}<p>责任编辑：王小明</p>`)
  })

  it('site-licence: keeps headings and sentences about licences or web fiction that name no number', () => {
    const html = '<h2>中国网文（网络文学）加速出海</h2><h2>腾讯获得互联网新闻信息服务许可证</h2><p>他说，公司ICP备案已经完成</p>'
    expect(strip(html).html).toBe(html)
  })

  it('template-tags: keeps an editor\'s [sic] or a transcript\'s [applause]', () => {
    const html = '<p>[sic]</p><p>[applause]</p><p>[update]</p>'
    expect(strip(html).html).toBe(html)
  })

  it('breadcrumbs: keeps a how-to\'s menu path', () => {
    const html = '<p>Settings > Privacy > Story</p><p>Home > the end</p>'
    expect(strip(html).html).toBe(html)
  })

  it('breadcrumbs: drops a trail that ends at the article or starts at the home page', () => {
    const result = strip(
      `<p><a href="http://news.test/">凤凰资讯</a> &gt; <a href="http://news.test/mainland/">大陆</a> &gt; 正文</p>${BODY}` +
        '<p>首页 › 新闻 › 国际</p><p>Home &gt; World &gt; Asia</p>'
    )
    expect(result.html).toBe(BODY)
    expect(result.removed).toEqual([
      {rule: 'generic/breadcrumbs', text: '凤凰资讯 > 大陆 > 正文'},
      {rule: 'generic/breadcrumbs', text: '首页 › 新闻 › 国际'},
      {rule: 'generic/breadcrumbs', text: 'Home > World > Asia'}
    ])
  })

  it('breadcrumbs: keeps a comparison and a sentence with arrows', () => {
    const html = '<p>性能 > 价格 > 外观</p><p>在他看来，体验 > 参数 > 正文，这是他的原话。</p>'
    expect(strip(html).html).toBe(html)
  })

  it('nav-links: keeps a paragraph that talks about navigation', () => {
    const html = '<p>The nav bar and the breadcrumb trail were redesigned, the navigation team said.</p>'
    expect(strip(html).html).toBe(html)
  })

  it('nav-links: keeps a sentence with links, and a two-link section label (CDT corpus)', () => {
    const sentence = '<p>据<a href="https://a.test/1">路透社</a>、<a href="https://b.test/2">美联社</a>和<a href="https://c.test/3">法新社</a>报道，谈判已经破裂。</p>'
    const label = '<p><strong><a href="https://chinadigitaltimes.net/chinese/tag/cds/" rel="tag">CDS档案</a> | <a href="https://chinadigitaltimes.net/space/x">李文亮</a></strong></p>'
    expect(strip(sentence + label).html).toBe(sentence + label)
  })

  it('share: drops share prompts', () => {
    const result = strip(`${BODY}<p>分享到：微博 微信 Facebook Twitter</p><p>Share this:</p><p>Share this article on Facebook | Twitter | Email</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/share', 'generic/share', 'generic/share'])
  })

  it('share: keeps a paragraph about sharing', () => {
    const html = '<p>分享到微博的视频很快被删除，网友只能在其他平台转发。</p><p>分享经济</p><p>Share this article on Facebook if you agree with the council.</p>'
    expect(strip(html).html).toBe(html)
  })

  it('qr-code: drops the long-press prompt and QR images (gfw-breaker and GNews samples)', () => {
    const result = strip(
      `${BODY}<p>手机上长按并复制下列链接或二维码分享本文章：</p><p><img src="https://assets.gnews.org/wp-content/uploads/2022/02/%E4%BA%8C%E7%BB%B4%E7%A0%81-3.jpg"></p><p>长按识别二维码关注我们</p>`
    )
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/qr-code', 'generic/qr-code', 'generic/qr-code'])
  })

  it('qr-code: keeps paragraphs about QR codes (CDT corpus)', () => {
    const html =
      '<p>这是实拍的某公交车上的二维码，完成这些步骤才能上车。</p><p>@vicky_玛奇：我妈也是，拿着老年机，能接个电话不错了，没有二维码，每次需要都得把我叫着。</p>'
    expect(strip(html).html).toBe(html)
  })

  it('membership-plea: drops the 【诚征荣誉会员】 plea (secretchina sample)', () => {
    const result = strip(
      `${BODY}<p>【诚征荣誉会员】溪流能够汇成大海，小善可以成就大爱。我们向全球华人诚意征集万名<span href="/kzgd/subscribe.html">荣誉会员</span>：每位荣誉会员每年只需支付一份订阅费用（$68美元/年）。</p>`
    )
    expect(result.html).toBe(BODY)
    expect(result.removed[0]?.rule).toBe('generic/membership-plea')
  })

  it('membership-plea: keeps a paragraph about membership', () => {
    const html = '<p>该协会诚征荣誉会员的消息传出后，不少人表示愿意加入。</p>'
    expect(strip(html).html).toBe(html)
  })

  it('membership-plea: drops a plea to join as a subscriber (眾新聞), keeps a sentence about joining', () => {
    const result = strip(`${BODY}<p>請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/membership-plea'])
    const kept = '<p>他去年加入成為會員，今年又成為理事。</p><p>欢迎加入成为会员的新朋友们在周末聚会上发言。</p>'
    expect(strip(kept).html).toBe(kept)
  })

  it('subscribe-link: drops a line that is only a link to a subscription page, keeps text around such a link', () => {
    const result = strip(`${BODY}<p>月費訂戶 網址：<a href="https://www.hkcnews.com/aboutus/#subscribe">hkcnews.com/aboutus/#subscribe</a></p><p><a href="https://example.com/membership/">Become a member</a></p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/subscribe-link', 'generic/subscribe-link'])
    const labelled = strip(`${BODY}<p>月費訂戶 <a href="https://web.archive.org/web/2021/https://www.hkcnews.com/aboutus/#subscribe">網址：hkcnews.com/aboutus/#subscribe</a></p>`)
    expect(labelled.html).toBe(BODY)
    expect(labelled.removed.map((entry) => entry.rule)).toEqual(['generic/subscribe-link'])
    const kept = '<p>The paper said its <a href="https://example.com/subscribe">subscription page</a> was down for a day.</p><p><a href="https://example.com/news/subscribers-fall">Subscribers fall</a></p>'
    expect(strip(kept).html).toBe(kept)
  })

  it('template-tags: drops shortcodes and Liquid tags standing alone, keeps text that shows one', () => {
    const result = strip(`${BODY}<p>{{&lt; youtube dJ0GTgz5Nrs &gt;}}</p><p>{% include ad.html %}</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/template-tags', 'generic/template-tags'])
    const kept = '<p>Hugo embeds a video with {{% youtube ID %}} in the text.</p><p>{{% video src="https://example.com/v.mp4" %}}</p>'
    expect(strip(kept).html).toBe(kept)
  })

  it('wire-footer: drops a press wire\'s footer lines and keeps its SOURCE name as a credit', () => {
    const result = strip(`${BODY}<p>View original content to download multimedia:<a href="https://www.prnewswire.com/news-releases/x.html">https://www.prnewswire.com/news-releases/x.html</a></p><p>SOURCE Cracker Barrel Old Country Store, Inc.</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/wire-footer', 'generic/wire-footer'])
    expect(result.lifted.credits).toContainEqual({role: 'source', name: 'Cracker Barrel Old Country Store, Inc.'})
    const kept = '<p>SOURCE CODE is open, the company said.</p><p>You can view original content on the site.</p>'
    expect(strip(kept).html).toBe(kept)
  })

  it('related: a heading label takes its section of headlines, dates and thumbnails with it (NYT Chinese)', () => {
    const section = '<h2>相关报道</h2><h3>中国跨性别就业歧视案启动仲裁</h3><p>时间：2016年4月12日<br><img src="https://a.example/t.jpg"></p>' +
      '<h3>中国同志婚姻权诉讼首次获受理</h3><p>时间：2016年1月28日</p><ul><li><a href="/x">另一篇报道</a></li></ul>'
    const result = strip(`${BODY}${section}<h2>下一节</h2><p>下一节的正文，并不是相关报道。</p>`)
    expect(result.html).toBe(`${BODY}<h2>下一节</h2><p>下一节的正文，并不是相关报道。</p>`)
    expect(new Set(result.removed.map((entry) => entry.rule))).toEqual(new Set(['generic/related']))
  })

  it('related: keeps a heading label\'s section that holds prose, and what follows a label that is no heading', () => {
    const prose = '<h3>延伸阅读</h3><p>这一节是文章的一部分。作者在这里接着讲述了事情的来龙去脉。</p>'
    expect(strip(`${BODY}${prose}`).html).toBe(`${BODY}<p>这一节是文章的一部分。作者在这里接着讲述了事情的来龙去脉。</p>`)
    const paragraph = '<p>相关新闻：</p><h3>一个标题</h3>'
    expect(strip(`${BODY}${paragraph}`).html).toBe(`${BODY}<h3>一个标题</h3>`)
  })

  it.each(['More from United States', 'Explore more', 'More stories', 'Most read', 'You may also like', 'Recommended for you', 'Read next', 'Keep reading'])(
    'related: %s is a label', (label) => {
      expect(strip(`${BODY}<h2>${label}</h2><h3>A teaser headline</h3>`).removed.map((entry) => entry.rule)).toContain('generic/related')
    })

  it('related: keeps a heading that only starts like a label', () => {
    const kept = '<h2>More from the archive of this paper, in five parts</h2><h2>Explore more ways to save</h2><h2>Most readers agree</h2>'
    expect(strip(kept).html).toBe(kept)
  })

  it('related: a wrapper around a label paragraph and its list is no label itself', () => {
    const result = strip(`${BODY}<div><p>Related:</p><ul><li><a href="https://a.example/1">Other story</a></li></ul></div><p><a href="https://docs.example/">Official documentation</a></p>`)
    expect(result.html).toBe(`${BODY}<p><a href="https://docs.example/">Official documentation</a></p>`)
  })

  it('related: a label paragraph takes the linked entries right after it, and nothing else', () => {
    const list = '<p>相关新闻：</p>\n<ul><li><a href="https://a.example/1">某地发生地震</a></li><li><a href="https://a.example/2">另一条新闻标题</a>（2024-01-02）</li></ul>'
    expect(strip(`${BODY}${list}${BODY}`).html).toBe(`${BODY}${BODY}`)
    const links = '<p><strong>Related:</strong></p><p><a href="https://a.example/3">Some other story</a></p><p><a href="https://a.example/4">Yet another story</a></p>'
    const result = strip(`${BODY}${links}<p>Back to the story, which goes on.</p>`)
    expect(result.html).toBe(`${BODY}<p>Back to the story, which goes on.</p>`)
    expect(result.removed.map((entry) => entry.text)).toEqual(['Related:', 'Some other story', 'Yet another story'])
    // A list item without a link, or an entry that holds a sentence, keeps the list.
    const unlinked = '<ul><li><a href="https://a.example/1">某地发生地震</a></li><li>没有链接的条目</li></ul>'
    expect(strip(`${BODY}<p>相关新闻：</p>${unlinked}`).html).toBe(`${BODY}${unlinked}`)
    const prose = '<p><a href="https://a.example/5">报道</a>说，事情发生在周二。警方随后赶到现场。</p>'
    expect(strip(`${BODY}<p>延伸阅读：</p>${prose}`).html).toBe(`${BODY}${prose}`)
  })

  it('end-marker: drops a closing END mark and the promotion after it, keeps text that says end', () => {
    const promo = '<p><strong>end</strong></p><p>精品活动推荐</p><p><img src="https://example.com/banner.png"></p><p>更多文章</p>'
    const result = strip(`${BODY}${BODY}${promo}`)
    expect(result.html).toBe(`${BODY}${BODY}`)
    expect(result.removed.map((entry) => entry.rule)).toEqual(Array(4).fill('generic/end-marker'))
    for (const mark of ['END', '- END -', '—THE END—', '▼ END']) {
      expect(strip(`${BODY}${BODY}<p>${mark}</p><p>推广</p>`).removed.length).toBe(mark === '▼ END' ? 0 : 2)
    }
    const kept = '<p>The End of History, a book, was widely read.</p><p>The end came soon.</p><p>Ending</p>'
    expect(strip(kept).html).toBe(kept)
  })

  it('tracking-pixels: drops a 1x1, pixel or spacer GIF by its file name, keeps other GIFs', () => {
    const result = strip(`${BODY}<p><img src="https://dolphin.deliver.ifeng.com/c/1x1.gif?x=1"><img src="https://a.example/t/pixel.gif"></p>`)
    expect(result.html).toBe(BODY)
    const kept = '<p><img src="https://a.example/img/1x1-grid.gif"><img src="https://a.example/pixel-art.gif"></p>'
    expect(strip(`${BODY}${kept}`).html).toBe(`${BODY}${kept}`)
  })

  it('end-marker: drops a closing （完） standing alone and keeps the credits after it', () => {
    const result = strip(`${BODY}<p>（完）</p><p>责任编辑：张三</p>`)
    expect(result.html).toBe(`${BODY}<p>责任编辑：张三</p>`)
    expect(result.removed).toEqual([{rule: 'generic/end-marker', text: '（完）'}])
    const kept = '<p>完</p><p>（完成）</p><p>他说：“（完）”</p>'
    expect(strip(`${BODY}${kept}`).html).toBe(`${BODY}<p>完</p><p>（完成）</p><p>他说：“（完）”</p>`)
  })

  it('follow-plea: drops a prompt to follow the account, keeps text that tells of clicking', () => {
    const result = strip(`<p>点击上方蓝字关注我们</p>${BODY}<p>点击蓝字 关注我们</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/follow-plea', 'generic/follow-plea'])
    const kept = '<p>点击上方的按钮即可下载这份报告的全文。</p>'
    expect(strip(kept).html).toBe(kept)
  })

  it('subscribe: drops subscription prompts', () => {
    const result = strip(`${BODY}<p>欢迎订阅我们的电子报</p><p>Subscribe to our newsletter</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/subscribe', 'generic/subscribe'])
  })

  it('subscribe: drops a prompt to subscribe to a named podcast or channel (DW)', () => {
    const result = strip(`${BODY}<p><strong>欢迎订阅德国之声“古典音乐风”播客，收听更多出色的古典音乐演出。</strong></p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/subscribe'])
  })

  it('read-more-promo: drops bracketed "click to read" lines, keeps brackets that only mention reading', () => {
    const result = strip(`${BODY}<p>（点阅《九评》编辑部新书《魔鬼在统治着我们的世界》）#</p><h3>(点阅“弘扬传统文化”征文)</h3>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/read-more-promo', 'generic/read-more-promo'])
    const kept = '<p>（点阅率很高的文章往往不是最好的文章，这一点大家都知道。）</p><p>他说：“点阅《九评》的人越来越多。”</p>'
    expect(strip(kept).html).toBe(kept)
  })

  it('subscribe: keeps paragraphs about subscriptions (CDT corpus)', () => {
    const html = '<p>欢迎订阅我道，有任何问题可以在下方留言。感谢支持！</p><p>订阅用户数量在疫情期间大幅下降。</p>'
    expect(strip(html).html).toBe(html)
  })

  it('donate: drops donation prompts', () => {
    const result = strip(`${BODY}<p>请捐助我们，支持独立新闻。</p><p>Support our journalism.</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/donate', 'generic/donate'])
  })

  it('donate: keeps a paragraph about donations (CDT corpus)', () => {
    const html = '<p>方方老师也早就说过，她自己这本书所得的所有利润都会捐出来给武汉在疫情中牺牲了的医疗人员家属。</p><p>捐款我们已经收到了，谢谢大家。</p>'
    expect(strip(html).html).toBe(html)
  })

  it('copyright: drops copyright notices', () => {
    const result = strip(`${BODY}<p>Copyright © 2020 Example News. All rights reserved.</p><p>看中国版权所有</p><p>转载请注明出处</p><p>Copyright © 编程随想镜像站 2021</p><p>© Example Media 2019–2024</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/copyright', 'generic/copyright', 'generic/copyright', 'generic/copyright', 'generic/copyright'])
  })

  it('copyright: keeps paragraphs about copyright and photo credits', () => {
    const html =
      '<p>前述那位IT从业人士分析说，抖音还有一个优势是，其界面上对版权不太在乎，歌曲随便用。</p><p>版权所有者向法院提起诉讼。</p><p>© Reuters</p>'
      + '<p>© 路透社记者摄于2021年的照片显示，街头空无一人，2021</p>'
    expect(strip(html).html).toBe(html)
  })

  it('disclaimer: drops disclaimers (GNews sample, CDT corpus)', () => {
    const result = strip(
      `${BODY}<p>免责声明：本文内容仅代表作者个人观点，平台不承担任何法律风险。</p><p>免责声明：上文不代表本号观点，版权属原拥有方。若涉侵权，指正立删。部分内容可能有删节或调整。</p>`
    )
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/disclaimer', 'generic/disclaimer'])
  })

  it('disclaimer: keeps a paragraph mentioning a disclaimer', () => {
    const html = '<p>该公司在免责声明中写道，它不对用户上传的内容负责，但法院并不认同。</p>'
    expect(strip(html).html).toBe(html)
  })

  it('feed-footer: cuts from "获取更多RSS"', () => {
    const result = strip(`${BODY}<div>获取更多RSS：<br><a href="https://rss.example.net">https://rss.example.net</a></div>`)
    expect(result.html).toBe(BODY)
    expect(result.removed).toEqual([
      {rule: 'generic/feed-footer', text: '获取更多RSS：'},
      {rule: 'generic/feed-footer', text: 'https://rss.example.net'}
    ])
  })

  it('feed-footer: keeps a paragraph about RSS', () => {
    const html = '<p>获取更多RSS订阅源的方法有很多，本文介绍其中三种。读者可以自行尝试。</p>'
    expect(strip(html).html).toBe(html)
  })

  it('vpn-original: drops the line and lifts the URL (gfw-breaker sample)', () => {
    const result = strip(`${BODY}<p>原文地址（需翻墙访问）：https://www.secretchina.com/news/gb/2020/09/01/944830.html</p>`)
    expect(result.html).toBe(BODY)
    expect(result.lifted.url).toEqual(['https://www.secretchina.com/news/gb/2020/09/01/944830.html'])
  })

  it('vpn-original: keeps a paragraph about VPNs and a plain source line', () => {
    const html = '<p>原文需要翻墙访问，这让很多大陆读者无法看到报道。</p><p>原文地址：https://example.com/a</p>'
    expect(strip(html).html).toBe(html)
  })

  it('related: drops related-article labels (CDT corpus)', () => {
    const result = strip(`${BODY}<p>相关阅读：</p><p><strong>相关新闻</strong></p><p>延伸阅读：某报道的标题</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/related', 'generic/related', 'generic/related'])
  })

  it('related: keeps a paragraph mentioning related news (CDT corpus)', () => {
    const html = '<p>我顺便翻了翻钟山县城管执法局的相关新闻。有新闻说，钟山县城管执法局大力开展扫黑除恶。</p>'
    expect(strip(html).html).toBe(html)
  })

  it('back-to-top: drops back-to-top links and the portal footer (Sina sample)', () => {
    const result = strip(`${BODY}<p>新浪首页 语音播报 相关新闻 返回顶部</p><p>返回顶部</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/back-to-top', 'generic/back-to-top'])
  })

  it('back-to-top: keeps a paragraph with the words (CDT corpus)', () => {
    const html = '<p>香港人仍发挥“Be Water”的智慧，如水一样，散去后又再聚集起来，坚持返回街头表达诉求。</p><p>他点击返回顶部</p>'
    expect(strip(html).html).toBe(html)
  })

  it('relative-time: drops a relative timestamp standing alone, in Chinese and English (BBC feed)', () => {
    const result = strip(`<div><time datetime="2020-10-09">13 分钟前</time></div>${BODY}<p>Updated 2 hours ago</p><p>3 天前</p>`)
    expect(result.html).toBe(BODY)
    expect(result.removed).toEqual([
      {rule: 'generic/relative-time', text: '13 分钟前'},
      {rule: 'generic/relative-time', text: 'Updated 2 hours ago'},
      {rule: 'generic/relative-time', text: '3 天前'}
    ])
  })

  it('relative-time: keeps sentences that mention a time ago, and absolute dates', () => {
    const html = '<p>他在10分钟前离开了会场。</p><p>3 years ago, the plant closed.</p><p>2020年10月9日</p><p>1000 天前</p>'
    expect(strip(html).html).toBe(html)
  })
})
