import {fromHtml} from 'hast-util-from-html'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {cleanArticle, rehypeFigures} from '../src/index.js'
import {captionAndCredit, photoCreditOnly} from '../src/plugins/figures/photo-credit.js'
import {getState} from '../src/pipeline/state.js'
import type {RehypeFiguresOptions} from '../src/plugins/figures.js'
import {fixtureCases} from './helpers/fixtures.js'

/** Run the plugin alone on an HTML fragment: the HTML out and the file (removals, lifted credits). */
function run(html: string, options?: RehypeFiguresOptions): {html: string; file: VFile} {
  const processor = unified().use(rehypeFigures, options).use(rehypeStringify)
  const file = new VFile()
  const tree = processor.runSync(fromHtml(html, {fragment: true}), file)
  return {html: processor.stringify(tree, file), file}
}

const figures = (html: string, options?: RehypeFiguresOptions) => run(html, options).html

const A = 'https://x.test/a.jpg'

describe('rehypeFigures: captions', () => {
  it('groups an image with a <small> caption wrapped in a block (feedx: dw, voa)', () => {
    expect(figures(`<img src="${A}" width="100%"><div><small style="color: #999;"> 路透社周二独家报导。</small></div><p>正文。</p>`))
      .toBe(`<figure><img src="${A}" width="100%"><figcaption>路透社周二独家报导。</figcaption></figure><p>正文。</p>`)
  })

  it('turns a WordPress wp-caption div into a figure', () => {
    expect(figures(`<div class="wp-caption aligncenter"><img src="${A}" alt=""><p class="wp-caption-text">虎门销烟</p></div><p>正文。</p>`))
      .toBe(`<div class="wp-caption aligncenter"><figure><img src="${A}" alt=""><figcaption>虎门销烟</figcaption></figure></div><p>正文。</p>`)
  })

  it('leaves a figure that already has a figcaption alone', () => {
    const html = `<figure class="wp-caption"><img src="${A}"><figcaption class="wp-caption-text">已有说明</figcaption></figure>`
    expect(figures(html)).toBe(html)
  })

  it('reads the text after <img><br> in the same paragraph (secretchina)', () => {
    const html = `<p style="text-align: center;">\n  <img alt="抖音" src="${A}">\n  <br>\n   在美中两国夹缝中越陷越深的抖音面对这种局面将如何自处？（图片来源：Getty Images）\n   \n  <br>\n </p>`
    expect(figures(html))
      .toBe(`<figure><img alt="抖音" src="${A}"><figcaption>在美中两国夹缝中越陷越深的抖音面对这种局面将如何自处？（图片来源：Getty Images）</figcaption></figure>`)
  })

  it('reads an italic-only paragraph right after an image paragraph', () => {
    expect(figures(`<p><img src="${A}"></p><p><em>A caption</em></p><p>Body.</p>`))
      .toBe(`<figure><img src="${A}"><figcaption>A caption</figcaption></figure><p>Body.</p>`)
  })

  it('reads an italic that opens with an image as the image and its caption, as it reads when they are two blocks', () => {
    expect(figures(`<p><i><img src="${A}"><b>中文说明，</b></i></p><p>正文。</p>`))
      .toBe(`<figure><img src="${A}"><figcaption><b>中文说明，</b></figcaption></figure><p>正文。</p>`)
    expect(figures(`<p>Before. <em><a href="${A}"><img src="${A}"></a> A caption</em> after.</p>`))
      .toBe(`<p>Before. </p><figure><img src="${A}"><figcaption>A caption</figcaption></figure><p> after.</p>`)
    const cleaned = cleanArticle(`<i><img src="${A}"><b>中文说明，</b></i><p>正文内容在这里，很长的一段话。</p>`).markdown
    expect(cleaned).toBe(`![](${A})\n\n*中文说明，*\n\n正文内容在这里，很长的一段话。\n`)
    expect(cleanArticle(cleaned).markdown).toBe(cleaned)
  })

  it('reads an element HTML does not know as inline, as the sanitizer leaves its content (`<o:p>`)', () => {
    expect(figures(`<p><img src="${A}"><o:p><small>路透社周二独家报导。</small></o:p></p>`))
      .toBe(`<figure><img src="${A}"><figcaption>路透社周二独家报导。</figcaption></figure>`)
  })

  it('does not read an italic as an image and caption when text comes first, a line breaks or a second image follows', () => {
    for (const html of [
      `<p><em>Look: <img src="${A}"> here</em></p>`,
      `<p><em><img src="${A}"><br>A caption</em></p>`,
      `<p><em><img src="${A}">A caption<img src="${A}"></em></p>`,
      `<p><em><img src="${A}"><em>导读：很长的一段话。</em></em></p>`
    ]) expect(figures(html)).toBe(html)
  })

  it('drops a caption label and splits the paragraph around the figure', () => {
    expect(figures(`<p>导语。<img src="${A}">（图片说明）阿里巴巴的外墙。（Greg Baker/AFP via Getty Images）</p>`))
      .toBe(`<p>导语。</p><figure><img src="${A}"><figcaption>阿里巴巴的外墙。（Greg Baker/AFP via Getty Images）</figcaption></figure>`)
    expect(figures(`<p><img src="${A}"></p><p>图片说明：大楼外墙</p>`))
      .toBe(`<figure><img src="${A}"><figcaption>大楼外墙</figcaption></figure>`)
  })

  it('takes a photo credit line right after an image as its caption', () => {
    expect(figures(`<p><img src="${A}"></p><p>图/路透社</p><p>正文。</p>`))
      .toBe(`<figure><img src="${A}"><figcaption>图/路透社</figcaption></figure><p>正文。</p>`)
    expect(figures(`<p><a href="${A}"><img src="${A}"></a><br>(照片来自美联社)</p>`))
      .toBe(`<figure><img src="${A}"><figcaption>(照片来自美联社)</figcaption></figure>`)
  })

  it('does not take a body paragraph after an image as a caption', () => {
    const html = `<p><img src="${A}"></p><p>老人家真的非常淳朴善良。</p>`
    expect(figures(html)).toBe(html)
  })

  it('does not take a bold heading after an image as a caption', () => {
    expect(figures(`<p><img src="${A}"></p><p><strong>标签研究爱好者</strong></p>`, {headings: false}))
      .toBe(`<p><img src="${A}"></p><p><strong>标签研究爱好者</strong></p>`)
  })

  it('does not take a lead (导读) in italics as a caption', () => {
    const html = `<p><img src="${A}"></p><p><em>导读：我国部分高校被禁用软件的事件。</em></p>`
    expect(figures(html)).toBe(html)
  })

  it('does not take text running on after an inline image as a caption', () => {
    const html = `<p>包括以10<img src="${A}">年起计的政治牢狱。</p>`
    expect(figures(html)).toBe(html)
  })

  it('does not take a byline after <img><br> as a caption (a photo credit still is)', () => {
    const html = `<p><img src="${A}"><br>作者：香港特约记者 甄树基</p>`
    expect(figures(html)).toBe(html)
    expect(figures(`<p><img src="${A}"><br>摄影：王五</p>`))
      .toBe(`<figure><img src="${A}"><figcaption>摄影：王五</figcaption></figure>`)
  })

  it('does not take a section number after <img><br> as a caption', () => {
    const html = `<p><img src="${A}"><br>01</p>`
    expect(figures(html)).toBe(html)
  })

  it('does not take a long line as a caption', () => {
    const long = '很长的一段正文，'.repeat(30) + '（图片来源：Getty Images）'
    const html = `<p><img src="${A}"></p><p>${long}</p>`
    expect(figures(html)).toBe(html)
  })

  it('ignores an image inside a link with other text', () => {
    const html = `<p><a href="https://x.test/">看<img src="${A}"></a>图/路透社</p>`
    expect(figures(html)).toBe(html)
  })
})

