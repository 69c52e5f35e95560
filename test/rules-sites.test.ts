import {describe, expect, it} from 'vitest'
import {BODY, strip} from './helpers/strip.js'

/** Each site and feed-software rule: it drops its target, and keeps a real paragraph with its words. */
describe('site rules', () => {
  it('feedx/footer: cuts the feedx footer and records feedx (DW sample)', () => {
    const result = strip(
      `${BODY}${BODY}<br><hr><div>获取更多RSS：<br><a href="https://feedx.net" style="color:orange">https://feedx.net</a> <br><a href="https://feedx.top">https://feedx.top</a><br></div>`
    )
    expect(result.html).toBe(BODY + BODY)
    expect(result.removed).toEqual([
      {rule: 'feedx/footer', text: '获取更多RSS：'},
      {rule: 'feedx/links', text: 'https://feedx.net'},
      {rule: 'feedx/links', text: 'https://feedx.top'}
    ])
    expect(result.lifted.syndicator).toEqual(['feedx'])
  })

  it('feedx: keeps a paragraph about feedx', () => {
    const html = '<p>feedx 是一个把新闻网站转成 RSS 的服务，网址是 feedx.net，获取更多RSS源的方法见下文。</p><p><a href="https://feedx.net">feedx</a> 说明</p>'
    expect(strip(html).html).toBe(html)
  })

  it('gfw-breaker: drops nav and promo lines, the share footer, and lifts the mirror URL (sample)', () => {
    const result = strip(
      '<h4><a href="https://github.com/gfw-breaker/banned-news3/blob/master/README.md">首页</a> | <a href="https://github.com/begood0513/basic/blob/master/README.md">法轮功真相</a></h4>' +
        '<h4><a href="http://141.164.51.119:10000/videos/news/epoch01.html"> 🔥  揭开中共秘密结盟日军，卖国求生秘闻 </a></h4>' +
        '<h4>网站代理：<a href="http://167.172.10.89:10080/gb/">大纪元新闻网</a> | <a href="http://167.172.10.89:8808/gb/">新唐人电视台</a></h4>' +
        BODY +
        '<hr>手机上长按并复制下列链接或二维码分享本文章：<br>https://github.com/gfw-breaker/banned-news3/blob/master/pages/p5/944830.md <br>' +
        "<a href='https://github.com/gfw-breaker/banned-news3/blob/master/pages/p5/944830.md'><img src='https://github.com/gfw-breaker/banned-news3/blob/master/pages/p5/944830.md.png'/></a> <br>" +
        '原文地址（需翻墙访问）：https://www.secretchina.com/news/gb/2020/09/01/944830.html<hr>'
    )
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual([
      'gfw-breaker/promo',
      'gfw-breaker/promo',
      'gfw-breaker/promo',
      'generic/qr-code',
      'gfw-breaker/share',
      'gfw-breaker/share',
      'generic/vpn-original'
    ])
    expect(result.lifted.mirrorUrl).toEqual(['https://github.com/gfw-breaker/banned-news3/blob/master/pages/p5/944830.md'])
    expect(result.lifted.url).toEqual(['https://www.secretchina.com/news/gb/2020/09/01/944830.html'])
    expect(result.lifted.syndicator).toEqual(['gfw-breaker'])
  })

  it("gfw-breaker: drops the mirror's navigation to its index pages by relative links (begood0513 mirrors)", () => {
    const mirror = 'https://github.com/begood0513/goodnews/blob/master/pages/nf4514/n11196766.md'
    const result = strip(
      `${BODY}<hr>手机上长按并复制下列链接或二维码分享本文章：<br>${mirror} <br><a href='${mirror}'><img src='${mirror}.png'/></a> <br>` +
        '<h4><a href="../../README.md">首页</a> &nbsp;&nbsp;|&nbsp;&nbsp; <a href="../../../../../basic/blob/master/README.md">法轮功真相</a></h4>'
    )
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/qr-code', 'gfw-breaker/share', 'gfw-breaker/share', 'gfw-breaker/promo'])
  })

  it('gfw-breaker: keeps a line of relative links that are not its index pages', () => {
    const html = `<p><a href="https://github.com/begood0513/goodnews">mirror</a> of a post.</p><h4><a href="../notes.md">Notes</a> | <a href="./README.txt">Read me</a></h4>`
    expect(strip(html).html).toBe(html)
  })

  it('gfw-breaker: the same share footer from the begood0513 mirrors', () => {
    const mirror = 'https://github.com/begood0513/banned-news/blob/master/pages/guojishijiao/ko-12132016093220.md'
    const result = strip(
      BODY +
        `<hr>手机上长按并复制下列链接或二维码分享本文章：<br>${mirror} <br>` +
        `<a href='${mirror}'><img src='${mirror}.png'/></a> <br>` +
        '原文地址（需翻墙访问）：https://www.rfa.org/mandarin/guojishijiao/ko-12132016093220.html'
    )
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['generic/qr-code', 'gfw-breaker/share', 'gfw-breaker/share', 'generic/vpn-original'])
    expect(result.lifted.mirrorUrl).toEqual([mirror])
  })

  it('gfw-breaker: keeps a paragraph that links to the mirror', () => {
    const html =
      '<p>该文章的镜像见<a href="https://github.com/gfw-breaker/banned-news3/blob/master/README.md">这里</a>，读者可以自行查看。</p><p>https://github.com/gfw-breaker/banned-news3 是一个镜像仓库。</p>'
    expect(strip(html).html).toBe(html)
  })

  it('secretchina/ads: drops SC-* slots and /kzgd/ad/ banners (sample)', () => {
    const result = strip(
      `${BODY}<center><span href="https://account.secretchina.com/planshopcart.php?pid=2020plana"><img src="/kzgd/ad/join_membership_728x90.jpg" width="100%"/></span></center><div id="SC-21xx"></div>`,
      {url: 'https://www.secretchina.com/news/gb/2020/09/01/944830.html'}
    )
    expect(result.html).toBe(BODY)
    expect(result.removed).toEqual([
      {rule: 'secretchina/ads', text: '/kzgd/ad/join_membership_728x90.jpg'},
      {rule: 'secretchina/ads', text: 'div#SC-21xx'}
    ])
  })

  it('secretchina: keeps article images and the 【看中国…讯】 dateline', () => {
    const html =
      '<p><img alt="技术 出口 TikTok 抖音" src="https://img3.secretchina.com/pic/2020/8-5/p2747322a493549798-ss.jpg"></p><p>【看中国2020年9月1日讯】正当在美国政府的禁令下，手机视频软件抖音的海外版TikTok寻求美国买家之际。</p>'
    expect(strip(html, {url: 'https://www.secretchina.com/news/gb/2020/09/01/944830.html'}).html).toBe(html)
  })

  it('dw/footer: drops the DW copyright notice (sample)', () => {
    const result = strip(
      `${BODY}<p>(路透社)</p><p><em>© 2022</em><em>年德国之声版权声明：本文所有内容受到著作权法保护，如无德国之声特别授权，不得擅自使用。任何不当行为都将导致追偿，并受到刑事追究。</em></p>`,
      {url: 'https://www.dw.com/zh/a-60469586'}
    )
    expect(result.html).toBe(`${BODY}<p>(路透社)</p>`)
    expect(result.removed[0]?.rule).toBe('dw/footer')
    expect(result.lifted.publisher).toEqual(['德国之声'])
  })

  it('dw: keeps the (德国之声中文网) dateline and a paragraph about DW', () => {
    const html =
      '<p>(德国之声中文网) 路透社周二 (1月18日)独家报导指出，美国政府正在审查阿里巴巴的云端业务。</p><p>德国之声版权声明的内容引发讨论，有读者认为过于严厉。</p>'
    expect(strip(html, {url: 'https://www.dw.com/zh/a-60469586'}).html).toBe(html)
  })

  it('voa/player: drops media-player text', () => {
    const result = strip(`${BODY}<p>No media source currently available</p><p>The code has been copied to your clipboard.</p>`, {
      url: 'https://www.voachinese.com/a/5546757.html'
    })
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['voa/player', 'voa/player'])
  })

  it('voa: keeps the VOA sample paragraphs', () => {
    const html = '<p>社交平台Bigo公司决定把其服务器从香港迁往新加坡，通过脱离港版国安法的管辖来表明自己洁身自好。</p><p>No media source currently available, the player said, so we read the transcript.</p>'
    expect(strip(html, {url: 'https://www.voachinese.com/a/5546757.html'}).html).toBe(html)
  })

  it('gnews/footer: drops the ROL link list (sample)', () => {
    const result = strip(
      `${BODY}<ul>\n<li><a href="https://rolfoundation.org/">ROL Foundation</a></li>\n<li><a href="https://rolsociety.org/">ROL Society</a></li>\n<li><a href="https://gnews.org/terms-of-use-3/">Terms of use</a></li>\n<li><a href="https://gnews.org/privacy-policy/">Privacy Policy</a></li>\n</ul>`
    )
    expect(result.html).toBe(BODY)
    expect(result.removed).toEqual([{rule: 'gnews/footer', text: 'ROL Foundation ROL Society Terms of use Privacy Policy'}])
    expect(result.lifted.syndicator).toEqual(['GNews'])
  })

  it('gnews: keeps the repost line, credits and a paragraph about the ROL Foundation', () => {
    const html =
      '<p><code>東京櫻花団-Tokyo Sakura Group</code> <a href="https://gnews.org/zh-hans/2442437/">轉載自GNews</a></p><p>编译：东京樱花团/Hopkins</p><p>ROL Foundation and ROL Society were founded in 2020.</p>'
    expect(strip(html).html).toBe(html)
  })

  it('sina/footer: cuts from 财经自媒体联盟 (sample)', () => {
    const result = strip(`${BODY}${BODY}<p>财经自媒体联盟</p><p>新浪首页 语音播报 相关新闻 返回顶部</p>`)
    expect(result.html).toBe(BODY + BODY)
    expect(result.removed).toEqual([
      {rule: 'sina/footer', text: '财经自媒体联盟'},
      {rule: 'generic/back-to-top', text: '新浪首页 语音播报 相关新闻 返回顶部'}
    ])
  })

  it('sina/footer: drops the app promo\'s QR-code box, image and all, and names Sina the syndicator', () => {
    const box = '<div class="clearfix appendQr_wrap"><div class="appendQr_normal"><img src="https://n.sinaimg.cn/finance/qr.png"></div><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>'
    const result = strip(`${BODY}${box}<p class="article-editor">责任编辑：张玫</p>`)
    expect(result.html).toBe(`${BODY}<p class="article-editor">责任编辑：张玫</p>`)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['sina/footer'])
    expect(result.lifted.syndicator).toEqual(['新浪'])
  })

  it('sina: keeps a paragraph mentioning the alliance and the credit lines', () => {
    const html = '<p>财经自媒体联盟的成员多达数百家，覆盖各类财经话题。</p><p>文|AI财经社 牛耕 麻策</p><p>编|赵艳秋</p>'
    expect(strip(html).html).toBe(html)
  })

  it('wordpress-feed: drops the CDT footer, lifting the author and tags (corpus 399577)', () => {
    const result = strip(
      `${BODY}<hr /><p><small>&copy; NMSLESE for <a href="https://chinadigitaltimes.net/chinese">中国数字时代</a>, get_post_time('Y'). |<a href="https://chinadigitaltimes.net/chinese/2020/07/x/">Permalink</a> |<a href="https://chinadigitaltimes.net/chinese/2020/07/x/#comments">No comment</a> |Add to<a href="http://del.icio.us/post?url=x">del.icio.us</a><br/>Post tags: <a href="https://chinadigitaltimes.net/chinese/tag/a/" rel="tag">中俄关系</a>, <a href="https://chinadigitaltimes.net/chinese/tag/b/" rel="tag">俄罗斯</a><br/></small></p>` +
        "<p><small>Feed enhanced by <a href='http://planetozh.com/blog/my-projects/wordpress-plugin-better-feed-rss/'>Better Feed</a> from  <a href='http://planetozh.com/blog/'>Ozh</a></small></p>"
    )
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['wordpress-feed/footer', 'wordpress-feed/better-feed'])
    expect(result.lifted.credits).toEqual([{role: 'author', name: 'NMSLESE'}])
    expect(result.lifted.tags).toEqual(['中俄关系', '俄罗斯'])
  })

  it('wordpress-feed/appeared-first: drops a feed item\'s "appeared first on" line, lifting the site as publisher', () => {
    const yoast = strip(`${BODY}<p>The post <a href="https://example.com/a/">A Title, With Commas</a> appeared first on <a href="https://example.com">Example News</a>.</p>`)
    expect(yoast.html).toBe(BODY)
    expect(yoast.removed.map((entry) => entry.rule)).toEqual(['wordpress-feed/appeared-first'])
    expect(yoast.lifted.publisher).toEqual(['Example News'])
    // techhubms/techhub's feed archive.
    const archive = strip(`${BODY}<p>This post appeared first on "Microsoft PowerShell Blog". <a href="https://devblogs.microsoft.com/powershell/x/">Read the entire article here</a></p>`)
    expect(archive.html).toBe(BODY)
    expect(archive.lifted.publisher).toEqual(['Microsoft PowerShell Blog'])
    expect(strip(`${BODY}<p>The post X appeared first on TechCrunch.com.</p>`).lifted.publisher).toEqual(['TechCrunch.com'])
    const kept = '<p>The post office appeared first on the list of closures, the mayor said, and then the library.</p>'
    expect(strip(kept).html).toBe(kept)
  })

  it('wordpress-feed/embeds: drops related-post embeds (corpus 399577)', () => {
    const result = strip(
      `<blockquote class="wp-embedded-content" data-secret="AWV15bxGVB"><p><a href="https://chinadigitaltimes.net/chinese/2020/07/x/">【网络民议】俄罗斯专业“辱华”</a></p></blockquote><p><iframe class="wp-embedded-content" sandbox="allow-scripts" src="https://chinadigitaltimes.net/chinese/2020/07/x/embed/"></iframe></p>${BODY}`
    )
    expect(result.html).toBe(BODY)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['wordpress-feed/embeds', 'wordpress-feed/embeds'])
  })

  it('wordpress-feed: keeps quotes, permalinks in prose and a © caption', () => {
    const html =
      '<blockquote><p>文章说，现在许多地方卫健委都要求强制进行核酸检测。</p></blockquote><p>The Permalink | button was removed, he said; readers complained.</p><p>© AFP</p>'
    expect(strip(html).html).toBe(html)
  })
})
