import fc from 'fast-check'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createState} from '../src/pipeline/state.js'
import {removeHidden} from '../src/plugins/remove-hidden.js'

/** Parts of a paragraph: what stays (with its HTML after the pass) or `null` for what goes. */
const PARTS: ReadonlyArray<readonly [string, string | null]> = [
  ['<!-- c -->', null], ['t1', 't1'], ['<b>b2</b>', '<b>b2</b>'], ['<span style="display:none">h3</span>', null],
  ['<span hidden>h4</span>', null], ['<i style="">i5</i>', '<i style="">i5</i>'], ['<img src="p.gif" width="1" height="1">', null],
  ['<em style="color: red">e6</em>', '<em style="color: red">e6</em>'], ['<span aria-hidden="true">·</span>', null]
]

describe('removeHidden keeps the order of what stays', () => {
  it('drops comments and hidden elements anywhere among their siblings', () => {
    fc.assert(fc.property(fc.array(fc.integer({min: 0, max: PARTS.length - 1}), {maxLength: 10}), (picks) => {
      const tree = fromHtml(`<blockquote>${picks.map((i) => PARTS[i]![0]).join('')}</blockquote>`, {fragment: true})
      const file = new VFile()
      file.data.unsyndicate = createState(null)
      removeHidden(tree, file)
      const expected = picks.map((i) => PARTS[i]![1]).filter((part) => part !== null).join('')
      expect(toHtml(tree)).toBe(`<blockquote>${expected}</blockquote>`)
    }), {numRuns: 500})
  })
})
