import fc from 'fast-check'
import type {Nodes} from 'hast'
import {toString} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import {textContent, visibleLength} from '../src/util/text-content.js'

/** Every character the regex `\s` matches, the code units around them, and plain text. */
const SPACES = ' \t\n\v\f\r\u0085\u00a0\u1680\u180e\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u001f\u0021\u009f\u00a1\u1fff\u200b\u2027\u202a\u3001\ufefe\uff00'
const value = fc.oneof(
  fc.string({maxLength: 4}),
  fc.array(fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom('a', '中', '\ud83d')), {maxLength: 6}).map((chars) => chars.join(''))
)

const tree = fc.letrec<{node: Nodes}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    value.map((value): Nodes => ({type: 'text', value})),
    fc.string({maxLength: 4}).map((value): Nodes => ({type: 'comment', value})),
    fc.constant<Nodes>({type: 'doctype'}),
    fc.tuple(fc.constantFrom('p', 'b', 'template', 'br', 'script', 'style'), fc.array(tie('node'), {maxLength: 4}))
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

  it('visibleLength counts what toString leaves of the shown elements once whitespace is removed', () => {
    const unseen = (node: Nodes): boolean => node.type === 'element' && ['script', 'style', 'noscript', 'template'].includes(node.tagName)
    const shown = (node: Nodes): Nodes => unseen(node) ? {type: 'root', children: []}
      : 'children' in node ? {...node, children: node.children.filter((c) => !unseen(c)).map(shown)} as Nodes
      : node
    fc.assert(fc.property(tree, (node) => {
      expect(visibleLength(node)).toBe(toString(shown(node)).replace(/\s+/g, '').length)
    }), {numRuns: 5000})
  })

  it('visibleLength leaves out the skipped element and all below it', () => {
    const skipped: Nodes = {type: 'element', tagName: 'b', properties: {}, children: [{type: 'text', value: 'two 2'}]}
    const node: Nodes = {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: ' one\u3000'}, skipped, {type: 'text', value: 'x'}]}
    expect(visibleLength(node)).toBe(8)
    expect(visibleLength(node, skipped as never)).toBe(4)
    expect(visibleLength(node, node as never)).toBe(0)
  })

  it('reads trees too deep for recursion', () => {
    let node: Nodes = {type: 'text', value: 'deep'}
    for (let depth = 0; depth < 200_000; depth++) node = {type: 'element', tagName: 'b', properties: {}, children: [node, {type: 'text', value: ''}]}
    expect(textContent(node)).toBe('deep')
  })
})
