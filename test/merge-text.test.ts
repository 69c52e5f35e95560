import fc from 'fast-check'
import type {Nodes, Root} from 'mdast'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {mergeText} from '../src/markdown/merge-text.js'
import {expectSameInPlace} from './helpers/same-in-place.js'

/** hast-util-to-mdast 10.1's last step, verbatim (positions left out: our trees have none). */
function original(tree: Nodes): void {
  visit(tree, function (node, index, parent) {
    if (node.type === 'text' && index !== undefined && parent) {
      const previous = parent.children[index - 1]
      if (previous && previous.type === node.type) {
        previous.value += node.value
        parent.children.splice(index, 1)
        return index - 1
      }
      node.value = node.value.replace(/[\t ]*(\r?\n|\r)[\t ]*/, '$1')
      if (parent && (parent.type === 'heading' || parent.type === 'paragraph' || parent.type === 'root')) {
        if (!index) node.value = node.value.replace(/^[\t ]+/, '')
        if (index === parent.children.length - 1) node.value = node.value.replace(/[\t ]+$/, '')
      }
      if (!node.value) {
        parent.children.splice(index, 1)
        return index
      }
    }
    return undefined
  })
}

const VALUES = ['', ' ', '  ', '\t', '\n', ' \n ', '\r\n', '\r', ' \r ', '\r \n  ', 'a\r', '\n\n', 'a', ' a ', 'a \n b', '\t\n\t\n ', 'b\t', 'c  ']

const text = fc.constantFrom(...VALUES).map((value): Nodes => ({type: 'text', value}))
const leaf = fc.oneof({weight: 6, arbitrary: text}, {weight: 1, arbitrary: fc.constant<Nodes>({type: 'break'})})

const {tree} = fc.letrec<{tree: Nodes; node: Nodes}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    leaf,
    fc.tuple(fc.constantFrom('paragraph', 'heading', 'emphasis', 'strong', 'link', 'listItem', 'blockquote'), fc.array(tie('node'), {maxLength: 8})).map(
      ([type, children]) => ({type, children, ...(type === 'heading' ? {depth: 2} : {}), ...(type === 'link' ? {url: 'u'} : {})}) as Nodes
    )
  ),
  tree: fc.array(tie('node'), {maxLength: 10}).map((children): Nodes => ({type: 'root', children}) as Root)
}))

describe('mergeText (hast-util-to-mdast last step, linear)', () => {
  it('gives the same tree as the original on generated trees', () => {
    fc.assert(
      fc.property(tree, (input) => expectSameInPlace(input, original, mergeText)),
      {seed: 20261124, numRuns: 5000}
    )
  })

  it('merges runs of texts, fixes the first line ending only, and trims flow edges', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            {type: 'text', value: '  a \n b'},
            {type: 'text', value: ' \n c  '},
            {type: 'emphasis', children: [{type: 'text', value: ' x \n y '}]},
            {type: 'text', value: ' '}
          ]
        }
      ]
    }
    mergeText(tree)
    expect(tree).toEqual({
      type: 'root',
      children: [{type: 'paragraph', children: [{type: 'text', value: 'a\nb \n c  '}, {type: 'emphasis', children: [{type: 'text', value: ' x\ny '}]}]}]
    })
  })

  it('fixes a line ending after 100,000 tabs (the original regular expression backtracks polynomially there)', () => {
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'a' + '\t'.repeat(100_000) + '\u0000\n \tb'}]}]}
    mergeText(tree)
    expect(tree.children[0]).toEqual({type: 'paragraph', children: [{type: 'text', value: 'a' + '\t'.repeat(100_000) + '\u0000\nb'}]})
  })

  it('merges 200,000 adjacent texts in one paragraph (one pass, no splice per text)', () => {
    const children = Array.from({length: 200_000}, () => ({type: 'text' as const, value: 'a '}))
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children}]}
    mergeText(tree)
    expect(tree.children[0]).toEqual({type: 'paragraph', children: [{type: 'text', value: 'a '.repeat(200_000).trimEnd()}]})
  })
})
