import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Root} from 'mdast'
import {cleanArticle} from '../src/index.js'
import {finishMarkdown, mdastToMarkdown} from '../src/markdown/to-markdown.js'

const md = (input: string) => cleanArticle(input).markdown

describe('Markdown output: CJK', () => {
  it('never escapes or spaces CJK text', () => {
    expect(md('<p>中文（全角）标点，“引号”。</p>')).toBe('中文（全角）标点，“引号”。\n')
  })

  it('drops source-formatting whitespace between CJK and inline elements', () => {
    expect(md('<p>修改了\n<strong>技术</strong>\n出口</p>')).toBe('修改了**技术**出口\n')
    expect(md('<p>\n  软件\n  <strong>\n   抖音\n  </strong>\n  的海外版\n</p>')).toBe('软件**抖音**的海外版\n')
  })

  it('keeps one space between Latin words across formatting whitespace', () => {
    expect(md('<p>Hello\n   <b>big</b>\n  world</p>')).toBe('Hello **big** world\n')
  })

  it('keeps a typed space inside a CJK line', () => {
    expect(md('<p>路透社周二 (1月18日)独家报导</p>')).toBe('路透社周二 (1月18日)独家报导\n')
  })

  it('moves CJK punctuation out of emphasis so it round-trips without character references', () => {
    const out = md('<p>中文<strong>「加粗」</strong>中文</p>')
    expect(out).toBe('中文「**加粗**」中文\n')
    expect(out).not.toContain('&#x')
    expect(md(out)).toBe(out)
  })

  it('keeps emphasis that already flanks correctly', () => {
    expect(md('<p>他说<em>很好</em>。</p>')).toBe('他说*很好*。\n')
    expect(md('<p><strong>“引语”</strong></p>')).toBe('**“引语”**\n')
  })

  it('moves a quote pair out together when the closing quote breaks flanking', () => {
    expect(md('<p><strong>“引语”</strong>在开头</p>')).toBe('“**引语**”在开头\n')
  })

  it('reads Markdown emphasis next to CJK punctuation as emphasis (as Chinese editors render it), and writes it so CommonMark reads it too', () => {
    // CommonMark's flanking rules alone leave these asterisks as text (`\*\*关键词：\*\*`).
    const cases: Array<[string, string]> = [
      ['**关键词：**LLM Wiki 是一种知识管理方式。', '**关键词**：LLM Wiki 是一种知识管理方式。\n'],
      ['网友发出了**“见证历史”**的感慨。', '网友发出了“**见证历史**”的感慨。\n'],
      ['还有*强调。*后文', '还有*强调*。后文\n'],
      ['an **English:**word stays as written', 'an \\*\\*English:\\*\\*word stays as written\n']
    ]
    for (const [input, expected] of cases) {
      const out = md(input)
      expect(out).toBe(expected)
      expect(md(out)).toBe(out)
    }
  })

  it('pushes emphasis into a link it wraps when the link would break flanking', () => {
    expect(md('<p>看<strong><a href="https://x.test/">链接</a></strong>吧</p>')).toBe('看[**链接**](https://x.test/)吧\n')
  })

  it('never uses underscores for emphasis', () => {
    expect(md('<p>a <em>b</em> c <strong>d</strong></p>')).toBe('a *b* c **d**\n')
  })
})

