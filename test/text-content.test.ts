import fc from 'fast-check'
import type {Nodes} from 'hast'
import {toString} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import {textContent} from '../src/util/text-content.js'

const tree = fc.letrec<{node: Nodes}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    fc.string({maxLength: 4}).map((value): Nodes => ({type: 'text', value})),
    fc.string({maxLength: 4}).map((value): Nodes => ({type: 'comment', value})),
    fc.constant<Nodes>({type: 'doctype'}),
    fc.tuple(fc.constantFrom('p', 'b', 'template', 'br'), fc.array(tie('node'), {maxLength: 4}))
      .map(([tagName, children]): Nodes => ({type: 'element', tagName, properties: {}, children: children.filter((c) => c.type !== 'doctype') as never})),
    fc.array(tie('node'), {maxLength: 4}).map((children): Nodes => ({type: 'root', children: children as never}))
  )
})).node

describe('textContent', () => {
  it('equals hast-util-to-string', () => {
    fc.assert(fc.property(tree, (node) => {
      expect(textContent(node)).toBe(toString(node))
    }), {numRuns: 5000})
  })

  it('reads trees too deep for recursion', () => {
    let node: Nodes = {type: 'text', value: 'deep'}
    for (let depth = 0; depth < 200_000; depth++) node = {type: 'element', tagName: 'b', properties: {}, children: [node, {type: 'text', value: ''}]}
    expect(textContent(node)).toBe('deep')
  })
})
