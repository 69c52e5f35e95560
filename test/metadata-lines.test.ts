import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {parseCreditLine, splitCaptionCredit, splitNames} from '../src/metadata/credit-line.js'
import {detectLang, normalizeLangTag} from '../src/metadata/detect-lang.js'
import {publisherForUrl, publisherInDateline} from '../src/metadata/publishers.js'

describe('parseCreditLine', () => {
  it('splits several names and tells organisations from people', () => {
    expect(parseCreditLine('文|AI财经社 牛耕 麻策')).toEqual([
      {role: 'source', name: 'AI财经社'}, {role: 'author', name: '牛耕'}, {role: 'author', name: '麻策'}
    ])
  })
  it.each([
    ['编|赵艳秋', [{role: 'editor', name: '赵艳秋'}]],
    ['责任编辑：王小明', [{role: 'editor', name: '王小明'}]],
    ['作者：李四、张三', [{role: 'author', name: '李四'}, {role: 'author', name: '张三'}]],
    ['编译：东京樱花团/Hopkins', [{role: 'source', name: '东京樱花团'}, {role: 'translator', name: 'Hopkins'}]],
    ['发布：东京樱花团/yuxingcao01', [{role: 'source', name: '东京樱花团'}, {role: 'publisher', name: 'yuxingcao01'}]],
    ['图/视觉中国', [{role: 'photographer', name: '视觉中国'}]],
    ['记者 王五 报道', [{role: 'author', name: '王五'}]],
    ['撰稿：John Smith', [{role: 'author', name: 'John Smith'}]],
    ['作者：香港特约记者 甄树基', [{role: 'author', name: '甄树基'}]],
    ['作者：本台记者 李明 王芳', [{role: 'author', name: '李明'}, {role: 'author', name: '王芳'}]],
    ['作者：本台记者', [{role: 'author', name: '本台记者'}]]
  ])('%s', (line, credits) => {
    expect(parseCreditLine(line)).toEqual(credits)
  })
  it.each([
    '他曾编辑过《大国，大战略》等书。',
    '编辑部认为，这一决定是错误的。',
    '文化部门的官员说：没有问题',
    '记者会上，发言人拒绝回答问题。'
  ])('is not a credit line: %s', (line) => {
    expect(parseCreditLine(line)).toBeNull()
  })
})

describe('credit lines in square and lenticular brackets', () => {
  it('are read as in round ones', () => {
    expect(parseCreditLine('[责任编辑：alonliu]')).toEqual([{role: 'editor', name: 'alonliu'}])
    expect(parseCreditLine('【编辑：张三】')).toEqual([{role: 'editor', name: '张三'}])
    expect(parseCreditLine('[编辑部认为，这一决定是错误的]')).toBeNull()
  })
})

describe('a title copied from a platform\'s page', () => {
  it('loses the platform\'s name, from wherever it was read', () => {
    expect(cleanArticle('# ACL终身成就奖得主Aravind Joshi去世 - 知乎\n\n正文第一段，这里是文章的内容，很长很长的一句话。\n').metadata.title).toBe('ACL终身成就奖得主Aravind Joshi去世')
    expect(cleanArticle('---\ntitle: 一段视频_哔哩哔哩_bilibili\n---\n正文。\n').metadata.title).toBe('一段视频')
    expect(cleanArticle('# 如何看待知乎\n\n正文第一段，这里是文章的内容。\n').metadata.title).toBe('如何看待知乎')
  })
})

describe('closing lines read from the end', () => {
  it('are all lifted in one cleaning, whatever their order, so a second cleaning changes nothing', () => {
    for (const input of [
      '第一段的内容在这里。\n\n[阅读原文](https://www.example.com/a/123.html)\n\n责任编辑：张三\n',
      'First paragraph of the story here.\n\n[Source](https://a.test/1)\n\n(Reporting by Jane Doe; Editing by Bob Roe)\n',
      'First paragraph here.\n\n(Reuters)\n\n[Source](https://a.test/1)\n'
    ]) {
      const once = cleanArticle(input)
      expect(once.markdown.split('\n\n')).toHaveLength(1)
      expect(cleanArticle(once.markdown).markdown).toBe(once.markdown)
    }
  })
  it('give a URL below the page\'s own canonical address', () => {
    const page = '<html><head><link rel="canonical" href="https://news.example.com/2024/story.html"></head><body><p>The WHO said the outbreak was over, officials said.</p><p><a href="https://www.who.int/news/1">Source</a></p></body></html>'
    expect(cleanArticle(page).metadata.url).toBe('https://news.example.com/2024/story.html')
  })
})

describe('a closing link to the original', () => {
  it('gives the URL (through a known redirect) and goes; a closing link with other text stays', () => {
    const body = '<p>The blast killed ten people in the city on Tuesday, officials said.</p>'
    const result = cleanArticle(`${body}<p><a href="http://news.google.com/news/url?sa=t&amp;url=http://www.reuters.com/article/idUS1">Source</a></p>`)
    expect(result.metadata.url).toBe('http://www.reuters.com/article/idUS1')
    expect(result.removed).toEqual([{rule: 'metadata/source-link', text: 'Source'}])
    expect(result.markdown).toBe('The blast killed ten people in the city on Tuesday, officials said.\n')
    expect(cleanArticle(`${body}<p><a href="https://a.test/more">More stories</a></p>`).metadata.url).toBeNull()
    expect(cleanArticle(`<p>正文第一段，这里是文章的内容。</p><p><a href="https://mp.weixin.qq.com/s/abc">阅读原文</a></p>`).metadata.url).toBe('https://mp.weixin.qq.com/s/abc')
  })
})

describe('the lead image', () => {
  it('is a photo named after furniture (apple-logo-lawsuit.jpg)', () => {
    expect(cleanArticle('<p><img src="https://a.test/2024/apple-logo-lawsuit.jpg"></p><p>正文。</p>').metadata.leadImage).toBe('https://a.test/2024/apple-logo-lawsuit.jpg')
  })
  it('is the first image that is not page furniture by its path, else the first image', () => {
    const page = '<p><img src="https://a.test/xl2017/images/net_logo.png"></p><p><img src="https://a.test/u/avatar/12.jpg"></p><p>正文第一段。</p><p><img src="https://a.test/feed/5366d.jpeg?s=1"></p>'
    expect(cleanArticle(page).metadata.leadImage).toBe('https://a.test/feed/5366d.jpeg?s=1')
    expect(cleanArticle('<p><img src="https://a.test/logo.png"></p><p>正文第一段。</p>').metadata.leadImage).toBe('https://a.test/logo.png')
    // A word that only contains one of those names is no furniture.
    expect(cleanArticle('<p><img src="https://a.test/photos/iconic-bridge.jpg"></p><p>正文。</p>').metadata.leadImage).toBe('https://a.test/photos/iconic-bridge.jpg')
  })
})

describe('a wire story\'s bracketed credit note', () => {
  it('gives reporters and writers as authors and editors as editors, without their places', () => {
    expect(parseCreditLine('(Additional reporting by Orhan Coskun and Ece Toksabay in Ankara, Humeyra Pamuk, Daren Butler and Melih Aslan in Istanbul; Writing by Nick Tattersall; Editing by Philippa Fletcher)')).toEqual([
      {role: 'author', name: 'Orhan Coskun'}, {role: 'author', name: 'Ece Toksabay'}, {role: 'author', name: 'Humeyra Pamuk'},
      {role: 'author', name: 'Daren Butler'}, {role: 'author', name: 'Melih Aslan'},
      {role: 'author', name: 'Nick Tattersall'}, {role: 'editor', name: 'Philippa Fletcher'}
    ])
    expect(parseCreditLine('(Reporting by Jane Doe; Editing by Mark Potter)')).toEqual([{role: 'author', name: 'Jane Doe'}, {role: 'editor', name: 'Mark Potter'}])
  })
  it('drops the country after a reporter\'s place', () => {
    expect(parseCreditLine('(Reporting by Jane Doe in Kyiv, Ukraine; Editing by John Smith)')).toEqual([{role: 'author', name: 'Jane Doe'}, {role: 'editor', name: 'John Smith'}])
  })
  it('is not a sentence in brackets that only starts like one', () => {
    expect(parseCreditLine('(Reporting by the agency was delayed because the roads were closed)')).toBeNull()
    expect(parseCreditLine('(Editing by hand is slow; everyone knows it)')).toBeNull()
  })
  it('is lifted from the body', () => {
    const result = cleanArticle('<p>The blast killed ten people in the city on Tuesday, officials said.</p><p>(Reporting by Jane Doe; Editing by Mark Potter)</p>')
    expect(result.metadata.authors).toEqual(['Jane Doe'])
    expect(result.markdown).toBe('The blast killed ten people in the city on Tuesday, officials said.\n')
  })
})

