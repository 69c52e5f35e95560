import type {Element, Root} from 'hast'
import {matches, selectAll} from 'hast-util-select'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {getState, reportRemoval, reportWarning} from '../pipeline/state.js'
import type {Rule} from '../types.js'
import {nodesAfterCut, removeNodes, trimSeparators} from './strip-boilerplate/apply.js'
import {liftValues} from './strip-boilerplate/extract.js'
import {normalizeText} from './strip-boilerplate/normalize-text.js'
import {describeElement, holdsContent, reportText} from './strip-boilerplate/report-text.js'
import {labelledSections} from './strip-boilerplate/heading-section.js'
import {compileCompounds, type CompiledCompounds} from './strip-boilerplate/compound-matcher.js'
import {anchoredMatches, anchorSelectors, selectorAnchors, type AnchoredSelectors, type SelectorAnchor} from './strip-boilerplate/selector-anchors.js'
import {activeRules} from './strip-boilerplate/source-locations.js'
import {BoilerplateWalker, type Decision} from './strip-boilerplate/walk.js'
import {append} from '../util/arrays.js'
import {LastResult, sameItems} from '../util/last-result.js'
import {EXIT, walk} from '../util/walk.js'

/** Options of {@link rehypeStripBoilerplate}. */
export interface StripBoilerplateOptions {
  /** The rules to apply, tried in order (the first that matches a block drops it). Default: none. */
  rules?: readonly Rule[]
  /** Where the copy was found, to match rules' hosts. */
  url?: string
}

/**
 * Remove boilerplate blocks using rules kept as data (see {@link Rule}).
 *
 * A rule applies when it has no `hosts`, or when the `url` option, the
 * envelope's front matter (`from`, `url`…) or title-header URL, or any link or
 * image in the input is on one of its hosts. Elements matching `remove`
 * selectors are dropped; for text rules the smallest block whose whole text
 * matches is dropped (lines split by `<br>` are blocks of their own); a
 * `cutFrom` match drops the block and everything after it (only the block
 * when the rest would be more than half of the text); a heading dropped by a
 * `dropSection` rule takes its section of short entries with it. Before a block goes, the rule's `extract` lifts values into
 * the pipeline state (`lifted`); every dropped block is reported in document
 * order with the rule's id. Containers emptied by the removals go too, as do
 * separators left at the start or end.
 *
 * @example
 * ```ts
 * import rehypeParse from 'rehype-parse'
 * import rehypeStringify from 'rehype-stringify'
 * import {unified} from 'unified'
 * import {builtinRules, rehypeStripBoilerplate} from 'unsyndicate'
 *
 * const file = unified()
 *   .use(rehypeParse, {fragment: true})
 *   .use(rehypeStripBoilerplate, {rules: builtinRules})
 *   .use(rehypeStringify)
 *   .processSync('<p>Text.</p><p>免责声明：本文仅代表作者观点。</p>')
 * String(file) // '<p>Text.</p>'
 * file.data.unsyndicate?.removed // [{rule: 'generic/disclaimer', text: '免责声明：本文仅代表作者观点。'}]
 * ```
 */
export const rehypeStripBoilerplate: Plugin<[StripBoilerplateOptions?], Root> = function (options) {
  const rules = options?.rules ?? []
  const url = options?.url
  return (tree, file) => {
    stripBoilerplate(tree, file, rules, url)
  }
}

