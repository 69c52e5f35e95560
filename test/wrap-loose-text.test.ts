import fc from 'fast-check'
import type {Element, Properties, Root} from 'hast'
import {phrasing} from 'hast-util-phrasing'
import {h} from 'hastscript'
import {describe, expect, it} from 'vitest'
import {isPhrasing, wrapLooseText} from '../src/tree/wrap-loose-text.js'

/** Tag names: HTML's phrasing, embedded and flow elements, and made-up ones. */
const TAGS = ['a', 'abbr', 'area', 'audio', 'b', 'br', 'button', 'canvas', 'code', 'del', 'div', 'em', 'embed', 'figure', 'h1', 'i', 'iframe',
  'img', 'input', 'link', 'map', 'math', 'meta', 'noscript', 'object', 'p', 'picture', 'script', 'section', 'select', 'span', 'strong', 'svg',
  'table', 'template', 'textarea', 'time', 'ul', 'video', 'wbr', 'x-custom', 'o:p', 'font', 'center', 'Span', '']
const PROPERTIES: Properties[] = [{}, {itemProp: ['name']}, {rel: ['stylesheet']}, {rel: ['pingback'], href: '/x'}, {rel: ['canonical']}, {itemProp: ['a'], rel: ['preload']}]

describe('isPhrasing', () => {
  it('answers as hast-util-phrasing does, properties included, past the remembered names too', () => {
    const tag = fc.oneof(fc.constantFrom(...TAGS), fc.string({maxLength: 6}))
    fc.assert(
      fc.property(tag, fc.constantFrom(...PROPERTIES), (tagName, properties) => {
        const element: Element = {type: 'element', tagName, properties: {...properties}, children: []}
        expect(isPhrasing(element)).toBe(phrasing(element))
      }),
      {seed: 20261124, numRuns: 4000}
    )
  })
})

describe('wrapLooseText', () => {
  it('wraps loose text and inline elements beside blocks into paragraphs, and leaves whitespace runs', () => {
    const root: Root = {type: 'root', children: [{type: 'text', value: '日期：2020 '}, h('b', 'x'), h('p', 'Body.'), {type: 'text', value: '\n'}, h('div', 'D'), h('link', {rel: ['stylesheet'], href: '/s.css'})]}
    wrapLooseText(root)
    expect(root.children).toEqual([
      h('p', [{type: 'text', value: '日期：2020 '}, h('b', 'x')]),
      h('p', 'Body.'),
      {type: 'text', value: '\n'},
      h('div', 'D'),
      h('p', [h('link', {rel: ['stylesheet'], href: '/s.css'})])
    ])
  })

  it('leaves a fragment without blocks alone', () => {
    const root: Root = {type: 'root', children: [{type: 'text', value: 'a '}, h('i', 'b'), h('img', {src: '/x.png'})]}
    const before = structuredClone(root)
    wrapLooseText(root)
    expect(root).toEqual(before)
  })
})
