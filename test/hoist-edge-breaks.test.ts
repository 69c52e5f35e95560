import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {hoistEdgeBreaks} from '../src/tree/hoist-edge-breaks.js'
import {bodyToHast} from '../src/tree/to-hast.js'

/** `html` parsed as a fragment with `hoistEdgeBreaks` run on its root alone, written back. */
function hoisted(html: string): string {
  const tree = fromHtml(html, {fragment: true})
  hoistEdgeBreaks(tree)
  return toHtml(tree)
}

describe('hoistEdgeBreaks', () => {
  it.each([
    ['a closing break', '<a href="x">获取更多RSS：<br></a>next', '<a href="x">获取更多RSS：</a><br>next'],
    ['an opening break', '<span><br>text</span>', '<br><span>text</span>'],
    ['breaks in nested formatting, in order', '<b><i>x<br><br></i></b>', '<b><i>x</i></b><br><br>'],
    ['through whitespace and comments at the edge', '<span>x<br>\n<!--c--></span>', '<span>x\n<!--c--></span><br>'],
    ['both edges', '<em><br>x<br></em>', '<br><em>x</em><br>']
  ])('moves %s out of formatting', (_, input, expected) => {
    expect(hoisted(input)).toBe(expected)
  })

  it.each([
    ['a break inside the line', '<b>x<br>y</b>'],
    ['a break in a block', '<div>x<br></div>'],
    ['a break behind text at the edge', '<span>x<br>y</span>']
  ])('leaves %s in place', (_, input) => {
    expect(hoisted(input)).toBe(input)
  })

  it('runs on every element of a parsed body, at any depth', () => {
    expect(toHtml(bodyToHast('<div><p><span><b>作者：甄树基<br></b></span>正文</p></div>', 'html')))
      .toBe('<div><p><span><b>作者：甄树基</b></span><br>正文</p></div>')
  })

  it('lets a line closed by a break inside a link be read as a line of its own', () => {
    const input = '<p>正文内容在这里，很长的一段话。</p><div><a href="javascript:x">获取更多RSS：<br></a><a href="https://feedx.net">https://feedx.net</a></div>'
    const result = cleanArticle(input)
    expect(result.markdown).toBe('正文内容在这里，很长的一段话。\n')
    expect(result.removed.map((entry) => entry.rule)).toEqual(['feedx/footer', 'feedx/links'])
  })
})