/** Apply `rules` to `tree`, reporting into `file`'s pipeline state. */
export function stripBoilerplate(tree: Root, file: VFile, rules: readonly Rule[], url?: string): void {
  if (rules.length === 0) return
  const state = getState(file)
  const active = activeRules(rules, tree, url, state.envelope)
  if (active.length === 0) return
  const walker = new BoilerplateWalker(active, selectorMatches(tree, active, file), tree)
  const {decisions, cut} = walker.run(tree)
  const removed = new Set<unknown>()
  for (const decision of decisions) for (const node of decision.nodes) removed.add(node)
  if (cut) {
    for (const node of nodesAfterCut(cut)) {
      if (removed.has(node)) continue
      const silent = !holdsContent([node], removed)
      removed.add(node)
      if (!silent) decisions.push({nodes: [node], rule: cut.decision.rule, summary: null})
    }
  }
  for (const {rule, nodes} of labelledSections(tree, decisions)) {
    for (const node of nodes) {
      if (removed.has(node)) continue
      const silent = !holdsContent([node], removed)
      removed.add(node)
      if (!silent) decisions.push({nodes: [node], rule, summary: null})
    }
  }
  if (removed.size === 0) return
  const order = preorderIndex(tree, new Set(decisions.map((decision) => decision.nodes[0])))
  decisions.sort((a, b) => (order.get(a.nodes[0]) ?? 0) - (order.get(b.nodes[0]) ?? 0))
  for (const decision of decisions) {
    if (decision.rule.extract && decision.summary) {
      liftValues(decision.rule.extract, decision.nodes, decision.summary, state.lifted)
    } else if (decision.rule.extract?.syndicator && !state.lifted.syndicator.includes(decision.rule.extract.syndicator)) {
      state.lifted.syndicator.push(decision.rule.extract.syndicator)
    }
    reportRemoval(file, decision.rule.id, decisionText(decision, removed))
  }
  removeNodes(tree, removed)
  trimSeparators(tree)
}

/** A rule's selectors, checked once ({@link compiledSelectors}). */
interface CompiledRule {
  /** A copy of `rule.remove`, to notice a change. */
  source: readonly string[]
  /** The selectors as one list, or `null` when one of them may throw. */
  list: string | null
  /** The selectors' anchors, or `null` when one is not a plain compound. */
  anchors: SelectorAnchor[][] | null
  /** Each selector compiled for direct matching, or `null` when one is not a plain compound. */
  compounds: CompiledCompounds[] | null
}

/**
 * Each rule's selectors as one selector list, or `null` when one of them may
 * throw (it does not parse, or it has a pseudo-class, which hast-util-select
 * may reject only when it meets a matching element): such a rule is tried one
 * selector at a time, as before. With the list, the selectors' anchors
 * ({@link selectorAnchors}) and compiled compounds ({@link compileCompounds}).
 * Checked once per rule (again if `remove` changes).
 */
const selectorLists = new WeakMap<Rule, CompiledRule>()
const EMPTY_ROOT: Root = {type: 'root', children: []}

function compiledSelectors(rule: Rule): CompiledRule {
  const selectors = rule.remove ?? []
  let cached = selectorLists.get(rule)
  if (cached === undefined || !sameItems(cached.source, selectors)) {
    let list: string | null = selectors.join(', ')
    for (const selector of selectors) {
      if (typeof selector !== 'string' || /[:&\\]/.test(selector)) list = null
      else {
        try {
          selectAll(selector, EMPTY_ROOT)
        } catch {
          list = null
        }
      }
    }
    const anchors = list === null ? null : selectorAnchors(selectors)
    cached = {source: [...selectors], list, anchors, compounds: anchors === null ? null : compileAll(selectors)}
    selectorLists.set(rule, cached)
  }
  return cached
}

/** Each selector compiled ({@link compileCompounds}), or `null` when one cannot be. */
function compileAll(selectors: readonly string[]): CompiledCompounds[] | null {
  const compiled: CompiledCompounds[] = []
  for (const selector of selectors) {
    const compounds = compileCompounds(selector)
    if (compounds === null) return null
    compiled.push(compounds)
  }
  return compiled
}

/**
 * Elements matched by the rules' selectors, each with the first rule that
 * selects it. When every rule's selectors are plain compounds (see
 * {@link selectorAnchors}), only the elements that meet an anchor are
 * tested, directly ({@link directMatches}). Otherwise all rules'
 * selectors go as one list over the tree, or, when a list may throw, each
 * rule's one by one.
 */