describe('splitNames', () => {
  it.each([
    ['牛耕 麻策', ['牛耕', '麻策']],
    ['VANESSA PIAO', ['VANESSA PIAO']],
    ['Vincent van Gogh、李四', ['Vincent van Gogh', '李四']],
    ["Conan O'Brien and Jean-Luc Picard", ["Conan O'Brien", 'Jean-Luc Picard']],
    ['J. R. R. Tolkien/张三', ['J. R. R. Tolkien', '张三']]
  ])('%s → %j', (text, expected) => {
    expect(splitNames(text)).toEqual(expected)
  })
})

describe('splitCaptionCredit', () => {
  it('splits a trailing photo credit', () => {
    expect(splitCaptionCredit('GIGO 副总Mike Ong在新加波公司。August 14, 2020 （照片来自路透社）'))
      .toEqual({caption: 'GIGO 副总Mike Ong在新加波公司。August 14, 2020', credit: '路透社'})
    expect(splitCaptionCredit('在美中两国夹缝中越陷越深的抖音面对这种局面将如何自处？（图片来源：Getty Images）'))
      .toEqual({caption: '在美中两国夹缝中越陷越深的抖音面对这种局面将如何自处？', credit: 'Getty Images'})
    expect(splitCaptionCredit('阿里巴巴旗下的中国金融科技巨头蚂蚁集团。(STR/AFP via Getty Images)'))
      .toEqual({caption: '阿里巴巴旗下的中国金融科技巨头蚂蚁集团。', credit: 'STR/AFP via Getty Images'})
    expect(splitCaptionCredit('韩美日主管朝核事务官员共同会见记者。（韩联社）'))
      .toEqual({caption: '韩美日主管朝核事务官员共同会见记者。', credit: '韩联社'})
    expect(splitCaptionCredit('美国总统奥巴马在投资峰会上发表演讲。（YouTube视频截图）'))
      .toEqual({caption: '美国总统奥巴马在投资峰会上发表演讲。', credit: 'YouTube视频截图'})
  })
  it('keeps a caption ending in an ordinary parenthesis', () => {
    expect(splitCaptionCredit('美国总统拜登（左）与习近平（右）')).toEqual({caption: '美国总统拜登（左）与习近平（右）', credit: null})
    expect(splitCaptionCredit('首相在东京讲话（Japan）')).toEqual({caption: '首相在东京讲话（Japan）', credit: null})
  })
})

describe('detectLang', () => {
  it('tells simplified from traditional Chinese by the characters', () => {
    expect(detectLang('这是一个关于国会选举的报道，他们说时间还没有到。')).toBe('zh-Hans')
    expect(detectLang('這是一個關於國會選舉的報道，他們說時間還沒有到。')).toBe('zh-Hant')
  })
  it('knows English, Japanese and Korean, and says nothing about too little text', () => {
    expect(detectLang('The quick brown fox jumps over the lazy dog again.')).toBe('en')
    expect(detectLang('これは日本語の文章です。ひらがなとカタカナがあります。')).toBe('ja')
    expect(detectLang('이것은 한국어 문장입니다. 한글이 많이 있습니다.')).toBe('ko')
    expect(detectLang('短')).toBeNull()
  })
  it('reads Chinese full of product names by words, not letters, and English quoting Chinese as English', () => {
    const tech = 'Gemma 3n 在 transformers、timm、MLX、llama.cpp、Transformers.js、Ollama 和 Google AI Edge 等开源库中全面可用，' +
      '发布 gemma-3n-E2B 和 gemma-3n-E4B 两个尺寸，各有 base 与 instruct 变体。'
    expect(detectLang(tech)).toBe('zh-Hans')
    const quoting = 'The leader said the campaign would go on. ' .repeat(8) + '他说：“这是一个关于国会选举的报道，时间还没有到。”'
    expect(detectLang(quoting)).toBe('en')
    // Fewer than twenty Han characters never outweigh words.
    expect(detectLang('Gemma 3n 在 transformers、timm、MLX 等库中可用，base 与 instruct 变体')).toBe('en')
  })
  it('tells German, Spanish, French, Portuguese, Italian and Dutch from English by their function words', () => {
    expect(detectLang('Die Regierung hat am Montag erklärt, dass der Journalist nach der Haft wieder frei ist und mit seiner Familie auf dem Weg nach Hause sei.')).toBe('de')
    expect(detectLang('El fiscal está perfilando con el jefe de la Fiscalía la estrategia jurídica que seguirá tras el auto dictado por el juez en Palma.')).toBe('es')
    expect(detectLang('Le gouvernement a annoncé lundi que la réforme des retraites sera présentée dans les prochains jours par le premier ministre.')).toBe('fr')
    expect(detectLang('O governo anunciou que a reforma da previdência será apresentada nos próximos dias, e não haverá mais adiamentos para os votos.')).toBe('pt')
    expect(detectLang('Il governo ha annunciato che la riforma delle pensioni sarà presentata nei prossimi giorni dal presidente del consiglio per il voto.')).toBe('it')
    expect(detectLang('De regering heeft maandag gezegd dat het plan voor de nieuwe wet niet op tijd klaar is en ook niet met steun van de oppositie.')).toBe('nl')
    // Too few function words, or English ones as many: English, as before.
    expect(detectLang('Angela Merkel Kanzleramt Berlin Pressekonferenz heute')).toBe('en')
    expect(detectLang('The minister said la reforma de las pensiones is on the table for the vote this week.')).toBe('en')
  })
  it('reads Japanese full of Latin names and links as Japanese', () => {
    const comments = 'archive.is の運営者を FBI が特定しようとしている。これはデータ収集と著作権の問題だと joshmn さんは言う。 https://news.ycombinator.com/item?id=45836826 '
    expect(detectLang(comments.repeat(3) + 'Hacker News thread archive.today archive.ph webcitation wayback machine links '.repeat(6))).toBe('ja')
  })
  it('normalizes declared tags', () => {
    expect(normalizeLangTag('zh-CN')).toBe('zh-Hans')
    expect(normalizeLangTag('zh_TW')).toBe('zh-Hant')
    expect(normalizeLangTag('en-us')).toBe('en-US')
    expect(normalizeLangTag('not a tag')).toBeNull()
  })
})

describe('a WeChat export\'s header fields', () => {
  const STORY = '本文系统性探讨了一种新兴的知识管理范式，其标志着知识处理的根本性转变。'
  it('are read when their line breaks were lost, and go with the rule that set them off', () => {
    const result = cleanArticle(`# 标题\n\n> 公众号: 老白的AI实验室\n> 发布时间: 2026-04-08 08:03\n> 原文链接: https://mp.weixin.qq.com/s/u0psQ8wrAE5Uvt5y_sXMNA\n\n---\n\n${STORY}\n`)
    expect(result.markdown).toBe(`${STORY}\n`)
    expect(result.metadata).toMatchObject({
      title: '标题', publisher: '老白的AI实验室', publishedAt: '2026-04-08T08:03:00+08:00', url: 'https://mp.weixin.qq.com/s/u0psQ8wrAE5Uvt5y_sXMNA'
    })
    expect(result.removed.map((entry) => entry.rule)).toContain('metadata/header-fields')
    expect(cleanArticle(result.markdown).markdown).toBe(result.markdown)
  })
  it('are read one per line: 原作者, 公众号, and 来自微信公众号 after an author', () => {
    const lines = cleanArticle(`<p>原作者：dongxu<br>公众号：我世界的源代码<br>发布时间：2026-04-17 13:38</p><p>${STORY}</p>`)
    expect(lines.markdown).toBe(`${STORY}\n`)
    expect(lines.metadata).toMatchObject({publisher: '我世界的源代码', authors: ['dongxu']})
    const joined = cleanArticle(`<p>作者： 公民于平 来自微信公众号： 鱼眼观察</p><p>${STORY}</p>`)
    expect(joined.metadata.credits).toEqual([{role: 'author', name: '公民于平'}, {role: 'source', name: '鱼眼观察'}])
  })
  it('leave a paragraph that only starts like them, and lift nothing from it', () => {
    const prose = cleanArticle(`<p>作者：张三。公众号：李四发布的文章引起了很多讨论，大家都在谈论这件事情的来龙去脉。</p><p>${STORY}</p>`)
    expect(prose.markdown).toContain('公众号：李四发布的文章')
    const partial = cleanArticle(`<p>原文链接: https://a.example/c 作者：我们今天讨论一下这个问题。大家好。</p><p>${STORY}</p>`)
    expect(partial.markdown).toContain('原文链接')
    expect(partial.metadata).toMatchObject({url: null, authors: [], credits: []})
    expect(partial.removed).toEqual([])
  })
})