describe('rehypeFigures: orphan credits', () => {
  it('removes a photo credit left without its image and reports it', () => {
    const {html, file} = run('<p>正文。</p><p>（图片来源：Getty Images）</p><p>再一段。</p>')
    expect(html).toBe('<p>正文。</p><p>再一段。</p>')
    const state = getState(file)
    expect(state.removed).toEqual([{rule: 'figures/orphan-credit', text: '（图片来源：Getty Images）'}])
    expect(state.lifted.credits).toEqual([{role: 'photographer', name: 'Getty Images'}])
  })

  it('leaves credit lines the metadata step reads (图/视觉中国) to it', () => {
    const {html, file} = run('<p>正文。</p><p>图/视觉中国</p>')
    expect(html).toBe('<p>正文。</p><p>图/视觉中国</p>')
    expect(getState(file).removed).toEqual([])
  })

  it('removes a credit line above an image (only a line after an image is its caption)', () => {
    const {html, file} = run(`<p>图片来源：法新社</p><p><img src="${A}"></p>`)
    expect(html).toBe(`<p><img src="${A}"></p>`)
    expect(getState(file).removed).toEqual([{rule: 'figures/orphan-credit', text: '图片来源：法新社'}])
  })

  it('removes an orphan credit that is one line of a paragraph', () => {
    expect(figures('<p>正文。<br>（图片来源：Getty Images）</p>')).toBe('<p>正文。</p>')
  })

  it('rebuilds a container only when a line changes, and keeps comments in place otherwise', () => {
    const processor = unified().use(rehypeFigures)
    const tree = fromHtml('<p>一。</p>二<!--c-->三<div>四</div><p>五。</p>', {fragment: true})
    const children = tree.children
    processor.runSync(tree, new VFile())
    // Nothing changed: the very same list, in document order.
    expect(tree.children).toBe(children)
    // A change after an inline run with a comment: the run stays in document order.
    expect(figures('二<!--c-->三<div>四</div><p>（图片来源：Getty Images）</p><p>五。</p>'))
      .toBe('二<!--c-->三<div>四</div><p>五。</p>')
    // The run itself changes: the comment goes before its new lines.
    expect(figures('二<!--c--><br>（图片来源：Getty Images）<div>四</div>')).toBe('<!--c--><p>二</p><div>四</div>')
  })

  it('keeps a paragraph that only mentions a photo source', () => {
    const html = '<p>图片来源：据报道，这张照片由路透社提供。</p>'
    expect(figures(html)).toBe(html)
  })
})