describe('Markdown output: blocks', () => {
  it('ends with exactly one newline and has no trailing spaces', () => {
    const out = md('<p>one  </p>\n\n\n<p>two</p>   ')
    expect(out).toBe('one\n\ntwo\n')
  })

  it('strips whitespace at the end of every line the serializer writes, and nothing else', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {type: 'paragraph', children: [{type: 'text', value: '全角空格\u3000'}]},
        {type: 'code', value: 'x = 1  \n\ty\t\n z'},
        {type: 'paragraph', children: [{type: 'text', value: 'a\u2028b c'}]}
      ]
    }
    expect(mdastToMarkdown(tree)).toBe('全角空格\n\n```\nx = 1\n\ty\n z\n```\n\na\u2028b c\n')
  })

  it('finishes the serializer’s text as the plain regular-expression steps do', () => {
    const reference = (text: string): string => {
      const lines = /[^\S\n](?:\n|$)/.test(text) ? text.split('\n').map((line) => line.trimEnd()).join('\n') : text
      const joined = lines.replace(/\n{3,}/g, '\n\n').trim()
      return joined === '' ? '' : joined + '\n'
    }
    const piece = fc.constantFrom('a', '中', ' ', '\n', '\n\n\n', '\t', '\r', '\r\n', '\u3000', '\u00a0', '\u2028', '\ufeff', '\u200b', 'x ')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 12}).map((pieces) => pieces.join('')), (text) => {
        expect(finishMarkdown(text)).toBe(reference(text))
      }),
      {seed: 20261124, numRuns: 5000}
    )
  })

  it('fixes inline code inside a link dropped for its URL, and keeps emails CommonMark cannot write as text', () => {
    expect(md('<p>see <a>the <code>\n</code> code</a> here</p>')).toBe('see the code here\n')
    expect(md('<p>mail <a href="mailto:a@b.co_a">a@b.co_a</a> and a@b.co_a now, or x@y.test</p>')).toBe('mail a\\@b.co_a and a\\@b.co_a now, or <x@y.test>\n')
    expect(md('<p><a href="https://例子.test/路径?q=空 格">link</a> <img src="https://x.test/a b.png" alt="p"></p>')).toBe(
      '[link](https://%E4%BE%8B%E5%AD%90.test/%E8%B7%AF%E5%BE%84?q=%E7%A9%BA%20%E6%A0%BC)\n\n![p](https://x.test/a%20b.png)\n'
    )
    expect(md('<p><a href="javascript:alert(1)"><img src="https://x.test/i.png" alt="i"></a> <img alt="no src"></p>')).toBe('![i](https://x.test/i.png)\n')
    // The link's text joins the text before it, and the URL they make is linked as a GFM reader will.
    expect(md('<p>see h<a href="javascript:x">ttp://example.com/a</a> now</p>')).toBe('see <http://example.com/a> now\n')
  })

  it('gives the empty string for an empty article', () => {
    expect(md('')).toBe('')
    expect(md('<div>  </div>')).toBe('')
  })

  it('splits hard breaks into paragraphs, also inside emphasis', () => {
    expect(md('<p>line one<br>line two</p>')).toBe('line one\n\nline two\n')
    expect(md('<div><i><br>lines of words</i></div>')).toBe('*lines of words*\n')
  })

  it('lifts a lone date line into metadata instead of the body', () => {
    const result = cleanArticle('<div><i><br>2022-01-19</i></div><p>Body text.</p>')
    expect(result.markdown).toBe('Body text.\n')
    expect(result.metadata.publishedAt).toBe('2022-01-19')
  })

  it('puts images on their own line', () => {
    expect(md('<p>before <img src="https://x.test/a.jpg" alt="a"> after</p>')).toBe(
      'before\n\n![a](https://x.test/a.jpg)\n\nafter\n'
    )
  })

  it('writes ATX headings, dash bullets, fenced code and pipe tables', () => {
    const out = md(
      '<h2>Title</h2><ul><li>a</li><li>b</li></ul><pre><code>x = 1\n</code></pre>' +
        '<table><tr><th>k</th><th>v</th></tr><tr><td>1</td><td>2</td></tr></table>'
    )
    expect(out).toBe('## Title\n\n- a\n- b\n\n```\nx = 1\n```\n\n| k | v |\n| - | - |\n| 1 | 2 |\n')
  })

  it('links bare URLs the way a GFM reader would, so the output is stable', () => {
    const out = md('<p>资料见：https://example.com/a?b=1</p>')
    expect(out).toBe('资料见：<https://example.com/a?b=1>\n')
    expect(md(out)).toBe(out)
  })

  it('links bare URLs and emails inside nested blocks, never inside an existing link', () => {
    const out = md(
      '<p>plain text first</p><blockquote><ul><li>see www.example.org/x and mail a.b@example.com</li></ul></blockquote>' +
        '<p><a href="https://x.test/">https://y.test/ inside</a> then https://z.test/q.</p>'
    )
    expect(out).toBe(
      'plain text first\n\n> - see [www.example.org/x](http://www.example.org/x) and mail <a.b@example.com>\n\n' +
        '[https://y.test/ inside](https://x.test/) then <https://z.test/q>.\n'
    )
    expect(md(out)).toBe(out)
  })

  it('percent-encodes non-ASCII URLs as Markdown parsers do', () => {
    expect(md('<p><img src="https://x.test/俄罗斯.jpeg"></p>')).toBe('![](https://x.test/%E4%BF%84%E7%BD%97%E6%96%AF.jpeg)\n')
  })

  it('has no raw HTML: tags are dropped or converted', () => {
    const out = md('<div><span style="color:red">red</span><u>under</u><center>c</center></div>')
    expect(out).not.toMatch(/<[a-z]/i)
  })
})

describe('Markdown input: what a reader takes for a tag although no tag was written', () => {
  it('keeps a Hugo shortcode written without a space as its text, so its quoted prose is not lost', () => {
    const input = '导语一段，这里是正文的开头。\n\n{{<matomeQuote body="FBIの調査で運営者が特定されるかもしれない。これは長いコメントの本文で、二百文字を超えることもある。' + 'あ'.repeat(200) + '" userName="joshmn">}}\n'
    const result = cleanArticle(input)
    expect(result.markdown).toContain('{{\\<matomeQuote body="FBIの調査で運営者が特定されるかもしれない。')
    expect(result.markdown).toContain('userName="joshmn">}}')
    // A short one standing alone is a template tag, and goes with a report.
    const short = cleanArticle('导语一段，这里是正文的开头。\n\n{{</details>}}\n')
    expect(short.markdown).toBe('导语一段，这里是正文的开头。\n')
    expect(short.removed).toEqual([{rule: 'generic/template-tags', text: '{{</details>}}'}])
    expect(cleanArticle(result.markdown).markdown).toBe(result.markdown)
  })

  it('reads an image whose data URL holds raw SVG as that image, which the sanitizer drops', () => {
    const input = "正文一段。\n\n![](data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='239' height='358'></svg>)\n\n正文二段。\n"
    expect(cleanArticle(input).markdown).toBe('正文一段。\n\n正文二段。\n')
    const inline = "前文![](data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'></svg>)后文。\n"
    expect(cleanArticle(inline).markdown).toBe('前文后文。\n')
  })
})