function selectorMatches(tree: Root, rules: readonly Rule[], file: VFile): Map<Element, Rule> {
  const found = new Map<Element, Rule>()
  const withSelectors = rules.filter((rule) => rule.remove !== undefined && rule.remove.length > 0)
  if (withSelectors.length === 0) return found
  const compiled = withSelectors.map(compiledSelectors)
  const lists = compiled.map((entry) => entry.list)
  if (compiled.every((entry) => entry.anchors !== null && entry.compounds !== null)) {
    return directMatches(tree, withSelectors, compiled)
  }
  if (lists.length > 1 && lists.every((list) => list !== null)) {
    // One walk for all rules.
    for (const element of selectAll(lists.join(', '), tree)) {
      const index = lists.findIndex((list) => matches(list as string, element))
      if (index !== -1) found.set(element, withSelectors[index]!)
    }
    return found
  }
  withSelectors.forEach((rule, index) => {
    const list = lists[index]
    const elements: Element[] = []
    if (list !== null && list !== undefined) append(elements, selectAll(list, tree))
    else {
      for (const selector of rule.remove ?? []) {
        try {
          append(elements, selectAll(selector, tree))
        } catch {
          reportWarning(file, rule.id, `invalid selector skipped: ${selector.slice(0, 80)}`)
        }
      }
    }
    for (const element of elements) if (!found.has(element)) found.set(element, rule)
  })
  return found
}

/**
 * {@link selectorMatches} when every selector is a plain compound with
 * anchors: an element outside `<svg>` is matched directly against the
 * selectors whose anchors it meets ({@link anchoredMatches}) and goes to the
 * rule of the first that matches. Elements in `<svg>` go, as childless
 * copies, to hast-util-select, rule by rule: each to the first rule whose
 * selectors match it.
 */
function directMatches(tree: Root, rules: readonly Rule[], compiled: readonly CompiledRule[]): Map<Element, Rule> {
  const found = new Map<Element, Rule>()
  const {ruleOf, anchored} = rulesSelectors(rules, compiled)
  const {matched, svg} = anchoredMatches(tree, anchored)
  for (const [element, selector] of matched) found.set(element, ruleOf[selector]!)
  if (svg.length === 0) return found
  const copies = new Map<Element, Element>()
  for (const element of svg) copies.set({...element, children: []}, element)
  const root: Root = {type: 'root', children: [...copies.keys()]}
  rules.forEach((rule, index) => {
    for (const copy of selectAll(compiled[index]!.list!, root)) {
      const original = copies.get(copy)!
      if (!found.has(original)) found.set(original, rule)
    }
  })
  return found
}

/** The selectors of some rules, ready for {@link anchoredMatches}, and the rule of each. */
interface RulesSelectors {
  ruleOf: Rule[]
  anchored: AnchoredSelectors
}

/** The last {@link RulesSelectors} made, keyed by the rules and their compiled selectors. */
const lastSelectors = new LastResult<RulesSelectors>()

/** The selectors of `rules` (compiled as `compiled`, each with anchors and compounds) for {@link anchoredMatches}, and the rule of each. */
function rulesSelectors(rules: readonly Rule[], compiled: readonly CompiledRule[]): RulesSelectors {
  return lastSelectors.get([...rules, ...compiled], () => {
    const ruleOf: Rule[] = []
    rules.forEach((rule, index) => {
      for (let count = compiled[index]!.compounds!.length; count > 0; count--) ruleOf.push(rule)
    })
    const anchored = anchorSelectors(
      compiled.flatMap((entry) => entry.anchors!),
      compiled.flatMap((entry) => entry.compounds!)
    )
    return {ruleOf, anchored}
  })
}

/**
 * The position in document order of each node of `wanted` (as counted over
 * all nodes); the walk stops once all are found.
 */
export function preorderIndex(tree: Root, wanted: ReadonlySet<unknown>): Map<unknown, number> {
  const order = new Map<unknown, number>()
  if (wanted.size === 0) return order
  let position = 0
  walk(tree, (node) => {
    if (wanted.has(node)) order.set(node, position)
    position++
    return order.size < wanted.size ? undefined : EXIT
  })
  return order
}

/** What the report says about a dropped block: its text, else an image's alt or src, else the element's name. */
function decisionText(decision: Decision, removed: ReadonlySet<unknown>): string {
  if (decision.summary && !decision.summary.overflow) {
    const text = normalizeText(decision.summary.text)
    if (text !== '') return text
    const image = decision.summary.images[0]
    if (image) return image.alt !== '' ? image.alt : image.src
  }
  const text = reportText(decision.nodes, removed)
  if (text !== '') return text
  const first = decision.nodes[0]
  return first?.type === 'element' ? describeElement(first) : ''
}