describe('the publisher named by a source line', () => {
  const BODY = '<p>正文第一段，内容足够长，这是一篇新闻报道的正文内容，讲述了一件事情的来龙去脉。</p>'
  it('is the outlet a 来源 line or a wire\'s SOURCE line names, when nothing more specific does', () => {
    expect(cleanArticle(`<p>来源：新华社</p>${BODY}`).metadata.publisher).toBe('新华社')
    expect(cleanArticle(`<p><strong>来源：</strong> 基督邮报</p>${BODY}`).metadata.publisher).toBe('基督邮报')
    const wire = cleanArticle('<p>The company reported record sales in the quarter, it said.</p><p>SOURCE Cracker Barrel Old Country Store, Inc.</p>')
    expect(wire.metadata.publisher).toBe('Cracker Barrel Old Country Store, Inc.')
    // A stated publisher comes first.
    expect(cleanArticle(`---\npublisher: 人民日报\n---\n<p>来源：新华社</p>${BODY}`).metadata.publisher).toBe('人民日报')
  })
  it.each(['网络', '综合自网络', '本站原创', '网友投稿', '互联网'])('is none for 来源：%s', (name) => {
    const result = cleanArticle(`<p>来源：${name}</p>${BODY}`)
    expect(result.metadata.publisher).toBeNull()
    expect(result.metadata.credits).toContainEqual({role: 'source', name})
  })
  it('is a feed\'s author that is also one of its categories (the channel, not a person)', () => {
    const result = cleanArticle(`---\ntitle: 亚马逊将收购iRobot\nauthor: 3DMGame\ncategories:\n - 游戏\n - 3DMGame\n---\n${BODY}`)
    expect(result.metadata.publisher).toBe('3DMGame')
    expect(result.metadata.authors).toEqual([])
    expect(result.metadata.credits).toEqual([{role: 'publisher', name: '3DMGame'}])
  })
})

describe('the top of a plain page', () => {
  it('stays open after a headline, so a date line and a title repeat under it are lifted', () => {
    const text = cleanArticle('Introducing Gemini 3.8 Flash and 3.8 Flash Cyber\n\nSep 02, 2026\n\nOur newest Gemini models deliver next-generation intelligence for agentic workflows.\n')
    expect(text.metadata.publishedAt).toBe('2026-09-02')
    expect(text.markdown).toBe('Introducing Gemini 3.8 Flash and 3.8 Flash Cyber\n\nOur newest Gemini models deliver next-generation intelligence for agentic workflows.\n')
    const kicker = cleanArticle('---\ntitle: Congestion pricing is a predictable success\n---\nUnited States | It tolls for thee\n\n# Congestion pricing is a predictable success\n\nMAURA RYAN, a speech therapist in New York City, was dreading the introduction of congestion pricing.\n')
    expect(kicker.markdown).toBe('United States | It tolls for thee\n\nMAURA RYAN, a speech therapist in New York City, was dreading the introduction of congestion pricing.\n')
  })
  it('closes after a first line that ends a sentence', () => {
    const text = cleanArticle('The council met on Monday to discuss the budget for next year.\n\nSep 02, 2026\n\nMore text follows here, as it does in any story.\n')
    expect(text.metadata.publishedAt).toBeNull()
    expect(text.markdown).toContain('Sep 02, 2026')
  })
})

describe('a Chinese agency dateline', () => {
  it('names the agency as the publisher and its reporters as authors, and stays in the text', () => {
    const result = cleanArticle('<p>新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工，交通几乎完全瘫痪。</p><p>第二段。</p>')
    expect(result.metadata).toMatchObject({publisher: '新华社', authors: ['唐霁']})
    expect(result.markdown.startsWith('新华社巴黎12月9日电（记者唐霁）法国9日')).toBe(true)
    expect(cleanArticle('<p>中新社北京3月5日电 (记者 张三 李四) 会议今天开幕，代表们陆续抵达。</p>').metadata.authors).toEqual(['张三', '李四'])
    expect(cleanArticle('<p>新华社北京1月1日电（记者张三 通讯员李四）会议今天开幕，代表们陆续抵达。</p>').metadata.authors).toEqual(['张三', '李四'])
    // Quoting an agency later in a sentence is no dateline.
    expect(cleanArticle('<p>据新华社巴黎12月9日电，法国再次爆发大罢工。</p>').metadata.publisher).toBeNull()
  })
})

describe('an English dateline\'s wire tag', () => {
  it('names the agency that wrote the story as the publisher', () => {
    expect(cleanArticle('ATLANTA (AP) — Georgia lawmakers passed a budget on Thursday that spends more on schools.\n\nThe vote was close.').metadata.publisher).toBe('AP')
    expect(cleanArticle('<p>WASHINGTON (Reuters) - The Senate voted on Tuesday to end the standoff, officials said.</p>').metadata.publisher).toBe('Reuters')
  })
  it('names a press wire as the syndicator, also under highlights or a dateline split over paragraphs', () => {
    const release = cleanArticle('<p>LEBANON, Tenn.</p><p>, May 18, 2026</p><p>/PRNewswire/ -- As Americans plan summer road trips, the company launches a program.</p><p>SOURCE Cracker Barrel Old Country Store, Inc.</p>')
    expect(release.metadata).toMatchObject({syndicator: 'PR Newswire', publisher: 'Cracker Barrel Old Country Store, Inc.'})
    const highlights = Array.from({length: 5}, (_, i) => `<p><em>Highlight number ${i + 1} of the quarter</em></p>`).join('')
    expect(cleanArticle(`${highlights}<p>GAITHERSBURG, Md., March 05, 2026 (GLOBE NEWSWIRE) -- Altimmune, Inc. today announced results.</p>`).metadata.syndicator).toBe('GlobeNewswire')
  })
  it('gives the dateline\'s date before the tag, and knows smaller wires', () => {
    const release = cleanArticle('<p>MILWAUKEE, WI, March 15, 2024 /24-7PressRelease/ -- Employee-owned Baird announced that its fund has received an award.</p>')
    expect(release.metadata).toMatchObject({syndicator: '24-7 Press Release', publishedAt: '2024-03-15'})
    expect(cleanArticle('<p>GAITHERSBURG, Md., March 05, 2026 (GLOBE NEWSWIRE) -- Altimmune, Inc. today announced results.</p>').metadata.publishedAt).toBe('2026-03-05')
    // A date after the tag, in the story, is not the dateline's.
    expect(cleanArticle('<p>ATLANTA (AP) — The law signed on March 3, 2020 takes effect next year, officials said.</p>').metadata.publishedAt).toBeNull()
  })
  it('is not any word in brackets before a dash', () => {
    expect(cleanArticle('<p>The plan (APPROVED) — or so it seemed — went ahead on Monday, they said.</p>').metadata.publisher).toBeNull()
    expect(cleanArticle('<p>Our friends (and family) -- all of them -- came to the party on Sunday.</p>').metadata).toMatchObject({publisher: null, syndicator: null})
  })
})

describe('a date line with a name after it', () => {
  it('takes a lowercase outlet for the source, and no clock, zone or connecting word', () => {
    expect(cleanArticle('<p>2026-01-02 10:00 cnBeta</p><p>这是一篇科技新闻的正文，内容足够长，讲述了一件事情。</p>').metadata.publisher).toBe('cnBeta')
    for (const rest of ['at 7:00 AM', 'ET', 'updated daily']) {
      expect(cleanArticle(`<p>March 5, 2026 ${rest}</p><p>The company today announced results for the quarter.</p>`).metadata.publisher).toBeNull()
    }
  })
})

