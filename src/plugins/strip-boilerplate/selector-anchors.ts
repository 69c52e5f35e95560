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
  const byTag = new Map<string, number[]>()
  const byProperty = new Map<string, Array<{anchor: SelectorAnchor; selector: number}>>()
  anchors.forEach((own, selector) => {
    for (const anchor of own) {
      if (anchor.tag !== undefined) byTag.set(anchor.tag, [...(byTag.get(anchor.tag) ?? []), selector])
      else byProperty.set(anchor.property!, [...(byProperty.get(anchor.property!) ?? []), {anchor, selector}])
    }
  })
  const copies = new Map<Element, Element>()
  const live = new Set<number>()
  const stack: Array<{node: Root['children'][number]; svg: boolean}> = []
  const push = (parent: Root | Element, svg: boolean) => {
    for (let index = parent.children.length - 1; index >= 0; index--) stack.push({node: parent.children[index]!, svg})
  }
  push(tree, false)
  while (stack.length > 0) {
    const {node, svg} = stack.pop()!
    if (node.type !== 'element') continue
    const inSvg = svg || node.tagName === 'svg'
    let met = false
    if (inSvg) {
      met = true
      anchors.forEach((_, selector) => live.add(selector))
    } else {
      for (const selector of byTag.get(node.tagName.toLowerCase()) ?? []) {
        met = true
        live.add(selector)
      }
      for (const [property, entries] of byProperty) {
        if (node.properties[property] === undefined) continue
        for (const {anchor, selector} of entries) {
          if (!meetsAnchor(node, anchor)) continue
          met = true
          live.add(selector)
        }
      }
    }
    if (met) copies.set({...node, children: []}, node)
    push(node, inSvg)
  }
  return {copies, live}
}

function meetsAnchor(element: Element, anchor: SelectorAnchor): boolean {
  if (anchor.tag !== undefined) return element.tagName.toLowerCase() === anchor.tag
  const value = element.properties[anchor.property!]
  if (value === undefined || value === null || value === false) return false
  if (anchor.substring === undefined) return true
  const text = valueText(value)
  if (text === null) return true
  return anchor.ignoreCase
    ? text.toLowerCase().includes(anchor.substring.toLowerCase())
    : text.includes(anchor.substring)
}

/** A property value as the text a selector compares (lists both space- and comma-joined); `null`: any. */
function valueText(value: Properties[string]): string | null {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.join(' ') + '\n' + value.join(',')
  return null
}