describe('rehypeFigures: headings', () => {
  it('promotes a short bold-only paragraph to <h2>', () => {
    expect(figures('<p><strong>港版国安法受到中国企业的嫌弃</strong></p><p>正文。</p>'))
      .toBe('<h2>港版国安法受到中国企业的嫌弃</h2><p>正文。</p>')
    expect(figures('<div><p>\n <b>A Section Title</b>\n</p></div><p>Body.</p>')).toBe('<div><h2>A Section Title</h2></div><p>Body.</p>')
  })

  it('promotes a short bold question, but not an interview turn or a question inside a sentence', () => {
    expect(figures('<p><strong>背后调查单位?</strong></p><p>正文。</p>')).toBe('<h2>背后调查单位?</h2><p>正文。</p>')
    expect(figures('<p><b>为何现在出手？</b></p><p>正文。</p>')).toBe('<h2>为何现在出手？</h2><p>正文。</p>')
    const turn = '<p><strong>问：你怎么看？</strong></p>'
    expect(figures(turn)).toBe(turn)
    const twoSentences = '<p><strong>为什么？因为没钱</strong></p>'
    expect(figures(twoSentences)).toBe(twoSentences)
  })

  it('uses the level of the highest heading in the body, h2 below an h1', () => {
    expect(figures('<h3>已有</h3><p><strong>小标题</strong></p><p>正文。</p>')).toBe('<h3>已有</h3><h3>小标题</h3><p>正文。</p>')
    expect(figures('<h1>标题</h1><p><strong>小标题</strong></p><p>正文。</p>')).toBe('<h1>标题</h1><h2>小标题</h2><p>正文。</p>')
  })

  it('does not promote a bold sentence, a long paragraph, a lead-in, a quotation, a byline, a credit line, a bare URL or a section number', () => {
    for (const html of [
      '<p><strong>01</strong></p>',
      '<p><b>2.</b></p>',
      '<p><strong>这是一句完整的话。</strong></p>',
      '<p><strong>Is this a heading? No, a sentence.</strong></p>',
      `<p><strong>${'很长的加粗段落'.repeat(7)}</strong></p>`,
      `<p><b>${'A long bold paragraph that runs on '.repeat(3)}</b></p>`,
      '<p><strong>事先申明：</strong></p>',
      '<p><strong>“引语”</strong></p>',
      '<p><strong>BY lin</strong></p>',
      '<p><strong>编辑：张三</strong></p>',
      '<p><strong>https://rss.dw.com/xml/podcast_chi_klassischemusik</strong></p>',
      '<p><b>www.example.com/feed</b></p>'
    ]) {
      expect(figures(html)).toBe(html)
    }
  })

  it('does not promote a partly bold paragraph, a bold link, or a bold paragraph in a quote or list', () => {
    for (const html of [
      '<p><strong>加粗</strong>和不加粗</p>',
      '<p><strong><a href="https://x.test/">标签</a></strong></p>',
      '<blockquote><p><strong>引用里的小标题</strong></p></blockquote>',
      '<ul><li><p><strong>列表里的小标题</strong></p></li></ul>'
    ]) {
      expect(figures(html)).toBe(html)
    }
  })

  it('reads each line of a paragraph as the Markdown output will (cut at <br>)', () => {
    expect(figures('<p><strong>第一行</strong><br><strong>第二行</strong></p><p>正文。</p>')).toBe('<h2>第一行</h2><h2>第二行</h2><p>正文。</p>')
    expect(figures('<p><strong>小标题</strong><br>正文。</p>')).toBe('<h2>小标题</h2><p>正文。</p>')
  })

  it('reads bold wrapping blocks and unwrapped elements as the sanitizer will leave them', () => {
    expect(figures('<b><p>小标题</p><p>第二段很长的正文，结束。</p></b>'))
      .toBe('<h2>小标题</h2><p><b>第二段很长的正文，结束。</b></p>')
    const merged = '<b>加粗</b><font>接着的正文</font>'
    expect(figures(merged)).toBe(merged)
  })

  it('never makes the last line of the article a heading: a closing bold line is a note', () => {
    expect(figures('<p>正文。</p><p><strong>本文作者为日本经济新闻编辑委员 村山宏</strong></p>'))
      .toBe('<p>正文。</p><p><strong>本文作者为日本经济新闻编辑委员 村山宏</strong></p>')
    expect(figures('<div><p><b>小标题</b></p></div><div> </div>')).toBe('<div><p><strong>小标题</strong></p></div><div> </div>')
    expect(figures('<p><b>小标题</b></p><p><img src="https://x.test/a.jpg"></p>'))
      .toBe('<h2>小标题</h2><p><img src="https://x.test/a.jpg"></p>')
    expect(figures('<p><strong>第一行</strong><br><strong>第二行</strong></p>')).toBe('<h2>第一行</h2><p><strong>第二行</strong></p>')
  })

  it('leaves paragraphs alone with headings: false', () => {
    const html = '<p><strong>港版国安法受到中国企业的嫌弃</strong></p>'
    expect(figures(html, {headings: false})).toBe(html)
  })
})

