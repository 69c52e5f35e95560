import {parseFragment, serializeOuter, type DefaultTreeAdapterMap} from 'parse5'
import {describe, expect, it} from 'vitest'
import {capParse5Depth} from '../src/tree/cap-depth.js'

type Fragment = DefaultTreeAdapterMap['documentFragment']

/** The fragment's children serialized as HTML. */
function html(fragment: Fragment): string {
  return fragment.childNodes.map((node) => serializeOuter(node)).join('')
}

function capped(source: string, maxDepth: number): string {
  const fragment = parseFragment(source)
  capParse5Depth(fragment, maxDepth)
  return html(fragment)
}

describe('capParse5Depth', () => {
  it('keeps elements down to the cap and flattens what is below into text, in order', () => {
    expect(capped('<div><p>a<b>b<i>c</i></b>d</p></div><p>e</p>', 2)).toBe('<div><p>abcd</p></div><p>e</p>')
    expect(capped('<div><p>a<b>b<i>c</i></b>d</p></div><p>e</p>', 3)).toBe('<div><p>a<b>bc</b>d</p></div><p>e</p>')
  })

  it('leaves a tree no deeper than the cap as it is', () => {
    const source = '<div><p>a<b>b<i>c</i></b>d</p></div><p>e</p>'
    expect(capped(source, 4)).toBe(source)
  })

  it('flattens everything at a cap of zero', () => {
    expect(capped('<p>a<b>b</b></p>c', 0)).toBe('abc')
  })

  it('caps the content of a <template> one level below the template', () => {
    expect(capped('<div><template><p>a<b>b</b></p></template></div>', 3)).toBe('<div><template><p>ab</p></template></div>')
  })

  it('handles a parent of 100,000 children next to a deep branch', () => {
    const wide = '<p>x</p>'.repeat(100_000)
    const fragment = parseFragment(`<article>${wide}</article><div><div><div><b>deep</b></div></div></div>`)
    capParse5Depth(fragment, 3)
    const [article, div] = fragment.childNodes as DefaultTreeAdapterMap['element'][]
    expect(article!.childNodes).toHaveLength(100_000)
    expect(serializeOuter(div!)).toBe('<div><div><div>deep</div></div></div>')
  })
})
