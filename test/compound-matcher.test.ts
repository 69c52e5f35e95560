import fc from 'fast-check'
import type {Element, Properties, Root} from 'hast'
import {h} from 'hastscript'
import {matches, selectAll} from 'hast-util-select'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../src/index.js'
import {compileCompounds, matchesCompounds, selectCompounds} from '../src/plugins/strip-boilerplate/compound-matcher.js'
import {anchoredMatches, anchorSelectors, selectorAnchors} from '../src/plugins/strip-boilerplate/selector-anchors.js'
import {compoundSelector} from './helpers/compound-selectors.js'

const TAGS = ['div', 'p', 'img', 'ins', 'nav', 'a', 'DIV', 'Img']
const WORDS = ['ad', 'ad-slot', 'Ad', 'taboola', 'Taboola', 'x', 'x y', ' x', 'nav', '1', '0px', '', 'ad,x', 'tag', 'tag-x']
const IDENTIFIERS = ['ad', 'Ad', 'ad-slot', 'taboola', 'x', 'nav', 'tag']
/** Attribute names as selectors spell them, with the properties hast gives them. */
const ATTRIBUTES = ['id', 'class', 'width', 'data-ad-client', 'role', 'rel', 'title', 'hidden', 'accept', 'coords', 'DATA-AD-CLIENT', 'Width', 'src']
const PROPERTIES = ['id', 'className', 'width', 'dataAdClient', 'role', 'rel', 'title', 'hidden', 'accept', 'coords', 'src']

/** Property values of every kind hast allows, including odd ones (numbers in lists, booleans, strings where lists belong). */
const propertyValue: fc.Arbitrary<Properties[string]> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(0, 1, 12)), {maxLength: 3}),
  fc.boolean(),
  fc.constantFrom(0, 1, 12, Number.NaN),
  fc.constant(null),
  fc.constant(undefined)
)

const element: fc.Arbitrary<Element> = fc
  .record({tag: fc.constantFrom(...TAGS), properties: fc.dictionary(fc.constantFrom(...PROPERTIES), propertyValue, {maxKeys: 4})})
  .map(({tag, properties}) => ({type: 'element', tagName: tag, properties, children: []}))

const compound = compoundSelector({tags: TAGS, identifiers: IDENTIFIERS, attributes: ATTRIBUTES, words: WORDS, modifiers: ['', ' i', ' s']})

/** Attribute names by the property hast keeps them under. */
const ATTRIBUTE_OF: Record<string, string> = {className: 'class', dataAdClient: 'data-ad-client'}

/** A compound built from what `node` has (its tag, its property values or pieces of them, case flipped at random), so that it often nearly matches. */
function nearCompound(node: Element): fc.Arbitrary<string> {
  const names = Object.keys(node.properties)
  const texts = Object.values(node.properties).flatMap((value) => (Array.isArray(value) ? value.map(String) : [String(value)]))
  const word = fc.oneof(fc.constantFrom(...WORDS), ...(texts.length > 0 ? [fc.constantFrom(...texts)] : [])).chain((text) =>
    fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.boolean()).map(([from, to, upper]) => {
      const piece = text.slice(Math.min(from, to), Math.max(from, to) + 1)
      return upper ? piece.toUpperCase() : piece
    })
  )
  const attribute = fc.oneof(
    fc.constantFrom(...ATTRIBUTES),
    ...(names.length > 0 ? [fc.constantFrom(...names).map((name) => ATTRIBUTE_OF[name] ?? name)] : [])
  )
  const identifier = word.filter((text) => /^[a-z][\w-]*$/i.test(text))
  return fc
    .tuple(
      fc.option(fc.constantFrom(node.tagName, node.tagName.toUpperCase(), '*'), {nil: undefined}),
      fc.array(
        fc.oneof(
          identifier.map((text) => `.${text}`),
          identifier.map((text) => `#${text}`),
          fc
            .tuple(attribute, fc.constantFrom('', '=', '~=', '^=', '$=', '*=', '|='), word, fc.constantFrom('', ' i', ' s'))
            .map(([name, operator, text, modifier]) => (operator === '' ? `[${name}]` : `[${name}${operator}"${text.replace(/["\\]/g, '')}"${modifier}]`))
        ),
        {maxLength: 2}
      )
    )
    .map(([tag, parts]) => (tag ?? '') + parts.join(''))
    .filter((selector) => selector !== '' && selector !== '*')
}