describe('a press release\'s date line', () => {
  it('reads the time after `at`, and takes no clock for a source', () => {
    const result = cleanArticle('<p>March 5, 2026 at 7:00 AM EST</p><p>GAITHERSBURG, Md. -- Altimmune, Inc., a late clinical-stage company, today announced results.</p>')
    expect(result.metadata.publishedAt).toBe('2026-03-05T07:00:00-05:00')
    expect(result.metadata.publisher).toBeNull()
    expect(result.removed).toContainEqual({rule: 'metadata/date-line', text: 'March 5, 2026 at 7:00 AM EST'})
    expect(cleanArticle('<p>March 5, 2026 at 7:00 ET</p><p>The company today announced results for the quarter.</p>').metadata.publisher).toBeNull()
  })
})

describe('time zone of zoneless dates', () => {
  const story = (date: string, text: string, head = '') => cleanArticle(`${head}<p>${date}</p><p>${text}</p>`).metadata
  it('is UTC+9 for Japanese and Korean, UTC+8 for Chinese, none for English that quotes Chinese', () => {
    expect(story('2024年3月5日 10:30', '東京電力は5日、福島第一原子力発電所の処理水について、海洋放出を再開したと発表した。関係者によると、作業は順調に進んでいるという。').publishedAt).toBe('2024-03-05T10:30:00+09:00')
    expect(story('2024-03-05 10:30', '서울시는 5일 오전 시청에서 기자회견을 열고 새로운 교통 정책을 발표했다고 밝혔다. 시민들의 반응은 대체로 긍정적이었다.').publishedAt).toBe('2024-03-05T10:30:00+09:00')
    expect(story('2024-03-05 10:30', '北京时间周二上午，国家统计局发布了最新的经济数据，显示一季度国内生产总值同比增长百分之五点三。').publishedAt).toBe('2024-03-05T10:30:00+08:00')
    expect(story('2024-03-05 10:30', 'The chest was found by a man who asked not to be named, the poet said in a post linked from a page titled 中文翻译 on his site.').publishedAt).toBe('2024-03-05T10:30:00')
  })
  it('follows a declared language, falls back to ideographs in a short body, and yields to the option', () => {
    const page = (lang: string) => `<html lang="${lang}"><head><title>t</title></head><body><p>2024年3月5日 10:30</p><p>速報</p></body></html>`
    expect(cleanArticle(page('ja')).metadata.publishedAt).toBe('2024-03-05T10:30:00+09:00')
    expect(cleanArticle(page('zh-TW')).metadata.publishedAt).toBe('2024-03-05T10:30:00+08:00')
    expect(story('2024年3月5日 10:30', '短讯').publishedAt).toBe('2024-03-05T10:30:00+08:00')
    expect(cleanArticle('<p>2024年3月5日 10:30</p><p>東京電力は5日、福島第一原子力発電所の処理水について、海洋放出を再開したと発表した。関係者によると、作業は順調に進んでいるという。</p>', {timeZone: '-05:00'}).metadata.publishedAt).toBe('2024-03-05T10:30:00-05:00')
  })
})

describe('publishers', () => {
  it('maps hosts and path prefixes', () => {
    expect(publisherForUrl('https://www.voachinese.com/a/x.html')).toBe('美国之音')
    expect(publisherForUrl('https://www.bbc.com/zhongwen/simp/world-1')).toBe('BBC中文')
    expect(publisherForUrl('https://www.bbc.com/news/world-1')).toBe('BBC')
    expect(publisherForUrl('https://cn.nytimes.com/china/2020/')).toBe('纽约时报中文网')
    expect(publisherForUrl('https://example.com/dw.com')).toBeNull()
    expect(publisherForUrl('https://news.qq.com/a/1.htm')).toBe('腾讯')
    expect(publisherForUrl('https://mp.weixin.qq.com/s/4luS4b6bWuL9ecCB4qZrEg')).toBeNull()
    expect(publisherForUrl('https://zhuanlan.zhihu.com/p/36086251')).toBeNull()
    expect(publisherForUrl('https://cn.nikkei.com/columnviewpoint/column/35640.html')).toBe('日经中文网')
    expect(publisherForUrl('not a url')).toBeNull()
  })
  it('reads names in datelines', () => {
    expect(publisherInDateline('(德国之声中文网) 路透社周二报导')).toBe('德国之声')
    expect(publisherInDateline('【看中国2020年9月1日讯】正当')).toBe('看中国')
    expect(publisherInDateline('（图）某某')).toBeNull()
    expect(publisherInDateline('【明慧网二零一八年八月十五日】布尔诺')).toBe('明慧网')
    expect(publisherInDateline('【明慧网2000年8月5日】')).toBe('明慧网')
    expect(publisherInDateline('【某某人2000年8月5日】')).toBeNull()
    expect(publisherInDateline('【2000年8月5日】')).toBeNull()
    expect(publisherInDateline('【据台湾中央社2000年8月5日】')).toBeNull()
  })
})

