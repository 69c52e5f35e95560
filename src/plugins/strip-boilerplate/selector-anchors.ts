import type {Element, Properties, Root} from 'hast'
import {createParser, type AstRule} from 'css-selector-parser'
import {find, html} from 'property-information'
import {matchesCompounds, type CompiledCompounds} from './compound-matcher.js'
import {eachElement} from '../../util/walk.js'

/**
 * Something an element must have to match one compound selector: its tag
 * name, or a property (and, when `substring` is set, a value holding it).
 */
export interface SelectorAnchor {
  tag?: string
  property?: string
  substring?: string
  /** Compare `substring` case-insensitively (the `i` modifier). */
  ignoreCase?: boolean
}

/** hast-util-select's own parser settings, so both read a selector the same way. */
const parse = createParser({syntax: 'selectors-4'})

/**
 * The anchors of each selector of `selectors` (one per compound of its list),
 * or `null` when some selector is not a plain compound of a tag name, `#id`,
 * `.class` and `[attribute]` parts (a combinator, a pseudo-class, a
 * namespace, only `*`), or does not parse. An element that meets none of a
 * selector's anchors cannot match it, so only elements that meet one need to
 * be tested ({@link anchoredMatches}).
 */
export function selectorAnchors(selectors: readonly string[]): SelectorAnchor[][] | null {
  const anchors: SelectorAnchor[][] = []
  for (const selector of selectors) {
    let rules: AstRule[]
    try {
      rules = parse(selector).rules
    } catch {
      return null
    }
    const own: SelectorAnchor[] = []
    for (const rule of rules) {
      const anchor = ruleAnchor(rule)
      if (anchor === null) return null
      own.push(anchor)
    }
    anchors.push(own)
  }
  return anchors
}

function ruleAnchor(rule: AstRule): SelectorAnchor | null {
  if (rule.nestedRule !== undefined) return null
  let tag: SelectorAnchor | null = null
  let other: SelectorAnchor | null = null
  for (const item of rule.items) {
    switch (item.type) {
      case 'TagName':
        if (item.namespace !== undefined) return null
        tag = {tag: item.name.toLowerCase()}
        break
      case 'WildcardTag':
        if (item.namespace !== undefined) return null
        break
      case 'Id':
        other ??= {property: 'id', substring: item.name}
        break
      case 'ClassName':
        other ??= {property: 'className', substring: item.name}
        break
      case 'Attribute': {
        if (item.namespace !== undefined) return null
        const value = item.value
        if (value !== undefined && value.type !== 'String') return null
        other ??= {
          property: find(html, item.name).property,
          ...(value === undefined ? {} : {substring: value.value}),
          ...(item.caseSensitivityModifier === 'i' ? {ignoreCase: true} : {})
        }
        break
      }
      default:
        return null
    }
  }
  return tag ?? other
}

/** What {@link anchoredCopies} found. */
export interface AnchoredCopies {
  /** Shallow copies (no children) of the elements that meet an anchor, mapped to their originals. */
  copies: Map<Element, Element>
  /** Indexes of the selectors whose anchors some element meets. */
  live: Set<number>
}

/**
 * The elements of `tree` that could match one of the selectors whose
 * anchors are `anchors` (as {@link selectorAnchors} gives them), as
 * childless copies, and which selectors they could match. Elements in
 * `<svg>` always go (their attributes map to other properties), and make
 * every selector live. Compound selectors look at nothing but the element
 * itself, so matching the copies gives the same answer as matching in the tree.
 */
export function anchoredCopies(tree: Root | Element, anchors: readonly SelectorAnchor[][]): AnchoredCopies {
  const index = anchorIndex(anchors)
  const copies = new Map<Element, Element>()
  const live = new Set<number>()
  const met: number[] = []
  eachElementInSvg(tree, (node, svg) => {
    met.length = 0
    if (svg) {
      for (let selector = 0; selector < anchors.length; selector++) met.push(selector)
    } else {
      pushMetAnchors(node, index, met)
    }
    if (svg || met.length > 0) copies.set({...node, children: []}, node)
    for (const selector of met) live.add(selector)
  })
  return {copies, live}
}

/** What {@link anchoredMatches} found. */
export interface AnchoredMatches {
  /** Elements outside `<svg>` that match a selector, each with the smallest index of a selector it matches. */
  matched: Map<Element, number>
  /** `<svg>` elements and the elements inside them, in document order: left to hast-util-select. */
  svg: Element[]
}

/** Selectors ready for {@link anchoredMatches}: compiled, with their anchors indexed. */
export interface AnchoredSelectors {
  readonly index: AnchorIndex
  readonly selectors: readonly CompiledCompounds[]
}