describe('photo credits', () => {
  it('reads credit-only lines', () => {
    expect(photoCreditOnly('图/路透社')).toBe('路透社')
    expect(photoCreditOnly('图：新华社')).toBe('新华社')
    expect(photoCreditOnly('（图片来源：Getty Images）')).toBe('Getty Images')
    expect(photoCreditOnly('(照片来自路透社)')).toBe('路透社')
    expect(photoCreditOnly('Photo: AP')).toBe('AP')
    expect(photoCreditOnly('文|AI财经社')).toBeNull()
    expect(photoCreditOnly('Credit: `Tokyo Group` repost')).toBeNull()
    expect(photoCreditOnly('图源：[1]')).toBeNull()
  })

  it.each([
    ['图：本报记者张三摄', '本报记者张三摄'],
    ['图片：网络图片', '网络图片'],
    ['图：Getty Images', 'Getty Images'],
    ['Photo: John Smith', 'John Smith'],
    ['Photo: Lee Jin-man/AP Photo', 'Lee Jin-man/AP Photo'],
    ['照片：明慧网资料图', '明慧网资料图'],
    ['图：美联社记者 Mark Schiefelbein', '美联社记者 Mark Schiefelbein']
  ])('a descriptive label and a colon: %s is a credit (a name, a credit word or an agency)', (line, name) => {
    expect(photoCreditOnly(line)).toBe(name)
  })

  it.each([
    '图：布尔诺市长皮特沃克沙尔（Petr Vokřál）',
    '图：法轮功学员在布拉格市中心讲真相',
    'Photo: protesters march past the legislature',
    'Image: the new headquarters seen from the river',
    '图1：知识管理工具的AI原生演进',
    '图 2-3：知识编译的流程',
    'Figure 2: attack success rate by model'
  ])('a descriptive label (and a figure number) and a colon: %s is a caption, not a credit', (line) => {
    expect(photoCreditOnly(line)).toBeNull()
    expect(captionAndCredit(line)).toEqual({caption: line, credit: null})
    expect(figures(`<p><img src="${A}"></p><p>${line}</p><p>正文。</p>`)).toBe(`<figure><img src="${A}"><figcaption>${line}</figcaption></figure><p>正文。</p>`)
  })

  it('splits captions for metadata', () => {
    expect(captionAndCredit('图/视觉中国')).toEqual({caption: null, credit: '视觉中国'})
    expect(captionAndCredit('外墙。（Greg Baker/AFP via Getty Images）')).toEqual({caption: '外墙。', credit: 'Greg Baker/AFP via Getty Images'})
    expect(captionAndCredit('北京新发地市场休市。（图｜人民视觉）')).toEqual({caption: '北京新发地市场休市。', credit: '人民视觉'})
    expect(captionAndCredit('新发地批发市场暂时休市。摄影/张旭')).toEqual({caption: '新发地批发市场暂时休市。', credit: '张旭'})
    expect(captionAndCredit('虎门销烟')).toEqual({caption: '虎门销烟', credit: null})
    expect(captionAndCredit('▲ 嫦娥六号拍摄的月球背面（图源：NASA）')).toEqual({caption: '嫦娥六号拍摄的月球背面', credit: 'NASA'})
    expect(captionAndCredit('△图为现场')).toEqual({caption: '图为现场', credit: null})
    expect(captionAndCredit('▲')).toEqual({caption: null, credit: null})
  })
})