describe('metadata lines in the body', () => {
  it('reads a date anywhere in a repost note at the top, and a 来源 line that is only a URL', () => {
    const note = cleanArticle('<p><code>郭文贵MILES 2020-09-23T09:09:20</code> <a href="https://gtv.org/video/1">轉載自GTV</a></p><p>硅谷银行爆雷，触发了美国数字货币危机。</p>')
    expect(note.metadata.publishedAt).toBe('2020-09-23T09:09:20+08:00')
    expect(note.metadata.syndicator).toBe('GTV')
    const source = cleanArticle('# Toyota recalls\n\n> 来源：[https://scrippsnews.com/stories/x/](https://scrippsnews.com/stories/x/)\n\n丰田正在召回数千辆旧车型。\n')
    expect(source.metadata.url).toBe('https://scrippsnews.com/stories/x/')
    expect(source.markdown).toBe('丰田正在召回数千辆旧车型。\n')
    expect(source.removed).toContainEqual({rule: 'metadata/url-line', text: '来源：https://scrippsnews.com/stories/x/'})
  })

  it('reads the date opening a repost note, and a 原文連接 link as the original with no syndicator name', () => {
    const note = cleanArticle('<p><code>2023-03-11 23:36 韩国正道农场Gnews</code> <a href="https://gnews.org/articles/1005515">轉載自GNews</a></p><p>硅谷银行爆雷，触发了美国数字货币危机。</p>')
    expect(note.metadata.publishedAt).toBe('2023-03-11T23:36:00+08:00')
    expect(note.metadata.url).toBe('https://gnews.org/articles/1005515')
    expect(note.metadata.syndicator).toBe('GNews')
    const closing = cleanArticle('<p>硅谷银行爆雷，触发了美国数字货币危机。</p><p><a href="https://gnews.org/zh-hans/640673/">原文連接</a></p>')
    expect(closing.metadata.url).toBe('https://gnews.org/zh-hans/640673/')
    expect(closing.metadata.syndicator).toBe(null)
    expect(closing.markdown).toBe('硅谷银行爆雷，触发了美国数字货币危机。\n')
  })

  it('reads a line beside an image as a line of its own, and removing it keeps the image', () => {
    const image = 'https://example.com/a.png'
    const result = cleanArticle(`<p><img src="${image}"><span>作者：香港特约记者 甄树基</span></p><p>正文第一段，这里是很长的一段正文内容。</p>`)
    expect(result.metadata.authors).toEqual(['甄树基'])
    expect(result.metadata.images.map((entry) => entry.src)).toEqual([image])
    expect(result.markdown).toBe(`![](${image})\n\n正文第一段，这里是很长的一段正文内容。\n`)
  })

  it('finds the blocks inside an italic left open around them', () => {
    const result = cleanArticle('<div><i>Mon, 17 Aug 2020 15:53:13 GMT<div>正文第一段，这里是很长的一段正文内容。</div></i></div>')
    expect(result.metadata.publishedAt).toBe('2020-08-17T15:53:13Z')
    expect(result.markdown).toBe('*正文第一段，这里是很长的一段正文内容。*\n')
  })

  it('lifts a top date line, credit lines and a title repeat, and keeps real paragraphs', () => {
    const input = '---\ntitle: 标题在此\n---\n<p>标题在此</p><div><i>Thu, 02 Jul 2020 18:28:24 +0000</i></div>'
      + '<p>文|张三</p><p>正文第一段，编辑部的人说了很多话。记者会上没有回答。</p><p>责任编辑：李四</p>'
    const result = cleanArticle(input)
    expect(result.metadata.title).toBe('标题在此')
    expect(result.metadata.publishedAt).toBe('2020-07-02T18:28:24Z')
    expect(result.metadata.authors).toEqual(['张三'])
    expect(result.metadata.credits).toEqual([{role: 'author', name: '张三'}, {role: 'editor', name: '李四'}])
    expect(result.markdown).toBe('正文第一段，编辑部的人说了很多话。记者会上没有回答。\n')
    expect(result.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['metadata/title-repeat', 'metadata/date-line', 'metadata/credit-line']))
  })

  it('reads a dateline opening a paragraph without removing it', () => {
    const result = cleanArticle('<p>【看中国2020年9月1日讯】正当美国政府发布禁令之际，北京当局修改了规则。</p>')
    expect(result.metadata.publishedAt).toBe('2020-09-01')
    expect(result.metadata.publisher).toBe('看中国')
    expect(result.markdown).toBe('【看中国2020年9月1日讯】正当美国政府发布禁令之际，北京当局修改了规则。\n')
  })

  it('reads a source name before a date with a time (a WeChat export\'s account line)', () => {
    const result = cleanArticle('# 标题在此\n\n FreeBuf   2025-07-07 11:02\n\n正文第一段，这里是文章的内容，很长很长的一句话。\n')
    expect(result.metadata.publisher).toBe('FreeBuf')
    expect(result.metadata.publishedAt).toBe('2025-07-07T11:02:00+08:00')
    expect(result.markdown).toBe('正文第一段，这里是文章的内容，很长很长的一句话。\n')
    expect(result.removed).toContainEqual({rule: 'metadata/dateline', text: 'FreeBuf 2025-07-07 11:02'})
  })

  it('reads a source after its label on a date line, and no source from a poster\'s location', () => {
    const body = '<p>正文第一段，这里是文章的内容，很长很长的一句话。</p>'
    const labelled = cleanArticle(`<p>2015年02月11日 18:17 来源：国际在线</p>${body}`)
    expect(labelled.metadata.publisher).toBe('国际在线')
    expect(labelled.metadata.publishedAt).toBe('2015-02-11T18:17:00+08:00')
    const located = cleanArticle(`<p>2022年12月12日 13:35:07 来自上海市</p>${body}`)
    expect(located.metadata.publisher).toBeNull()
    expect(located.metadata.publishedAt).toBe('2022-12-12T13:35:07+08:00')
    expect(located.markdown).toBe('正文第一段，这里是文章的内容，很长很长的一句话。\n')
  })

  it.each([
    ['a date without a time', '华盛顿 2025-07-07'],
    ['a byline', 'By Jane Doe 2025-07-07 11:02'],
    ['a label', 'Note: 2025-07-07 11:02'],
    ['a phrase with digits', '第3版 2025-07-07 11:02']
  ])('takes no source name before a date from %s', (_, line) => {
    const result = cleanArticle(`<p>${line}</p><p>正文第一段，这里是文章的内容，很长很长的一句话。</p>`)
    expect(result.metadata.publisher).toBeNull()
    expect(result.markdown).toContain(line.slice(0, 2))
  })

  it.each([
    ['Reposted from Hong Kong Free Press: https://hongkongfp.com/2019/03/21/x/', 'https://hongkongfp.com/2019/03/21/x/', 'Hong Kong Free Press'],
    ['<em>圖文轉自無國界記者組織: <a href="https://rsf.org/en/news/x">https://rsf.org/en/news/x</a></em>', 'https://rsf.org/en/news/x', '無國界記者組織'],
    ['<em>Originally published at <a href="https://usertourkit.com/blog/x">usertourkit.com</a></em>', 'https://usertourkit.com/blog/x', 'usertourkit.com'],
    ['<strong>Originally published at <a href="https://finovo.tech/blog/x">finovo.tech/blog/x</a></strong> — the canonical version has the latest updates.', 'https://finovo.tech/blog/x', 'finovo.tech'],
    ['Originally published at https://bashsnippets.xyz/snippets/x', 'https://bashsnippets.xyz/snippets/x', null]
  ])('reads a repost line after the body as the original URL and outlet: %s', (line, url, publisher) => {
    const result = cleanArticle(`<p>正文第一段，这里是文章的内容，很长很长的一句话。</p><p>${line}</p>`)
    expect(result.metadata.url).toBe(url)
    expect(result.metadata.publisher).toBe(publisher)
    expect(result.markdown).toBe('正文第一段，这里是文章的内容，很长很长的一句话。\n')
    expect(result.removed.map((entry) => entry.rule)).toEqual(['metadata/repost-line'])
  })

  it.each([
    ['a link inside prose', '<p>摘自<a href="https://example.com/memoir">他的回忆录</a>的一段话，写于一九八九年。</p>'],
    ['two links', '<p>Reposted from <a href="https://a.example/x">A</a> and <a href="https://b.example/y">B</a></p>'],
    ['no address at all', '<p>转自朋友圈</p>']
  ])('keeps a line that only looks like a repost line: %s', (_, html) => {
    const body = '<p>正文第一段，这里是文章的内容，很长很长的一句话。</p>'
    const result = cleanArticle(body + html)
    expect(result.metadata.url).toBeNull()
    expect(result.removed.filter((entry) => entry.rule === 'metadata/repost-line')).toEqual([])
  })

  it.each([
    ['<p>标签：<a href="/t/1">美容</a> <a href="/t/2">变性人</a> <a href="/t/3">泰国</a></p>', ['美容', '变性人', '泰国']],
    ['<p><strong>标签：</strong> 变性手术, 卫生部, 医疗管理</p>', ['变性手术', '卫生部', '医疗管理']],
    ['<p>标签： 性别意识形态、变性手术、青少年</p>', ['性别意识形态', '变性手术', '青少年']],
    ['<ul><li>话题：读书会</li></ul>', ['读书会']],
    ['<p>Tags: Docker, DevOps, Linux</p>', ['Docker', 'DevOps', 'Linux']],
    ['<p>keywords: trump white withdrawal</p>', ['trump', 'white', 'withdrawal']]
  ])('reads a tag line as tags and removes it: %s', (line, tags) => {
    const result = cleanArticle(`<p>正文第一段，这里是文章的内容，很长很长的一句话。</p>${line}`)
    expect(result.metadata.tags).toEqual(tags)
    expect(result.markdown).toBe('正文第一段，这里是文章的内容，很长很长的一句话。\n')
  })

  it('keeps a sentence after a tag label', () => {
    const line = '<p>关键词：这篇文章说明了很多东西，值得一读。</p>'
    const result = cleanArticle(`<p>正文第一段，这里是文章的内容，很长很长的一句话。</p>${line}`)
    expect(result.metadata.tags).toEqual([])
    expect(result.markdown).toContain('关键词：这篇文章说明了很多东西，值得一读。')
  })

  it('reads the link of a line repeating the title as where the clipping was made, after what the body states', () => {
    const clipping = '# NASA 成功测试火箭发动机 - IT之家\n[NASA 成功测试火箭发动机 - IT之家](https://www.ithome.com/0/670/079.htm)\n\n正文第一段，这里是文章的内容，很长很长的一句话。\n'
    const result = cleanArticle(clipping)
    expect(result.metadata.url).toBe('https://www.ithome.com/0/670/079.htm')
    expect(result.markdown).toBe('正文第一段，这里是文章的内容，很长很长的一句话。\n')
    const stated = cleanArticle(`${clipping}\n原文链接：https://mp.weixin.qq.com/s/abc\n`)
    expect(stated.metadata.url).toBe('https://mp.weixin.qq.com/s/abc')
  })

  it('reads a clipper\'s page title over the headline: the headline is the title, and both lines go', () => {
    const clipping = '泰国有望立法承认第三性别(图)|美容|变性人_凤凰资讯\n\n![](https://img.test/a.png)\n\n# 泰国有望立法承认第三性别(图)\n\n正文第一段，这里是文章的内容，很长很长的一句话。\n'
    const result = cleanArticle(clipping)
    expect(result.metadata.title).toBe('泰国有望立法承认第三性别')
    expect(result.removed.filter((r) => r.rule.startsWith('metadata/'))).toEqual([
      {rule: 'metadata/page-title', text: '泰国有望立法承认第三性别(图)|美容|变性人_凤凰资讯'},
      {rule: 'metadata/title-repeat', text: '泰国有望立法承认第三性别(图)'}
    ])
    expect(result.markdown).toBe('![](https://img.test/a.png)\n\n正文第一段，这里是文章的内容，很长很长的一句话。\n')
    expect(cleanArticle(result.markdown).markdown).toBe(result.markdown)
    // A first line whose head is not repeated below stays, and is no title.
    const lone = cleanArticle('卫生部发布新规_资讯_凤凰网\n\n正文第一段，这里是文章的内容，很长很长的一句话。\n')
    expect(lone.metadata.title).toBeNull()
    expect(lone.markdown).toContain('卫生部发布新规_资讯_凤凰网')
  })

  it('reads the link of a dateline\'s source as the original when it addresses an article, not a site', () => {
    const body = '\n\n正文第一段，这里是文章的内容，很长很长的一句话。\n'
    const linked = cleanArticle(`2015年02月11日 18:17 来源：[国际在线](http://gb.cri.cn/42071/2015/02/11/5311s4872327.htm)${body}`)
    expect(linked.metadata.url).toBe('http://gb.cri.cn/42071/2015/02/11/5311s4872327.htm')
    expect(linked.metadata.publisher).toBe('国际在线')
    expect(linked.markdown).toBe('正文第一段，这里是文章的内容，很长很长的一句话。\n')
    expect(cleanArticle(`2009年11月21日 08:03:38 [浙江在线新闻网站](http://www.zjol.com.cn/)${body}`).metadata.url).toBeNull()
  })

  it('takes no kicker before an early separator for the title', () => {
    const result = cleanArticle('---\ntitle: "Opinion | Why the Fed is wrong about inflation - The New York Times"\n---\nOpinion\n\nThe Federal Reserve raised rates again on Wednesday, officials said.\n')
    expect(result.metadata.title).toBe('Opinion | Why the Fed is wrong about inflation - The New York Times')
    expect(result.markdown.startsWith('Opinion\n')).toBe(true)
  })

  it('takes a known title\'s part before any site separator, not only the last, as the title a top line repeats', () => {
    const result = cleanArticle('<html><head><title>泰国立法承认第三性别 | 美容 | 凤凰资讯</title></head><body><h1>泰国立法承认第三性别</h1><p>正文第一段，这里是文章的内容，很长很长的一句话。</p></body></html>')
    expect(result.metadata.title).toBe('泰国立法承认第三性别')
    expect(result.markdown).toBe('正文第一段，这里是文章的内容，很长很长的一句话。\n')
  })

  it('reads a lower heading opening the body as the title when no heading outranks or matches it, and keeps it', () => {
    const scraped = '## SIA secures $10 billion of liquidity\n\nkeywords: shares combat rights\n\nThe airline said on Monday that it had secured the money, in a filing.\n\n### What comes next\n\nMore text follows here.\n'
    const result = cleanArticle(scraped)
    expect(result.metadata.title).toBe('SIA secures $10 billion of liquidity')
    expect(result.markdown.startsWith('## SIA secures $10 billion of liquidity\n')).toBe(true)
    expect(cleanArticle(result.markdown).metadata.title).toBe('SIA secures $10 billion of liquidity')
    // Two headings of that level are sections, and a label is no title.
    expect(cleanArticle('## 背景\n\n第一段的内容在这里，写得很长很长。\n\n## 结论\n\n第二段的内容在这里。\n').metadata.title).toBeNull()
    expect(cleanArticle('## 摘要：\n\n第一段的内容在这里，写得很长很长。\n').metadata.title).toBeNull()
  })

  it('reads a portal\'s note that the article comes from a WeChat account: account, link and credits', () => {
    const body = '<p>正文第一段，这里是文章的内容，很长很长的一句话。</p>'
    const ithome = cleanArticle(`${body}<p>本文来自微信公众号：<a href="https://mp.weixin.qq.com/s/6u33">量子位 （ID：QbitAI）</a>，作者：金磊 梦晨</p>`)
    expect(ithome.metadata.url).toBe('https://mp.weixin.qq.com/s/6u33')
    expect(ithome.metadata.publisher).toBe('量子位')
    expect(ithome.metadata.authors).toEqual(['金磊', '梦晨'])
    expect(ithome.markdown).toBe('正文第一段，这里是文章的内容，很长很长的一句话。\n')
    const kr = cleanArticle(`${body}<p>本文来自微信公众号<a href="https://mp.weixin.qq.com/s/M79k">“CSDN”（ID:CSDNnews）</a>，整理：郑丽媛，36氪经授权发布。</p>`)
    expect(kr.metadata.publisher).toBe('CSDN')
    expect(kr.metadata.syndicator).toBe('36氪')
    expect(kr.metadata.credits).toEqual([{role: 'editor', name: '郑丽媛'}])
    expect(kr.removed.map((entry) => entry.rule)).toEqual(['metadata/account-source'])
  })

  it('keeps an account note with a clause it cannot read', () => {
    const html = '<p>正文第一段，这里是文章的内容，很长很长的一句话。</p><p>本文来自微信公众号量子位，我们很喜欢它的文章</p>'
    expect(cleanArticle(html).removed).toEqual([])
  })

  it('reads a scraper\'s header fields under a long heading (authors, publish date, original link)', () => {
    const input = '## SIA secures $10 billion of liquidity to combat Covid-19 fallout\n\n' +
      'keywords: shares combat rights credit issue singapore secured liquidity period fallout sia\n\n' +
      'authors: Jean Iau\n\npublish date: 2020-06-08 10:58:06+08:00\n\n' +
      'SINGAPORE - Singapore Airlines has secured $10 billion of liquidity, it said on Monday.\n'
    const {metadata, removed} = cleanArticle(input)
    expect(metadata.authors).toEqual(['Jean Iau'])
    expect(metadata.publishedAt).toBe('2020-06-08T10:58:06+08:00')
    expect(metadata.tags).toEqual(['shares', 'combat', 'rights', 'credit', 'issue', 'singapore', 'secured', 'liquidity', 'period', 'fallout', 'sia'])
    expect(removed.map((entry) => entry.rule)).toEqual(['metadata/tag-line', 'metadata/credit-line', 'metadata/date-line'])
  })

  it('ends the top at a long paragraph that is not a header field', () => {
    const input = 'Note: the figures below are from the company, which did not say more.\n\npublish date: 2020-06-08\n'
    expect(cleanArticle(input).metadata.publishedAt).toBeNull()
  })

  it('keeps a date in the middle of the body', () => {
    const result = cleanArticle('<p>第一段文字比较长，足以成为正文的开头部分，不是元数据。</p><p>2020年9月1日</p>')
    expect(result.metadata.publishedAt).toBeNull()
    expect(result.markdown).toContain('2020年9月1日')
  })

  it('reads a repost note as url and syndicator', () => {
    const result = cleanArticle('[轉載自GNews](https://gnews.org/zh-hans/2442437/)\n\n正文第一段，这里是文章的内容，很长很长的一句话。\n')
    expect(result.metadata.url).toBe('https://gnews.org/zh-hans/2442437/')
    expect(result.metadata.syndicator).toBe('GNews')
    expect(result.markdown).toBe('正文第一段，这里是文章的内容，很长很长的一句话。\n')
  })

  it('reads a repost note whose label is split over inline elements', () => {
    const result = cleanArticle('<p><a href="https://gnews.org/zh-hans/1/">转<b>载自</b> GNews</a></p><p>正文第一段，这里是文章的内容，很长很长的一句话。</p>')
    expect(result.metadata.url).toBe('https://gnews.org/zh-hans/1/')
    expect(result.metadata.syndicator).toBe('GNews')
    expect(result.markdown).toBe('正文第一段，这里是文章的内容，很长很长的一句话。\n')
  })

  it('builds an excerpt cut at a sentence end', () => {
    const long = '这是第一句话。' + '这是一句很长的话'.repeat(20) + '。'
    expect(cleanArticle(`<p>${long}</p>`).metadata.excerpt).toBe('这是第一句话。')
    expect(cleanArticle('<p>没有句号的一行</p>').metadata.excerpt).toBeNull()
  })

  it('cuts a lede whose first sentence is too long at a word, or anywhere without spaces, rather than skip to a later paragraph', () => {
    const lede = 'A suicide bomber thought to be from Syria killed at least 10 people, many of them German tourists, in the historic heart of the city on Tuesday, an attack senior security officials said was probably planned by Islamic State.'
    const {excerpt} = cleanArticle(`<p>${lede}</p><p>Several bodies lay on the ground.</p>`).metadata
    expect(excerpt).toBe('A suicide bomber thought to be from Syria killed at least 10 people, many of them German tourists, in the historic heart of the city on Tuesday, an attack…')
    expect([...excerpt!].length).toBeLessThanOrEqual(160)
    // A first piece that ends no sentence (an abbreviation's full stop) is passed over, as before.
    expect(cleanArticle("<p>Image courtesy of St. Jude Children's Research Hospital</p><p>The hospital announced a new treatment on Monday. It works.</p>").metadata.excerpt)
      .toBe('The hospital announced a new treatment on Monday. It works.')
    const han = '这是一句很长的话'.repeat(25) + '。'
    expect(cleanArticle(`<p>${han}</p><p>第二段。</p>`).metadata.excerpt).toBe(han.slice(0, 159) + '…')
  })
})

