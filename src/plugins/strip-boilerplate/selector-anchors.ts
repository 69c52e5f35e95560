import type {Element, Properties, Root} from 'hast'
import {createParser, type AstRule} from 'css-selector-parser'
import {find, html} from 'property-information'

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
 * go to hast-util-select, which stays the judge of what matches.
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
  const nodes: Array<Root['children'][number]> = []
  const inSvg: boolean[] = []
  for (let child = tree.children.length - 1; child >= 0; child--) {
    nodes.push(tree.children[child]!)
    inSvg.push(false)
  }
  while (nodes.length > 0) {
    const node = nodes.pop()!
    const svg = inSvg.pop()! || (node.type === 'element' && node.tagName === 'svg')
    if (node.type !== 'element') continue
    let met = false
    if (svg) {
      met = true
      for (let selector = 0; selector < anchors.length; selector++) live.add(selector)
    } else {
      met = markMetAnchors(node, index, live)
    }
    if (met) copies.set({...node, children: []}, node)
    for (let child = node.children.length - 1; child >= 0; child--) {
      nodes.push(node.children[child]!)
      inSvg.push(svg)
    }
  }
  return {copies, live}
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

/** Add to `live` the selectors one of whose anchors `element` (not in SVG) meets; whether it met any. */
function markMetAnchors(element: Element, index: AnchorIndex, live: Set<number>): boolean {
  let met = false
  const selectors = index.byTag.get(element.tagName.toLowerCase())
  if (selectors !== undefined) {
    met = true
    for (const selector of selectors) live.add(selector)
  }
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
      if (!meets) continue
      met = true
      live.add(selector)
    }
  }
  return met
}

/** A property value as the text a selector compares (lists both space- and comma-joined); `null`: any. */
function valueText(value: Properties[string]): string | null {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.join(' ') + '\n' + value.join(',')
  return null
}