describe('Chinese paragraphs marked by an ideographic indent', () => {
  it('are paragraphs in Markdown and in plain text, the indent gone', () => {
    const markdown = '### 摘要\n\n原标题：达拉斯中国公民遭入室行凶\n　　中国侨网9月23日电 据总领馆网站消息，**9月21日晚**发生一起案件。\n　　中领馆高度重视。\n'
    const result = cleanArticle(markdown)
    expect(result.markdown).toBe('### 摘要\n\n原标题：达拉斯中国公民遭入室行凶\n\n中国侨网9月23日电 据总领馆网站消息，**9月21日晚**发生一起案件。\n\n中领馆高度重视。\n')
    expect(cleanArticle(result.markdown).markdown).toBe(result.markdown)
    const text = '　　第一段的内容写在这里，写得很长很长很长很长很长很长很长很长很长很长很长。\n　　第二段的内容。\n'
    expect(cleanArticle(text).markdown).toBe('第一段的内容写在这里，写得很长很长很长很长很长很长很长很长很长很长很长。\n\n第二段的内容。\n')
  })
})

describe('Markdown output: inline code', () => {
  it('keeps the space between inline code and the next word', () => {
    expect(md('Credit: `Tokyo Group` [repost](https://x.test/)')).toBe('Credit: `Tokyo Group` [repost](https://x.test/)\n')
  })

  it('keeps whitespace inside pre (inline code collapses as a browser shows it)', () => {
    expect(md('<p>run <code>a  b</code> now</p><pre>x\n  y</pre>')).toBe('run `a b` now\n\n```\nx\n  y\n```\n')
  })
})

describe('HTML fragments with loose text', () => {
  it('makes loose text beside blocks a paragraph of its own', () => {
    const result = cleanArticle('日期：Sat, 27 Jun 2020 16:04:16 +0000\n\n<p>正文第一段。</p><p>第二段。</p>')
    expect(result.markdown).toBe('正文第一段。\n\n第二段。\n')
    expect(result.metadata.publishedAt).toBe('2020-06-27T16:04:16Z')
    expect(md('<p>一段。</p>loose <b>words</b> here<div>块</div>')).toBe('一段。\n\nloose **words** here\n\n块\n')
  })
})

describe('Markdown output: emphasis runs', () => {
  it('merges bold neighbours into one run instead of alternating with __', () => {
    const out = md('<p><strong>不想再</strong><strong>“</strong><strong>佛</strong><strong>”</strong><strong>下去了</strong>，正文。</p>')
    expect(out).toBe('**不想再“佛”下去了**，正文。\n')
    expect(out).not.toContain('__')
    expect(md(out)).toBe(out)
  })

  it('merges across a space between two bold runs', () => {
    expect(md('<p>Say <b>one</b> <b>two</b> now.</p>')).toBe('Say **one two** now.\n')
  })

  it('drops bold that wraps a whole heading', () => {
    expect(md('<h3><strong>高考两次落榜</strong></h3><p>正文。</p>')).toBe('### 高考两次落榜\n\n正文。\n')
  })
})

describe('Markdown output: shapes a reader cannot read back', () => {
  it('unwraps attention nested in the same kind (`~~~~x~~~~` would open a code fence)', () => {
    expect(md('<p><del><del>删去的字</del></del></p>')).toBe('~~删去的字~~\n')
    expect(md('<p><em>斜<del>删<em>再斜</em></del></em></p>')).toBe('*斜~~删再斜~~*\n')
    expect(md('<p><strong>粗<b>又粗</b></strong>正文</p>')).toBe('**粗又粗**正文\n')
  })

  it('writes a heading as one line: line breaks are spaces, its edges trimmed', () => {
    expect(md('<h2>第一行<br>第二行</h2><p>正文。</p>')).toBe('## 第一行 第二行\n\n正文。\n')
    expect(md('<h2><br>标题<br></h2><p>正文。</p>')).toBe('## 标题\n\n正文。\n')
    expect(md('<h2> 标题 <b> 粗体 </b> </h2><p>正文。</p>')).toBe('## 标题 **粗体**\n\n正文。\n')
  })

  it('keeps the spaces of inline code as one, also when the code held a block', () => {
    expect(md('<p><code>a  b</code></p>')).toBe('`a b`\n')
    expect(md('<code>!<p>段落</p></code>')).toBe('`! 段落`\n')
  })
})