/**
 * `selectors` (compiled by `compileCompounds`) with their anchors (as
 * {@link selectorAnchors} gives them, one list per selector) indexed, for
 * {@link anchoredMatches}.
 */
export function anchorSelectors(anchors: readonly SelectorAnchor[][], selectors: readonly CompiledCompounds[]): AnchoredSelectors {
  return {index: anchorIndex(anchors), selectors}
}

/**
 * The elements of `tree` that match one of the selectors of `anchored`
 * ({@link anchorSelectors}): an element outside `<svg>` is tested, directly,
 * only against the selectors one of whose anchors it meets, and goes with
 * the first that matches. Elements in `<svg>` (whose attributes map to other
 * properties) are only collected. Compound selectors look at nothing but the
 * element itself.
 */
export function anchoredMatches(tree: Root | Element, anchored: AnchoredSelectors): AnchoredMatches {
  const {index, selectors} = anchored
  const matched = new Map<Element, number>()
  const svgElements: Element[] = []
  const met: number[] = []
  eachElementInSvg(tree, (node, svg) => {
    if (svg) svgElements.push(node)
    else {
      met.length = 0
      pushMetAnchors(node, index, met)
      const first = firstMatching(node, met, selectors)
      if (first !== -1) matched.set(node, first)
    }
  })
  return {matched, svg: svgElements}
}

/**
 * Call `visitor` on every element below `tree` in document order, with
 * whether it is an `<svg>` or inside one (see {@link eachElement}: iterative,
 * and its stack grows with depth, not width).
 */
function eachElementInSvg(tree: Root | Element, visitor: (element: Element, inSvg: boolean) => void): void {
  eachElement(tree, (element) => {
    if (element === tree) return undefined
    if (element.tagName !== 'svg') {
      visitor(element, false)
      return undefined
    }
    // The `<svg>` and everything in it.
    eachElement(element, (inner) => {
      visitor(inner, true)
    })
    return false
  })
}

/** The smallest of the selector indexes `candidates` whose selector matches `element`, or -1. */
function firstMatching(element: Element, candidates: readonly number[], selectors: readonly CompiledCompounds[]): number {
  let first = -1
  for (const candidate of candidates) {
    if ((first === -1 || candidate < first) && matchesCompounds(selectors[candidate]!, element)) first = candidate
  }
  return first
}

/** An anchor with the selector it belongs to, and its substring in lower case. */
interface IndexedAnchor {
  anchor: SelectorAnchor
  selector: number
  lowerSubstring: string | undefined
}

/** Anchors by tag name, and by property name (`properties[i]` is the name of `entries[i]`'s anchors). */
interface AnchorIndex {
  byTag: Map<string, number[]>
  properties: string[]
  entries: IndexedAnchor[][]
}

function anchorIndex(anchors: readonly SelectorAnchor[][]): AnchorIndex {
  const byTag = new Map<string, number[]>()
  const properties: string[] = []
  const entries: IndexedAnchor[][] = []
  anchors.forEach((own, selector) => {
    for (const anchor of own) {
      if (anchor.tag !== undefined) {
        const list = byTag.get(anchor.tag) ?? []
        list.push(selector)
        byTag.set(anchor.tag, list)
        continue
      }
      let slot = properties.indexOf(anchor.property!)
      if (slot === -1) {
        slot = properties.push(anchor.property!) - 1
        entries.push([])
      }
      entries[slot]!.push({anchor, selector, lowerSubstring: anchor.substring?.toLowerCase()})
    }
  })
  return {byTag, properties, entries}
}

/** Push on `met` the selectors one of whose anchors `element` (not in SVG) meets (a selector may come twice). */
function pushMetAnchors(element: Element, index: AnchorIndex, met: number[]): void {
  const selectors = index.byTag.get(element.tagName.toLowerCase())
  if (selectors !== undefined) for (const selector of selectors) met.push(selector)
  for (let slot = 0; slot < index.properties.length; slot++) {
    const value = element.properties[index.properties[slot]!]
    if (value === undefined || value === null || value === false) continue
    const text = valueText(value)
    let lower: string | null = null
    for (const {anchor, selector, lowerSubstring} of index.entries[slot]!) {
      let meets: boolean
      if (anchor.substring === undefined || text === null) meets = true
      else if (anchor.ignoreCase) meets = (lower ??= text.toLowerCase()).includes(lowerSubstring!)
      else meets = text.includes(anchor.substring)
      if (meets) met.push(selector)
    }
  }
}

/** A property value as the text a selector compares (lists both space- and comma-joined); `null`: any. */
function valueText(value: Properties[string]): string | null {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.join(' ') + '\n' + value.join(',')
  return null
}