const selectorList: fc.Arbitrary<string> = fc.array(compound, {minLength: 1, maxLength: 3}).map((list) => list.join(', '))

/** What `run` gives, or the error's type when it throws. */
function outcome(run: () => boolean): boolean | string {
  try {
    return run()
  } catch (error) {
    return error instanceof TypeError ? 'TypeError' : 'Error'
  }
}

describe('compileCompounds', () => {
  it('compiles plain compounds and lists of them', () => {
    for (const selector of ['ins.adsbygoogle', '[data-ad-client]', '.breadcrumb, #top', '[class*="Taboola" i]', 'a[rel~="tag"]', '*.x']) {
      expect(compileCompounds(selector), selector).not.toBeNull()
    }
  })

  it('gives up on anything else', () => {
    for (const selector of ['div p', 'ul > li', 'a:hover', 'svg|rect', '::before', 'p:not(.x)', '[', 'h1 + p', '[*|x]', 'a, b c']) {
      expect(compileCompounds(selector), selector).toBeNull()
    }
  })

  it('compiles every built-in selector', () => {
    for (const rule of builtinRules) for (const selector of rule.remove ?? []) expect(compileCompounds(selector), selector).not.toBeNull()
  })
})

describe('matchesCompounds', () => {
  it('answers as hast-util-select does on any HTML element (also when that throws)', () => {
    fc.assert(
      fc.property(element, selectorList, (node, selector) => {
        const compiled = compileCompounds(selector)
        expect(compiled).not.toBeNull()
        expect(outcome(() => matchesCompounds(compiled!, node))).toEqual(outcome(() => matches(selector, node)))
      }),
      {seed: 20261124, numRuns: 20000}
    )
  })

  it('answers as hast-util-select does for selectors built from the element itself', () => {
    fc.assert(
      fc.property(
        element.chain((node) => fc.tuple(fc.constant(node), fc.array(nearCompound(node), {minLength: 1, maxLength: 2}))),
        ([node, compounds]) => {
          const selector = compounds.join(', ')
          const compiled = compileCompounds(selector)
          expect(compiled, selector).not.toBeNull()
          expect(outcome(() => matchesCompounds(compiled!, node)), selector).toEqual(outcome(() => matches(selector, node)))
        }
      ),
      {seed: 20261126, numRuns: 20000}
    )
  })

  it('matches the cases that differ by a hair', () => {
    const cases: Array<[string, Element, boolean]> = [
      ['.x', {type: 'element', tagName: 'p', properties: Object.fromEntries([['className', 'xy']]), children: []}, true],
      ['[class~="x"]', h('p', {className: ['x', 'y']}), true],
      ['[accept="a, b"]', {type: 'element', tagName: 'input', properties: {accept: ['a', 'b']}, children: []}, true],
      ['[hidden="hidden"]', {type: 'element', tagName: 'p', properties: {hidden: true}, children: []}, true],
      ['[width$=""]', h('img', {width: 12}), false],
      ['DIV', h('div'), false],
      ['[ID="A" i]', h('p', {id: 'a'}), true]
    ]
    for (const [selector, node, expected] of cases) {
      expect(matches(selector, node), selector).toBe(expected)
      expect(matchesCompounds(compileCompounds(selector)!, node), selector).toBe(expected)
    }
  })
})

