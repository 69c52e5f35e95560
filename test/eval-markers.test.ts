import {describe, expect, it} from 'vitest'
import {findDebrisMarkers} from '../scripts/eval/markers.js'
import {extractBodyParagraphs} from '../scripts/eval/paragraphs.js'

describe('findDebrisMarkers', () => {
  it('finds share, proxy, href and raw-tag debris', () => {
    expect(findDebrisMarkers('Share this story <a href="x">x</a> ![](https://images.weserv.nl/?url=a)')).toEqual([
      'href=',
      'html-tag',
      'images.weserv.nl',
      'share this'
    ])
  })

  it('finds feed footers case-insensitively', () => {
    expect(findDebrisMarkers('FEED ENHANCED BY Better Feed')).toEqual(['better feed', 'feed enhanced by'])
  })

  it('keeps a real paragraph that only mentions the words', () => {
    expect(findDebrisMarkers('The minister shared his view on copyright law and feeds a < b.')).toEqual([])
  })
})

describe('extractBodyParagraphs', () => {
  it('takes innermost blocks from HTML and drops short or debris paragraphs', () => {
    const html =
      '<div><p>This is the first real paragraph here.</p><p>short</p>' +
      '<blockquote><p>A quoted paragraph that is long enough.</p></blockquote>' +
      '<ul><li>List item text that is long enough too</li></ul>' +
      '<p>Subscribe to our newsletter for more news!</p></div>'
    expect(extractBodyParagraphs(html)).toEqual([
      'Thisisthefirstrealparagraphhere.',
      'Aquotedparagraphthatislongenough.',
      'Listitemtextthatislongenoughtoo'
    ])
  })

  it('reads Markdown text between HTML parts as paragraphs', () => {
    const input = 'Loose **Markdown** paragraph before the tags.\n\n<p>HTML paragraph after the text.</p>'
    expect(extractBodyParagraphs(input)).toEqual(['LooseMarkdownparagraphbeforethetags.', 'HTMLparagraphafterthetext.'])
  })

  it('splits plain text on blank lines', () => {
    expect(extractBodyParagraphs('第一段文字，足够长的一段中文内容在这里。\n\n短\n\n第二段文字，同样足够长的一段中文内容啊。')).toEqual([
      '第一段文字，足够长的一段中文内容在这里。',
      '第二段文字，同样足够长的一段中文内容啊。'
    ])
  })

  it('cuts a block at two <br> in a row, not at one', () => {
    const html = '<p>第一段文字，足够长的一段中文内容在这里。<br/>\n<br/>\n第二段文字，同样足够长的一段中文内容啊。<br/>同一段的第二行，也足够长的一段中文。</p>'
    expect(extractBodyParagraphs(html)).toEqual([
      '第一段文字，足够长的一段中文内容在这里。',
      '第二段文字，同样足够长的一段中文内容啊。同一段的第二行，也足够长的一段中文。'
    ])
  })

  it('does not count a bare URL or a mirror share prompt as a body paragraph', () => {
    const html = '<p>https://github.com/begood0513/banned-news/blob/master/pages/guojishijiao/ko-12132016093220.md</p>' +
      '<p>手机上长按并复制下列链接或二维码分享本文章：</p><p>原文地址（需翻墙访问）：https://www.rfa.org/mandarin/x.html</p>' +
      '<p>正文的一段，足够长的一段中文内容在这里。</p>'
    expect(extractBodyParagraphs(html)).toEqual(['正文的一段，足够长的一段中文内容在这里。'])
  })
})