describe('cleanArticle: figures end to end', () => {
  const clean = (input: string, options = {}) => cleanArticle(input, options)

  it('writes the image on its own line and the caption as an emphasized paragraph', () => {
    const {markdown, metadata} = clean(`<img src="${A}"><div><small style="color: #999;"> 副总在新加坡。August 14, 2020 （照片来自路透社）</small></div><p>正文第一段。</p>`)
    expect(markdown).toBe(`![](${A})\n\n*副总在新加坡。August 14, 2020 （照片来自路透社）*\n\n正文第一段。\n`)
    expect(metadata.images).toEqual([{src: A, alt: null, caption: '副总在新加坡。August 14, 2020', credit: '路透社'}])
    expect(metadata.stats.paragraphs).toBe(1)
  })

  it('gives a credit-only caption as credit, not caption', () => {
    const {markdown, metadata} = clean(`<p><img src="${A}" alt="大楼"></p><p>图/视觉中国</p><p>正文第一段。</p>`)
    expect(markdown).toBe(`![大楼](${A})\n\n*图/视觉中国*\n\n正文第一段。\n`)
    expect(metadata.images).toEqual([{src: A, alt: '大楼', caption: null, credit: '视觉中国'}])
  })

  it('ends a caption at the end of its Markdown line (gnews repost)', () => {
    const {markdown, metadata} = clean(`段落一。\n![](${A})（图片说明）外墙。（Greg Baker/AFP via Getty Images）\n段落二。\n`)
    expect(markdown).toBe(`段落一。\n\n![](${A})\n\n*外墙。（Greg Baker/AFP via Getty Images）*\n\n段落二。\n`)
    expect(metadata.images).toEqual([{src: A, alt: null, caption: '外墙。', credit: 'Greg Baker/AFP via Getty Images'}])
  })

  it('keeps a body paragraph after an image as body text', () => {
    const {markdown, metadata} = clean(`<p><img src="${A}"></p><p>老人家真的非常淳朴善良。</p>`)
    expect(markdown).toBe(`![](${A})\n\n老人家真的非常淳朴善良。\n`)
    expect(metadata.images).toEqual([{src: A, alt: null, caption: null, credit: null}])
  })

  it('puts an inline image on its own line', () => {
    expect(clean(`<p>前文<img src="${A}">后文。</p>`).markdown).toBe(`前文\n\n![](${A})\n\n后文。\n`)
  })

  it('removes an orphan credit and keeps the credit', () => {
    const {markdown, removed, metadata} = clean('<p>正文。</p><p>（图片来源：Getty Images）</p><p>再一段。</p>')
    expect(markdown).toBe('正文。\n\n再一段。\n')
    expect(removed).toEqual([{rule: 'figures/orphan-credit', text: '（图片来源：Getty Images）'}])
    expect(metadata.credits).toEqual([{role: 'photographer', name: 'Getty Images'}])
  })

  it('promotes bold-only lines to headings unless headings: false', () => {
    const input = '<p><strong>小标题</strong></p><p>正文。</p><p><strong>这是加粗的一句话。</strong></p>'
    expect(clean(input).markdown).toBe('## 小标题\n\n正文。\n\n**这是加粗的一句话。**\n')
    expect(clean(input, {headings: false}).markdown).toBe('**小标题**\n\n正文。\n\n**这是加粗的一句话。**\n')
  })

  it('is idempotent on figures and headings, metadata included', () => {
    const first = clean(`<p><img src="${A}"></p><p><em>说明文字（照片来自路透社）</em></p><p><b>小标题</b></p><p>正文。</p>`)
    expect(first.markdown).toBe(`![](${A})\n\n*说明文字（照片来自路透社）*\n\n## 小标题\n\n正文。\n`)
    const second = clean(first.markdown)
    expect(second.markdown).toBe(first.markdown)
    expect(second.metadata.images).toEqual(first.metadata.images)
  })
})

