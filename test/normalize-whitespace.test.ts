import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {normalizeWhitespace} from '../src/plugins/normalize-whitespace.js'
import {flattenCellBlocks} from '../src/tree/flatten-cell-blocks.js'

/** `html` parsed as a fragment, normalized, and written back. */
function normalized(html: string): string {
  const tree = fromHtml(html, {fragment: true})
  normalizeWhitespace(tree)
  return toHtml(tree)
}

describe('rehypeNormalizeWhitespace', () => {
  it.each([
    ['a run becomes one space', '<p>a \n\t b</p>', '<p>a b</p>'],
    ['whitespace at a block\'s edges goes', '<p> a </p>', '<p>a</p>'],
    ['whitespace around <br> goes', '<p>a <br> b</p>', '<p>a<br>b</p>'],
    ['a line break next to a CJK character goes', '<p>修改了\n<strong>技术</strong></p>', '<p>修改了<strong>技术</strong></p>'],
    ['a line break between Han and a Latin word is a space, as a browser shows it', '<p>海外版\n<strong>TikTok</strong>\n寻求</p>', '<p>海外版 <strong>TikTok</strong> 寻求</p>'],
    ['a line break between a digit and Han is a space too', '<p>2020\n年</p>', '<p>2020 年</p>'],
    ['a line break after full-width punctuation goes, whatever follows', '<p>川普。\nIn China</p>', '<p>川普。In China</p>'],
    ['a line break before full-width punctuation goes', '<p>word\n，中文</p>', '<p>word，中文</p>'],
    ['a line break between Han and other punctuation goes', '<p>他说\n“我们……”\n好</p>', '<p>他说“我们……”好</p>'],
    ['a line break between Han and Hangul is a space', '<p>中文\n한국어</p>', '<p>中文 한국어</p>'],
    ['a space next to a CJK character stays', '<p>修改了 <strong>技术</strong></p>', '<p>修改了 <strong>技术</strong></p>'],
    ['a line break between Korean words is a space (Korean spaces its words)', '<p>문장입니다\n다음</p>', '<p>문장입니다 다음</p>'],
    ['spaces around an image stay, as around a word', '<h3>Words <img src="a.png"> more</h3>', '<h3>Words <img src="a.png"> more</h3>'],
    ['a run around an image becomes one space', '<td>a\n\n<img src="a.png">\n b</td>', '<td>a <img src="a.png"> b</td>'],
    ['a line break between CJK text and an image is not a space', '<h3>文字\n<img src="a.png"></h3>', '<h3>文字<img src="a.png"></h3>'],
    ['an image at a block\'s edge takes no space', '<p> <img src="a.png"> </p>', '<p><img src="a.png"></p>'],
    ['an image with no URL keeps no space (the Markdown drops it)', '<p>文字 <img> <img src=""></p>', '<p>文字<img><img src=""></p>'],
    ['<pre> keeps its whitespace', '<pre> a\n  b </pre>', '<pre> a\n  b </pre>']
  ])('%s', (_, input, expected) => {
    expect(normalized(input)).toBe(expected)
  })

  it('keeps the words around an image in a heading apart in the Markdown', () => {
    const {markdown} = cleanArticle('<h3>Words <img src="https://example.com/x.jpg"> more</h3><p>正文内容在这里，很长的一段话。</p>')
    expect(markdown).toBe('### Words ![](https://example.com/x.jpg) more\n\n正文内容在这里，很长的一段话。\n')
    expect(cleanArticle(markdown).markdown).toBe(markdown)
  })
})

describe('blocks in a table cell', () => {
  it('become the cell\'s lines: a space between words, nothing between CJK text', () => {
    const {markdown} = cleanArticle(
      '<p>正文第一段，这里是很长的一段正文内容。</p><table><tr><th>Date</th><th>Action</th></tr>' +
      '<tr><td><p>NAA is GA.</p><p>Tokens go.</p></td><td><p>中文。</p><p>第二段。</p></td></tr>' +
      '<tr><td><ul><li>one</li><li>two</li></ul>tail</td><td><div><p>a</p></div><p>b</p></td></tr></table>'
    )
    expect(markdown).toBe(
      '正文第一段，这里是很长的一段正文内容。\n\n' +
      '| Date                  | Action  |\n| --------------------- | ------- |\n' +
      '| NAA is GA. Tokens go. | 中文。第二段。 |\n| one two tail          | a b     |\n'
    )
    expect(cleanArticle(markdown).markdown).toBe(markdown)
  })

  it('keep a cell of inline content as it is', () => {
    const tree = fromHtml('<table><tr><td>a <b>b</b></td></tr></table>', {fragment: true})
    const before = toHtml(tree)
    flattenCellBlocks(tree)
    expect(toHtml(tree)).toBe(before)
  })
})
