import type {Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toMdast, type State} from 'hast-util-to-mdast'
import type {Link, Paragraph, Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {freshState, hastToMdast} from '../src/markdown/to-markdown.js'

/** toMdast's own state, as its root handler receives it. */
function toMdastState(): State {
  let captured: State | undefined
  toMdast({type: 'root', children: []}, {nodeHandlers: {root: (state) => void (captured = state)}})
  return captured!
}

/** The first link of the first paragraph. */
function firstLink(tree: Root): Link {
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph')!
  return paragraph.children.find((node): node is Link => node.type === 'link')!
}

/** A copy of `tree` without `position` fields. */
function withoutPositions(tree: unknown): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)))
}

describe('freshState (toMdast state reused across conversions)', () => {
  it('knows every field of toMdast state: a new one in an upgrade must be checked for per-tree use', () => {
    // freshState resets baseFound, elementById, frozenBaseUrl, inTable and qNesting; the rest are functions and tables.
    expect(Object.keys(toMdastState()).sort()).toEqual(
      ['all', 'baseFound', 'elementById', 'frozenBaseUrl', 'handlers', 'inTable', 'nodeHandlers', 'one', 'options', 'patch', 'qNesting', 'resolve', 'toFlow', 'toSpecificContent'].sort()
    )
  })

  it('starts every conversion with the per-tree fields at their start values', () => {
    const first = freshState()
    first.baseFound = true
    first.frozenBaseUrl = 'https://a.example/'
    first.inTable = true
    first.qNesting = 3
    first.elementById.set('x', {type: 'element', tagName: 'p', properties: {}, children: []})
    const second = freshState()
    expect([second.baseFound, second.frozenBaseUrl, second.inTable, second.qNesting, second.elementById.size]).toEqual([false, undefined, false, 0, 0])
    expect(second.elementById).not.toBe(first.elementById)
  })

  it('does not carry a <base> of one document over to the next', () => {
    const withBase: HastRoot = fromHtml('<base href="https://a.example/dir/"><p><a href="page.html">a</a></p>', {fragment: true})
    const without: HastRoot = fromHtml('<p><a href="page.html">b</a></p>', {fragment: true})
    expect(firstLink(hastToMdast(withBase)).url).toBe('https://a.example/dir/page.html')
    expect(firstLink(hastToMdast(without)).url).toBe('page.html')
  })

  it('reads a <datalist> named by an <input list> as toMdast does, before or after the input, on repeated calls', () => {
    for (const html of [
      '<p><input list="l" value="b"> and <input list="l"></p><datalist id="l"><option value="a">A</option><option value="b"></option></datalist>',
      '<datalist id="l"><option value="x"></option></datalist><p>pick <input list="l"></p><p id="l">not the list</p>',
      '<p>no list: <input list="missing"> <input type="checkbox" checked></p>'
    ]) {
      // Our trees carry no positions (and the text merge leaves them out).
      const expected = withoutPositions(toMdast(fromHtml(html, {fragment: true})))
      expect(withoutPositions(hastToMdast(fromHtml(html, {fragment: true}))), html).toEqual(expected)
      expect(withoutPositions(hastToMdast(fromHtml(html, {fragment: true}))), html).toEqual(expected)
    }
  })

  it('converts like toMdast, quotes and tables included, on repeated calls', () => {
    const html = '<p><q>a <q>b</q></q> <a href="/x">x</a></p><table><tr><td>1</td><td><table><tr><td>2</td></tr></table></td></tr></table>'
    const once = hastToMdast(fromHtml(html, {fragment: true}))
    const again = hastToMdast(fromHtml(html, {fragment: true}))
    expect(again).toEqual(once)
    const expected = toMdast(fromHtml(html, {fragment: true})) as Root
    const text = (tree: Root): unknown => ((tree.children[0] as Paragraph).children[0] as {value: string}).value
    expect(text(once)).toBe(text(expected))
    expect(text(once)).toBe('"a "b"" ')
    expect(once.children.map((node) => node.type)).toEqual(expected.children.map((node) => node.type))
  })
})
