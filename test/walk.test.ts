import type {Element, Root, Text} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Node} from 'unist'
import {visit} from 'unist-util-visit'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {EXIT, eachElement, walk} from '../src/util/walk.js'

const html = '<div><p>a<b>b</b>c</p><ul><li>d</li><li><i>e</i></li></ul></div><p>f</p>'

describe('walk', () => {
  it('visits the same nodes in the same order as unist-util-visit, with index and parent', () => {
    const tree = fromHtml(html, {fragment: true})
    const expected: Array<[Node, number | undefined, unknown]> = []
    visit(tree, (node, index, parent) => {
      expected.push([node, index, parent])
    })
    const actual: Array<[Node, number | undefined, unknown]> = []
    walk(tree, (node, index, parent) => {
      actual.push([node, index, parent])
    })
    expect(actual.length).toBe(expected.length)
    actual.forEach((entry, position) => expect(entry).toEqual(expected[position]))
  })

  it('skips the children of a node when the visitor returns false', () => {
    const tree = fromHtml(html, {fragment: true})
    const names: string[] = []
    eachElement(tree, (element) => {
      names.push(element.tagName)
      return element.tagName === 'ul' ? false : undefined
    })
    expect(names).toEqual(['div', 'p', 'b', 'ul', 'p'])
  })

  it('stops the whole walk when the visitor returns EXIT, at the root or below', () => {
    const tree = fromHtml(html, {fragment: true})
    const names: string[] = []
    eachElement(tree, (element) => {
      names.push(element.tagName)
      return element.tagName === 'b' ? EXIT : undefined
    })
    expect(names).toEqual(['div', 'p', 'b'])
    let visits = 0
    walk(tree, () => {
      visits++
      return EXIT
    })
    expect(visits).toBe(1)
  })

  it('continues at the returned index after a splice, visiting what was spliced in', () => {
    const tree = fromHtml('<p>x<span><b>1</b><i>2</i></span>y</p>', {fragment: true})
    const seen: string[] = []
    eachElement(tree, (element, index, parent) => {
      seen.push(element.tagName)
      if (element.tagName === 'span' && parent && index !== undefined) {
        parent.children.splice(index, 1, ...(element.children as Node[]))
        return index
      }
      return undefined
    })
    expect(seen).toEqual(['p', 'span', 'b', 'i'])
    const p = tree.children[0] as Element
    expect(p.children.map((child) => (child.type === 'element' ? child.tagName : (child as Text).value))).toEqual(['x', 'b', 'i', 'y'])
  })

  it('visits a replacement put at the same index, and its children', () => {
    const tree = fromHtml('<p><span>old</span></p>', {fragment: true})
    const seen: string[] = []
    walk(tree, (node, index, parent) => {
      if (node.type === 'text') seen.push((node as Text).value)
      if (node.type === 'element' && (node as Element).tagName === 'span' && parent && index !== undefined) {
        const replacement: Element = {type: 'element', tagName: 'em', properties: {}, children: [{type: 'text', value: 'new'}]}
        parent.children[index] = replacement
      }
    })
    expect(seen).toEqual(['new'])
  })

  it('eachElement visits what walk visits of elements, in order, with the same skips and stop', () => {
    const tag = fc.constantFrom('div', 'p', 'b', 'i', 'ul', 'li', 'span')
    const html = fc.letrec<{node: string}>((tie) => ({
      node: fc.oneof({depthSize: 'small'}, fc.constantFrom('x', ' ', '<!--c-->', '<br>'),
        fc.tuple(tag, fc.array(tie('node'), {maxLength: 4})).map(([name, children]) => `<${name}>${children.join('')}</${name}>`))
    })).node
    fc.assert(fc.property(fc.array(html, {maxLength: 6}), tag, tag, (parts, skipped, stopAt) => {
      const tree = fromHtml(parts.join(''), {fragment: true})
      const decide = (element: Element) => (element.tagName === stopAt ? EXIT : element.tagName === skipped ? false : undefined)
      const expected: Array<[Element, number | undefined, unknown]> = []
      walk(tree, (node, index, parent) => {
        if (node.type !== 'element') return undefined
        expected.push([node as Element, index, parent])
        return decide(node as Element)
      })
      const actual: Array<[Element, number | undefined, unknown]> = []
      eachElement(tree, (element, index, parent) => {
        actual.push([element, index, parent])
        return decide(element)
      })
      expect(actual).toEqual(expected)
      // From an element: the element itself first, as walk visits its root.
      const element = tree.children.find((node): node is Element => node.type === 'element')
      if (element === undefined) return
      const fromWalk: Element[] = []
      walk(element, (node) => (node.type === 'element' ? (fromWalk.push(node as Element), decide(node as Element)) : undefined))
      const fromEach: Element[] = []
      eachElement(element, (node) => (fromEach.push(node), decide(node)))
      expect(fromEach).toEqual(fromWalk)
    }), {numRuns: 300})
  })

  it('does not overflow the stack on 100,000 nested elements', () => {
    const root: Root = {type: 'root', children: []}
    let parent: Root | Element = root
    for (let depth = 0; depth < 100_000; depth++) {
      const child: Element = {type: 'element', tagName: 'div', properties: {}, children: []}
      parent.children.push(child)
      parent = child
    }
    let count = 0
    eachElement(root, () => {
      count++
    })
    expect(count).toBe(100_000)
  })
})
