import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {cleanArticle, rehypeUnwrapLayoutTables} from '../src/index.js'

/** Run the plugin alone on an HTML fragment. */
function run(html: string): string {
  const tree = fromHtml(html, {fragment: true})
  unified().use(rehypeUnwrapLayoutTables).runSync(tree)
  return toHtml(tree)
}

const PARAGRAPH = '<p>布尔诺是捷克的第二大城市，仅次于布拉格。布尔诺机械工业发达，定期举行布尔诺国际机械工业博览会。</p>'

describe('rehypeUnwrapLayoutTables', () => {
  it('turns a one-column photo table into one block per cell (nikkei)', () => {
    expect(run('<table><tbody><tr><td><img src="https://x.test/a.jpg"></td></tr><tr><td><b>说明</b></td></tr></tbody></table>'))
      .toBe('<div><img src="https://x.test/a.jpg"></div><div><b>说明</b></div>')
  })

  it('unwraps one-row tables, tables holding an image or a table, and role=presentation', () => {
    expect(run('<table><tr><td>a</td><td>b</td><td>c</td></tr></table>')).toBe('<div>a</div><div>b</div><div>c</div>')
    expect(run('<table><tr><td><img src="a.jpg"></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>'))
      .toBe('<div><img src="a.jpg"></div><div>x</div><div>y</div><div>z</div>')
    expect(run('<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>'))
      .toBe('<div>a</div><div>b</div><div>c</div><div>d</div>')
    expect(run('<table><tr><td><table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table></td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>'))
      .toBe('<div><table><tbody><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></tbody></table></div><div>b</div><div>c</div><div>d</div>')
  })

  it('keeps data tables: header cells, a caption, a summary, or a grid of text', () => {
    const tables = [
      '<table><tbody><tr><th>年份</th></tr><tr><td>2020</td></tr></tbody></table>',
      '<table><caption>表</caption><tbody><tr><td><img src="a.jpg"></td></tr></tbody></table>',
      '<table summary="data"><tbody><tr><td>a</td></tr></tbody></table>',
      '<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></tbody></table>'
    ]
    for (const table of tables) expect(run(table)).toBe(table)
  })

  it('unwraps nested layout tables inside out', () => {
    expect(run('<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>')).toBe('<div><div>inner</div></div>')
  })

  it('lets cleanArticle read a photo and its caption from a layout table', () => {
    const result = cleanArticle(
      `${PARAGRAPH}<table border="0" width="580"><tr><td><img src="https://x.test/a.jpg"></td></tr><tr><td><small>布尔诺市长皮特·沃克沙尔</small></td></tr></table>${PARAGRAPH}`
    )
    expect(result.markdown).toBe(`${PARAGRAPH.slice(3, -4)}\n\n![](https://x.test/a.jpg)\n\n*布尔诺市长皮特·沃克沙尔*\n\n${PARAGRAPH.slice(3, -4)}\n`)
    expect(result.metadata.images).toEqual([{src: 'https://x.test/a.jpg', alt: null, caption: '布尔诺市长皮特·沃克沙尔', credit: null}])
  })
})