describe('<time datetime>', () => {
  it('gives the date when nothing else states one; the visible text stays, unless it is a relative time', () => {
    const relative = cleanArticle('<main><div><time datetime="2020-10-09">13 分钟前</time></div><p>世界贸易组织新任总干事的选举进入最后阶段。</p></main>')
    expect(relative.metadata.publishedAt).toBe('2020-10-09')
    expect(relative.markdown).toBe('世界贸易组织新任总干事的选举进入最后阶段。\n')
    expect(relative.removed).toContainEqual({rule: 'generic/relative-time', text: '13 分钟前'})
    const absolute = cleanArticle('<main><div><time datetime="2020-10-09">十月九日</time></div><p>世界贸易组织新任总干事的选举进入最后阶段。</p></main>')
    expect(absolute.metadata.publishedAt).toBe('2020-10-09')
    expect(absolute.markdown).toContain('十月九日')
  })

  it('yields to a date line, a dateline, front matter and <meta>', () => {
    const time = '<p><time datetime="2019-01-01">去年元旦</time></p><p>会议举行了。</p>'
    expect(cleanArticle(`<p>日期：2020-07-02</p>${time}`).metadata.publishedAt).toBe('2020-07-02')
    expect(cleanArticle(`<p>【大纪元2018年05月18日讯】正文很长的一段话在这里。</p>${time}`).metadata.publishedAt).toBe('2018-05-18')
    expect(cleanArticle(`---\ndate: 2020-08-17\n---\n${time}`).metadata.publishedAt).toBe('2020-08-17')
    expect(cleanArticle(`<html><head><meta property="article:published_time" content="2020-08-17"></head><body>${time}</body></html>`).metadata.publishedAt).toBe('2020-08-17')
  })

  it('ignores a <time> without a datetime, and a date inside a sentence', () => {
    expect(cleanArticle('<p><time>13 分钟前</time></p><p>正文。</p>').metadata.publishedAt).toBeNull()
    expect(cleanArticle('<p>会议在<time datetime="2019-01-01">去年元旦</time>举行。</p>').metadata.publishedAt).toBeNull()
  })
})

