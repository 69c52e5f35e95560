import fc from 'fast-check'
import type {Element, Root} from 'hast'
import {h} from 'hastscript'
import {selectAll} from 'hast-util-select'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../src/index.js'
import {anchoredCopies, selectorAnchors} from '../src/plugins/strip-boilerplate/selector-anchors.js'
import {compoundSelector} from './helpers/compound-selectors.js'

describe('selectorAnchors', () => {
  it('gives one anchor per compound selector', () => {
    expect(selectorAnchors(['ins.adsbygoogle', '[data-ad-client]', '.breadcrumb, #top', '[class*="Taboola" i]'])).toEqual([
      [{tag: 'ins'}],
      [{property: 'dataAdClient'}],
      [
        {property: 'className', substring: 'breadcrumb'},
        {property: 'id', substring: 'top'}
      ],
      [{property: 'className', substring: 'Taboola', ignoreCase: true}]
    ])
  })

  it('gives up on anything but plain compounds', () => {
    for (const selector of ['div p', 'ul > li', 'a:hover', '*', 'svg|rect', '::before', 'p:not(.x)', '[', 'h1 + p']) {
      expect(selectorAnchors(['nav', selector]), selector).toBeNull()
    }
  })

  it('anchors every built-in rule', () => {
    for (const rule of builtinRules) if (rule.remove) expect(selectorAnchors(rule.remove), rule.id).not.toBeNull()
  })
})

const TAGS = ['div', 'p', 'img', 'ins', 'nav', 'span', 'svg', 'a']
const WORDS = ['ad', 'ad-slot', 'taboola', 'Taboola', 'x', 'nav', '1', '0px', 'OUTBRAIN']
const IDENTIFIERS = WORDS.filter((word) => /^[a-z][\w-]*$/i.test(word))
const ATTRIBUTES = ['id', 'class', 'width', 'data-ad-client', 'role', 'title']

const element: fc.Arbitrary<Element> = fc
  .record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.dictionary(fc.constantFrom(...ATTRIBUTES), fc.array(fc.constantFrom(...WORDS), {maxLength: 3}).map((words) => words.join(' ')))
  })
  .map(({tag, attributes}) => h(tag, attributes))

const compound = compoundSelector({tags: TAGS, identifiers: IDENTIFIERS, attributes: ATTRIBUTES, words: WORDS, modifiers: ['', ' i']})
  .filter((selector) => selector !== '*')

describe('anchoredCopies', () => {
  it('keeps every element a compound selector matches, and marks that selector live (checked against hast-util-select)', () => {
    fc.assert(
      fc.property(fc.array(element, {minLength: 1, maxLength: 6}), fc.array(compound, {minLength: 1, maxLength: 3}), (elements, selectors) => {
        const tree: Root = {type: 'root', children: [h('section', elements)]}
        const anchors = selectorAnchors(selectors)
        expect(anchors).not.toBeNull()
        const {copies, live} = anchoredCopies(tree, anchors!)
        const originals = new Set(copies.values())
        selectors.forEach((selector, index) => {
          const matched = selectAll(selector, tree)
          for (const match of matched) expect(originals.has(match)).toBe(true)
          if (matched.length > 0) expect(live.has(index)).toBe(true)
        })
        for (const copy of copies.keys()) expect(copy.children).toEqual([])
      }),
      {seed: 20261123, numRuns: 1500}
    )
  })

  it('leaves out elements that cannot match, and always keeps SVG content', () => {
    const tree: Root = {
      type: 'root',
      children: [h('div', [h('p.story', 'text'), h('ins.adsbygoogle'), h('svg', [h('rect', {id: 'r'})])])]
    }
    const {copies, live} = anchoredCopies(tree, selectorAnchors(['ins.adsbygoogle', '[id^="ad"]', 'nav'])!)
    expect([...copies.values()].map((node) => node.tagName)).toEqual(['ins', 'svg', 'rect'])
    expect([...live].sort()).toEqual([0, 1, 2])
    const plain: Root = {type: 'root', children: [h('div', [h('p.story', 'text'), h('ins.adsbygoogle')])]}
    expect([...anchoredCopies(plain, selectorAnchors(['ins.adsbygoogle', '[id^="ad"]', 'nav'])!).live]).toEqual([0])
  })
})