describe('cleanArticle: figures in the seeds', () => {
  const seeds = new Map(fixtureCases('seeds').map((c) => [c.name, c.input]))
  const images = (name: string) => cleanArticle(seeds.get(name)!).metadata.images

  it('dw-feedx', () => {
    expect(images('dw-feedx')).toEqual([
      {src: 'https://static.dw.com/image/57152918_303.jpg', alt: null, caption: '路透社周二 (1月18日)独家报导指出，美国政府正在审查阿里巴巴的云端业务。', credit: null},
      {
        src: 'https://static.dw.com/image/57152938_303.jpg', alt: null, credit: null,
        caption: '根据研究公司Canalys的数据，阿里巴巴是世界第四大云端服务供应商，拥有约400万客户，并将其云计算业务描述为其「第二大增长支柱」。'
      }
    ])
  })

  it('voa-feed-jekyll', () => {
    expect(images('voa-feed-jekyll')).toEqual([{
      src: 'https://gdb.voanews.com/FDA7D6D7-18E6-4F2E-AD27-39F19552E5FE_r1_s_w900.jpg', alt: null,
      caption: 'GIGO 副总Mike Ong在新加波公司。August 14, 2020', credit: '路透社'
    }])
  })

  it('gnews-repost', () => {
    expect(images('gnews-repost')).toEqual([
      {src: 'https://assets.gnews.org/wp-content/uploads/2022/04/1-668.jpg', alt: null, caption: '阿里巴巴在北京办公室的外墙。', credit: 'Greg Baker/AFP via Getty Images'},
      {src: 'https://assets.gnews.org/wp-content/uploads/2022/04/2-275.jpg', alt: null, caption: '阿里巴巴旗下的中国金融科技巨头蚂蚁集团。', credit: 'STR/AFP via Getty Images'}
    ])
  })

  it('secretchina-gfw-breaker', () => {
    expect(images('secretchina-gfw-breaker')).toEqual([{
      src: 'https://img3.secretchina.com/pic/2020/8-5/p2747322a493549798-ss.jpg', alt: '技术 出口 TikTok 抖音',
      caption: '在美中两国夹缝中越陷越深的抖音面对这种局面将如何自处？', credit: 'Getty Images'
    }])
  })

  it('voa: bold section titles become headings', () => {
    const {markdown} = cleanArticle(seeds.get('voa-feed-jekyll')!)
    expect(markdown).toContain('\n## 港版国安法受到中国企业的嫌弃\n')
    expect(markdown).toContain('\n## 与中共脱钩未必脱得了\n')
  })
})

// Timing lives in the benchmark (npm run bench), not here: these assert the result on large adversarial inputs.
describe('rehypeFigures: large adversarial input', () => {
  it('handles many images and empty wrappers', () => {
    const many = run(`<p>${`<img src="${A}"><span></span> `.repeat(20_000)}</p>`).html
    expect(many.split('<img').length - 1).toBe(20_000)
    expect(run(`<p><img src="${A}"><br>${'<span></span>'.repeat(50_000)}说明</p>`).html).toContain('<figcaption>说明</figcaption>')
  })
})