describe('full HTML pages', () => {
  const page = '<!doctype html><html lang="zh-TW"><head><title>標題 - 美國之音</title>'
    + '<meta property="og:title" content="國會選舉的標題 | 美国之音">'
    + '<meta property="article:published_time" content="2020-08-17T15:53:13+00:00">'
    + '<link rel="canonical" href="https://www.voachinese.com/a/x/1.html">'
    + '<meta name="keywords" content="香港, 國安法">'
    + '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"王五"},"publisher":{"name":"美国之音"}}</script>'
    + '</head><body><p>這是一個關於國會選舉的報道，他們說時間還沒有到。</p></body></html>'

  it('reads <head> before sanitizing, when rehypeCollectPageMetadata runs first', async () => {
    const {fromHtml} = await import('hast-util-from-html')
    const {unified} = await import('unified')
    const {VFile} = await import('vfile')
    const {rehypeCollectPageMetadata, rehypeArticleMetadata} = await import('../src/index.js')
    const file = new VFile()
    unified().use(rehypeCollectPageMetadata).use(rehypeArticleMetadata).runSync(fromHtml(page), file)
    const meta = file.data.article!
    expect(meta.title).toBe('國會選舉的標題')
    expect(meta.url).toBe('https://www.voachinese.com/a/x/1.html')
    expect(meta.publishedAt).toBe('2020-08-17T15:53:13Z')
    expect(meta.publisher).toBe('美国之音')
    expect(meta.authors).toEqual(['王五'])
    expect(meta.tags).toEqual(['香港', '國安法'])
    expect(meta.lang).toBe('zh-Hant')
  })

  it('keeps a title whose dash is part of it', async () => {
    const {fromHtml} = await import('hast-util-from-html')
    const {unified} = await import('unified')
    const {VFile} = await import('vfile')
    const {rehypeCollectPageMetadata, rehypeArticleMetadata} = await import('../src/index.js')
    const file = new VFile()
    unified().use(rehypeCollectPageMetadata).use(rehypeArticleMetadata)
      .runSync(fromHtml('<html><head><title>COVID-19 - a year later</title></head><body><p>x</p></body></html>'), file)
    expect(file.data.article!.title).toBe('COVID-19 - a year later')
  })
})

describe('closing source line', () => {
  it.each([
    ['<p>正文第一段。</p><p>(路透社)</p>', '正文第一段。\n', [{role: 'source', name: '路透社'}]],
    ['<p>正文。</p><p>（法新社、美联社）</p>', '正文。\n', [{role: 'source', name: '法新社'}, {role: 'source', name: '美联社'}]],
    ['<p>Body text here.</p><p>(Reuters, AP)</p>', 'Body text here.\n', [{role: 'source', name: 'Reuters'}, {role: 'source', name: 'AP'}]]
  ])('lifts the agencies of %j', (html, markdown, credits) => {
    const result = cleanArticle(html)
    expect(result.markdown).toBe(markdown)
    expect(result.metadata.credits).toEqual(credits)
    expect(result.removed.map((r) => r.rule)).toEqual(['metadata/source-line'])
  })

  it.each([
    '<p>正文。</p><p>（未完待续）</p>', '<p>正文。</p><p>(Updated)</p>',
    '<p>正文（路透社）</p>', '<p>(路透社)</p>', '<p>(路透社)</p><p>正文在后面。</p>',
    '<p>正文。</p><p>（全文结束）</p>', '<p>正文。</p><p>(2000年8月3日稿)</p>', '<p>正文。</p><p>(点阅率统计)</p>'
  ])('keeps %j', (html) => {
    const result = cleanArticle(html)
    expect(result.metadata.credits).toEqual([])
    expect(result.removed).toEqual([])
  })

  it('is no archive code with a date in brackets', () => {
    const result = cleanArticle('<p>第一段正文，这里是文章的内容。</p><p>(XYS20150130)</p>')
    expect(result.metadata.publisher).toBeNull()
    expect(result.metadata.credits).toEqual([])
  })
  it('takes no agency from a closing （完）, which the end-marker rule drops', () => {
    const result = cleanArticle('<p>正文。</p><p>（完）</p>')
    expect(result.metadata.credits).toEqual([])
    expect(result.removed).toEqual([{rule: 'generic/end-marker', text: '（完）'}])
  })
})