describe('anchoredMatches', () => {
  it('gives an element the first selector it matches, whichever anchor it met first', () => {
    const root: Root = {type: 'root', children: [h('div.x', [h('p#ad.y')])]}
    const selectors = ['.x', '#ad', 'div', 'p']
    const {matched} = anchoredMatches(root, anchorSelectors(selectorAnchors(selectors)!, selectors.map((selector) => compileCompounds(selector)!)))
    expect([...matched.values()]).toEqual([0, 1])
  })

  const tree: fc.Arbitrary<Root> = fc
    .array(fc.tuple(element, fc.array(element, {maxLength: 3}), fc.boolean()), {minLength: 1, maxLength: 5})
    .map((groups) => ({
      type: 'root',
      children: groups.map(([parent, children, inSvg]) =>
        inSvg ? h('svg', [{...parent, children}]) : {...parent, children}
      )
    }))

  it('gives each element outside SVG the first selector hast-util-select finds it with, and collects SVG content', () => {
    fc.assert(
      fc.property(
        tree.chain((root) => {
          const elements = selectAll('*', root)
          return fc.tuple(fc.constant(root), fc.array(fc.oneof(compound, fc.constantFrom(...elements).chain(nearCompound)), {minLength: 1, maxLength: 4}))
        }),
        ([root, selectors]) => {
        const anchors = selectorAnchors(selectors)
        const compiled = selectors.map(compileCompounds)
        if (anchors === null) return
        let expected: Map<Element, number>
        try {
          expected = referenceMatches(root, selectors)
        } catch {
          return
        }
        const {matched, svg} = anchoredMatches(root, anchorSelectors(anchors, compiled.map((entry) => entry!)))
        expect(matched).toEqual(expected)
        expect(new Set(svg)).toEqual(new Set(selectAll('svg, svg *', root)))
        }
      ),
      {seed: 20261125, numRuns: 3000}
    )
  })
})

/** Elements outside `<svg>` matched by `selectors` (hast-util-select over the tree), each with the first selector's index. */
function referenceMatches(root: Root, selectors: readonly string[]): Map<Element, number> {
  const inSvg = new Set(selectAll('svg, svg *', root))
  const found = new Map<Element, number>()
  selectors.forEach((selector, index) => {
    for (const match of selectAll(selector, root)) if (!inSvg.has(match) && !found.has(match)) found.set(match, index)
  })
  return found
}

describe('selectCompounds', () => {
  /** An element with nested elements (sometimes an `<svg>`) up to `depth` levels down. */
  const nested = (depth: number): fc.Arbitrary<Element> =>
    depth === 0
      ? element
      : fc
          .tuple(element, fc.array(nested(depth - 1), {maxLength: 3}), fc.nat(9))
          .map(([parent, children, roll]) => (roll === 0 ? {...parent, tagName: 'svg', children} : {...parent, children}))

  it('gives what hast-util-select’s selectAll gives, in the same order (also when that throws)', () => {
    fc.assert(
      fc.property(
        nested(3).chain((tree) => {
          const elements = selectAll('*', tree)
          const near = fc.constantFrom(...elements).chain(nearCompound)
          const other = fc.constantFrom('div p', 'a:first-child', 'p > a', 'svg|a')
          return fc.tuple(fc.constant(tree), fc.array(fc.oneof(compound, near, near, other), {minLength: 1, maxLength: 3}))
        }),
        ([tree, compounds]) => {
          const selector = compounds.join(', ')
          const result = (select: () => Element[]): Element[] | string => {
            try {
              return select()
            } catch (error) {
              return error instanceof TypeError ? 'TypeError' : 'Error'
            }
          }
          const expected = result(() => selectAll(selector, tree))
          const actual = result(() => selectCompounds(selector, tree))
          if (typeof expected === 'string' || typeof actual === 'string') expect(actual).toEqual(expected)
          else {
            expect(actual.length).toBe(expected.length)
            actual.forEach((match, index) => expect(match).toBe(expected[index]))
          }
        }
      ),
      {seed: 20261129, numRuns: 3000}
    )
  })

  it('lifts WordPress tags', () => {
    const footer = h('p', [h('a', {rel: ['tag'], href: '/t/a'}, 'A'), ' ', h('a', {rel: ['nofollow', 'tag']}, 'B'), h('a', {rel: ['tags']}, 'C')])
    expect(selectCompounds('a[rel~="tag"]', footer).map((node) => node.children)).toEqual([[{type: 'text', value: 'A'}], [{type: 'text', value: 'B'}]])
  })
})
