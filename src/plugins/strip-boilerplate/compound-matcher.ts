import type {Element, Properties} from 'hast'
import {createParser, type AstRule} from 'css-selector-parser'
import {selectAll} from 'hast-util-select'
import {find, html, type Info} from 'property-information'

/** One part of a compound selector, read as hast-util-select reads it. */
type Part =
  | {kind: 'tag'; name: string}
  | {kind: 'id'; name: string}
  | {kind: 'class'; name: string}
  | {kind: 'attribute'; info: Info; operator: string | undefined; key: string | undefined; ignoreCase: boolean}

/** A selector list of plain compounds, each compound as its parts ({@link compileCompounds}). */
export type CompiledCompounds = ReadonlyArray<readonly Part[]>

/** hast-util-select's own parser settings, so both read a selector the same way. */
const parse = createParser({syntax: 'selectors-4'})

/** Attribute operators hast-util-select knows. */
const OPERATORS: ReadonlySet<string> = new Set(['=', '$=', '*=', '^=', '|=', '~='])

/**
 * `selector` as a list of compounds that {@link matchesCompounds} tests
 * directly, or `null` when it does not parse or some compound is more than a
 * tag name, `*`, `#id`, `.class` and `[attribute]` parts with a string value
 * (a combinator, a pseudo-class, a namespace): those stay with hast-util-select.
 */
export function compileCompounds(selector: string): CompiledCompounds | null {
  let rules: AstRule[]
  try {
    rules = parse(selector).rules
  } catch {
    return null
  }
  const compounds: Part[][] = []
  for (const rule of rules) {
    const parts = compoundParts(rule)
    if (parts === null) return null
    compounds.push(parts)
  }
  return compounds
}

function compoundParts(rule: AstRule): Part[] | null {
  if (rule.nestedRule !== undefined) return null
  const parts: Part[] = []
  for (const item of rule.items) {
    switch (item.type) {
      case 'TagName':
        if (item.namespace !== undefined) return null
        parts.push({kind: 'tag', name: item.name})
        break
      case 'WildcardTag':
        if (item.namespace !== undefined) return null
        break
      case 'Id':
        parts.push({kind: 'id', name: item.name})
        break
      case 'ClassName':
        parts.push({kind: 'class', name: item.name})
        break
      case 'Attribute': {
        if (item.namespace !== undefined) return null
        const value = item.value
        if (value !== undefined && (value.type !== 'String' || item.operator === undefined || !OPERATORS.has(item.operator))) return null
        const ignoreCase = item.caseSensitivityModifier === 'i'
        const key = value === undefined ? undefined : ignoreCase ? value.value.toLowerCase() : value.value
        parts.push({kind: 'attribute', info: find(html, item.name), operator: item.operator, key, ignoreCase})
        break
      }
      default:
        return null
    }
  }
  return parts
}

/**
 * Whether `element` matches one of the compounds of `compounds`, as
 * hast-util-select's `matches` would answer for an element in HTML space
 * (not an `<svg>` nor inside one, where attributes map to other properties).
 */
export function matchesCompounds(compounds: CompiledCompounds, element: Element): boolean {
  for (const parts of compounds) if (matchesParts(parts, element)) return true
  return false
}

function matchesParts(parts: readonly Part[], element: Element): boolean {
  for (const part of parts) {
    switch (part.kind) {
      case 'tag':
        if (part.name !== element.tagName) return false
        break
      case 'id':
        if (element.properties.id !== part.name) return false
        break
      case 'class':
        if (!hasClass(element.properties.className, part.name)) return false
        break
      default:
        if (!matchesAttribute(part, element)) return false
    }
  }
  return true
}

/** hast-util-select's class test: `(className || []).includes(name)`, a substring test when `className` is a string. */
function hasClass(value: Properties[string], name: string): boolean {
  if (!value) return false
  if (typeof value === 'string' || Array.isArray(value)) return value.includes(name)
  throw new TypeError('className.includes is not a function')
}

function matchesAttribute(part: Extract<Part, {kind: 'attribute'}>, element: Element): boolean {
  let value = attributeValue(element.properties[part.info.property], part.info)
  if (part.key === undefined) return value !== undefined
  if (value === undefined) return false
  if (part.ignoreCase && value) value = value.toLowerCase()
  const key = part.key
  switch (part.operator) {
    case '=':
      return key === value
    case '$=':
      return key === value.slice(-key.length)
    case '*=':
      return value.includes(key)
    case '^=':
      return key === value.slice(0, key.length)
    case '|=':
      return key === value || (key === value.slice(0, key.length) && value.charAt(key.length) === '-')
    default:
      return key === value || spaceTokens(value).includes(key)
  }
}

/** A property value as the attribute text hast-util-select compares, `undefined` when absent. */
function attributeValue(value: Properties[string], info: Info): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'boolean') return value ? info.attribute : undefined
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined
    if (!info.commaSeparated) return value.join(' ').trim()
    const items = value[value.length - 1] === '' ? [...value, ''] : value
    return items.join(', ').trim()
  }
  return String(value)
}

/** The tokens of a space-separated value (as `space-separated-tokens` parses them). */
function spaceTokens(value: string): string[] {
  const input = value.trim()
  return input ? input.split(/[ \t\n\r\f]+/g) : []
}

/** Selectors compiled by {@link selectCompounds}, `null` for those it leaves to hast-util-select. */
const compiledCache = new Map<string, CompiledCompounds | null>()

/** Selectors kept compiled at most (rules hold few). */
const CACHE_LIMIT = 256

/**
 * The elements of `tree` (itself included) that `selector` matches, in
 * document order: what hast-util-select's `selectAll(selector, tree)`
 * gives. A list of plain compounds ({@link compileCompounds}) is matched
 * directly in one walk, unless the walk meets an `<svg>` (whose content maps
 * attributes to other properties); anything else goes to hast-util-select.
 */
export function selectCompounds(selector: string, tree: Element): Element[] {
  let compiled = compiledCache.get(selector)
  if (compiled === undefined) {
    if (compiledCache.size >= CACHE_LIMIT) compiledCache.clear()
    compiled = compileCompounds(selector)
    compiledCache.set(selector, compiled)
  }
  if (compiled === null) return selectAll(selector, tree)
  const found: Element[] = []
  const stack: Element[] = [tree]
  while (stack.length > 0) {
    const element = stack.pop()!
    if (element.tagName === 'svg') return selectAll(selector, tree)
    if (matchesCompounds(compiled, element)) found.push(element)
    for (let index = element.children.length - 1; index >= 0; index--) {
      const child = element.children[index]!
      if (child.type === 'element') stack.push(child)
    }
  }
  return found
}