describe('credit lines run together', () => {
  it('reads each credit of a run whose line break was lost', () => {
    expect(parseCreditLine('编辑：东京樱花团/喜马拉雅的微尘发布：东京樱花团/yuxingcao01')).toEqual([
      {role: 'source', name: '东京樱花团'}, {role: 'editor', name: '喜马拉雅的微尘'},
      {role: 'source', name: '东京樱花团'}, {role: 'publisher', name: 'yuxingcao01'}
    ])
    expect(parseCreditLine('编辑：张三 责任编辑：李四')).toEqual([{role: 'editor', name: '张三'}, {role: 'editor', name: '李四'}])
  })

  it('is not fooled by a sentence that holds labels', () => {
    expect(parseCreditLine('他说：编辑：不对')).toBeNull()
    expect(parseCreditLine('作者：张三。编辑：李四')).toBeNull()
  })
})

describe('credit lines in brackets', () => {
  it.each([
    ['（特约记者：冰凌；责编：寇天力）', [{role: 'author', name: '冰凌'}, {role: 'editor', name: '寇天力'}]],
    ['（特约记者：天溢 ）', [{role: 'author', name: '天溢'}]],
    ['(责任编辑：王小明)', [{role: 'editor', name: '王小明'}]],
    ['特约记者：刘水', [{role: 'author', name: '刘水'}]],
    ['本台记者：张三', [{role: 'author', name: '张三'}]],
    ['----作者：晓菊', [{role: 'author', name: '晓菊'}]],
    ['—— 编辑：张三', [{role: 'editor', name: '张三'}]]
  ])('%s', (line, credits) => {
    expect(parseCreditLine(line)).toEqual(credits)
  })

  it.each([
    '（完）',
    '（记者会上，发言人拒绝回答问题）',
    '（编辑：张三；他说这不对。）',
    '（编辑：张三；完）',
    '（编辑：张三',
    '（）',
    '----',
    '-作者：晓菊',
    '—— 他说：不对'
  ])('is not a credit line: %s', (line) => {
    expect(parseCreditLine(line)).toBeNull()
  })

  it('lifts a closing bracketed credit line out of the body', () => {
    const result = cleanArticle('<p>韩国、美国和日本的六方会谈代表团长星期二在首尔聚首，就朝核问题的解决交换了意见。</p><p>（特约记者：冰凌；责编：寇天力）</p>')
    expect(result.markdown).toBe('韩国、美国和日本的六方会谈代表团长星期二在首尔聚首，就朝核问题的解决交换了意见。\n')
    expect(result.metadata.credits).toEqual([{role: 'author', name: '冰凌'}, {role: 'editor', name: '寇天力'}])
    expect(result.metadata.authors).toEqual(['冰凌'])
  })
})

describe('title media markers', () => {
  it.each([
    ['中国技术出口新规 夹缝中的TikTok会如何抉择？(图)', '中国技术出口新规 夹缝中的TikTok会如何抉择？'],
    ['标题（组图）', '标题'],
    ['标题 [视频]', '标题'],
    ['(图)', '(图)'],
    ['图说（图）的来历', '图说（图）的来历']
  ])('%j → %j', (title, expected) => {
    expect(cleanArticle(`---\ntitle: "${title}"\n---\n正文。`).metadata.title).toBe(expected)
  })
})

describe('full HTML pages through cleanArticle', () => {
  it('reads <head> before cleaning and drops the repeated <h1>', () => {
    const page = '<!doctype html><html lang="en"><head><title>Night buses return - Example News</title>' +
      '<meta property="og:site_name" content="Example News"><link rel="canonical" href="https://news.example.com/a/1">' +
      '<meta property="article:published_time" content="2024-03-05T08:00:00Z"><meta name="keywords" content="transport, council">' +
      '</head><body><h1>Night buses return</h1><p>The council voted on Monday to bring back the night buses.</p></body></html>'
    const {markdown, metadata} = cleanArticle(page)
    expect(markdown).toBe('The council voted on Monday to bring back the night buses.\n')
    expect(metadata).toMatchObject({
      title: 'Night buses return', url: 'https://news.example.com/a/1', publisher: 'Example News',
      publishedAt: '2024-03-05T08:00:00Z', tags: ['transport', 'council'], lang: 'en'
    })
  })
})

describe('source notes at the top', () => {
  it.each([
    ['原文来自 ~~[微信公众号现代法学前沿](https://mp.weixin.qq.com/s/4luS4b6bWuL9ecCB4qZrEg)~~ ，已 404。\n\n约谈是学校管理的一种手段，也被视为现代柔性管理的方式之一。\n', 'https://mp.weixin.qq.com/s/4luS4b6bWuL9ecCB4qZrEg'],
    ['<p>文章来自知乎：<a href="http://zhuanlan.zhihu.com/p/36086251">呼吁高校学生声援</a></p><p>近日，一封公开信引爆了舆论。</p>', 'http://zhuanlan.zhihu.com/p/36086251'],
    ['<p>信息源自豆瓣： <a href="https://www.douban.com/note/667163648/">对五个问题的看法</a></p><p>对于岳同学的行为，我们要将之区分为两个层面。</p>', 'https://www.douban.com/note/667163648/'],
    ['出自微信订阅号「我的票圈」：~~[渣浪你好，我是同性恋](http://mp.weixin.qq.com/s/xw7oq___VCggJx9ex8deNw)~~\n\n新浪微博再一次突破了它的下限，很多人感到愤怒。\n', 'http://mp.weixin.qq.com/s/xw7oq___VCggJx9ex8deNw']
  ])('takes the linked source as the original URL and keeps the note: %j', (input, url) => {
    const result = cleanArticle(input)
    expect(result.metadata.url).toBe(url)
    expect(result.removed).toEqual([])
    expect(result.markdown).toContain(url)
    expect(result.metadata.excerpt).not.toMatch(/来自|源自/)
  })

  it.each([
    '<p>来自北京的消息称，<a href="https://x.test/a">某公司</a>今天宣布了一项决定。</p><p>正文第二段在这里。</p>',
    '<p>正文第一段很长，说了很多事情，没有任何来源。</p><p>文章来自知乎：<a href="http://zhuanlan.zhihu.com/p/1">标题</a></p><p>第三段。</p><p>第四段。</p><p>第五段。</p><p>第六段。</p><p>第七段。</p><p>第八段。</p><p>第九段。</p>'
  ])('leaves the URL unknown for a link in a sentence or below the top: %j', (input) => {
    expect(cleanArticle(input).metadata.url).toBeNull()
  })
})

describe('closing bylines', () => {
  it.each([
    ['<p>正文第一段。</p><p>杨威廉/邹宗翰 (路透社)</p>', [{role: 'author', name: '杨威廉'}, {role: 'author', name: '邹宗翰'}, {role: 'source', name: '路透社'}]],
    ['<p>正文第一段。</p><p>文山/叶宣/(印度时报等)</p>', [{role: 'author', name: '文山'}, {role: 'author', name: '叶宣'}, {role: 'source', name: '印度时报'}]],
    ['<p>正文第一段。</p><p>雨涵/洪沙（德新社、法新社、路透社）</p>', [
      {role: 'author', name: '雨涵'}, {role: 'author', name: '洪沙'},
      {role: 'source', name: '德新社'}, {role: 'source', name: '法新社'}, {role: 'source', name: '路透社'}
    ]],
    ['<p>正文第一段。</p><p>雨涵/洪沙</p>', [{role: 'author', name: '雨涵'}, {role: 'author', name: '洪沙'}]],
    ['<p>正文第一段。</p><p>李澄欣/张慈（综合报导）</p>', [{role: 'author', name: '李澄欣'}, {role: 'author', name: '张慈'}]]
  ])('lifts the names and sources of %j', (html, credits) => {
    const result = cleanArticle(html)
    expect(result.markdown).toBe('正文第一段。\n')
    expect(result.metadata.credits).toEqual(credits)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['metadata/byline'])
  })

  it.each([
    '<p>正文第一段。</p><p>中美/美中关系</p><p>最后一段是正文。</p>',
    '<p>正文第一段。</p><p>上海/北京/广州/深圳/天津</p>',
    '<p>正文第一段。</p><p>雨涵 洪沙</p>',
    '<p>正文第一段。</p><p>雨涵/洪沙（完）</p>',
    '<p>雨涵/洪沙</p>'
  ])('keeps %j', (html) => {
    const result = cleanArticle(html)
    expect(result.metadata.credits).toEqual([])
    expect(result.removed).toEqual([])
  })
})
