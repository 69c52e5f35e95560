import type {Element, ElementContent, Parent, Root, RootContent, Text} from 'hast'
import type {Rule} from '../../types.js'
import {BLOCK_TAGS, MEDIA_TAGS, OPAQUE_TAGS} from './block-tags.js'
import {collapseSpace, normalizeJoined} from './normalize-text.js'
import {ruleMatcherFor, type RuleMatcher} from './rule-matcher.js'
import {stringProperty} from './report-text.js'
import {emptySummary, hasContent, type Summary, SummaryBuilder} from './summary.js'
import {walk} from '../../util/walk.js'

/** A block the rules decided to drop. */
export interface Decision {
  /** The nodes dropped (one element, or a run of inline siblings). */
  nodes: ElementContent[]
  /** The rule that dropped them. */
  rule: Rule
  /** Their summary (`null` for selector matches, read when reporting). */
  summary: Summary | null
}

/** A `cutFrom` match: the block, and its ancestors from the root down to its parent. */
export interface CutPoint {
  decision: Decision
  ancestors: Parent[]
}

/** What one walk found. */
export interface WalkResult {
  decisions: Decision[]
  cut: CutPoint | null
}

/** A run of inline content (text and inline elements) between breaks and blocks; `summary` once built. */
type Segment = {kind: 'segment'; nodes: ElementContent[]; builder: SummaryBuilder; start: number; summary: Summary | null}

/**
 * What a parent's children are, in order: runs of inline content, blocks,
 * and breaks; a string is a run of nothing but whitespace between blocks
 * (its collapsed text: such a run is never a unit, it only adds its text).
 */
type Item = Segment | {kind: 'block'; summary: Summary} | {kind: 'break'} | string

const BREAK: Item = {kind: 'break'}

/**
 * Walk the tree once, bottom-up, and decide which blocks the rules drop:
 * elements matched by selectors, and the smallest blocks (elements or runs
 * of inline content between `<br>`s and blocks) whose text, links or images
 * match. A dropped block no longer counts in its ancestors' text.
 */
export class BoilerplateWalker {
  private readonly decisions: Decision[] = []
  private readonly stack: Parent[] = []
  private cut: CutPoint | null = null
  private seen = 0
  /** The rules' block tests. */
  private readonly matcher: RuleMatcher
  /** Characters of text in the whole tree, counted the first time a cut needs it. */
  private total: number | null = null

  constructor(
    private readonly rules: readonly Rule[],
    private readonly selected: ReadonlyMap<Element, Rule>,
    private readonly root: Root
  ) {
    this.matcher = ruleMatcherFor(rules)
  }

  /** Decide over the whole tree. */
  run(root: Root): WalkResult {
    const builder = new SummaryBuilder()
    this.stack.push(root)
    this.walkChildren(root, true, true, builder)
    this.stack.pop()
    return {decisions: this.decisions, cut: this.cut}
  }

  private walkElement(element: Element): Summary | null {
    const rule = this.selected.get(element)
    if (rule) {
      this.seen += countText(element)
      this.decisions.push({nodes: [element], rule, summary: null})
      return null
    }
    const tag = element.tagName
    if (OPAQUE_TAGS.has(tag)) return emptySummary()
    const builder = new SummaryBuilder()
    if (tag === 'img') {
      const image = {src: stringProperty(element, 'src'), alt: stringProperty(element, 'alt')}
      builder.addMedia(image)
      const summary = builder.build()
      // An image a rule names goes on its own, even inside a line of text.
      const imageRule = this.matcher.imageRule(image)
      if (imageRule) {
        this.decisions.push({nodes: [element], rule: imageRule, summary})
        return null
      }
      return summary
    }
    if (MEDIA_TAGS.has(tag)) {
      builder.addMedia(null)
      return builder.build()
    }
    const start = this.seen
    const isBlock = BLOCK_TAGS.has(tag)
    this.stack.push(element)
    this.walkChildren(element, isBlock, false, builder)
    this.stack.pop()
    const href = element.properties.href
    const summary = builder.build(typeof href === 'string' ? href : null)
    if (isBlock && this.testUnit([element], summary, start)) return null
    return summary
  }

  private walkChildren(parent: Parent, isBlock: boolean, isRoot: boolean, builder: SummaryBuilder): void {
    if (!isRoot && isOneRun(parent.children)) {
      this.walkRun(parent.children as ElementContent[], builder)
      return
    }
    const items: Item[] = []
    let current: Segment | null = null
    let blocksWithContent = 0
    const children = parent.children
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.type === 'text') {
        const value = collapseSpace(child.value)
        this.seen += value.length
        // Whitespace alone between blocks (the line breaks of the source): its text, without a segment.
        if (current === null && (value === ' ' || value === '') && endsRun(children, index + 1)) {
          items.push(value)
          continue
        }
        current ??= this.openSegment(items)
        current.nodes.push(child)
        current.builder.addText(value)
      } else if (child.type === 'element') {
        if (child.tagName === 'br') {
          current = null
          items.push(BREAK)
        } else if (BLOCK_TAGS.has(child.tagName)) {
          current = null
          const summary = this.walkElement(child)
          if (summary) {
            items.push({kind: 'block', summary})
            if (hasContent(summary)) blocksWithContent++
          }
        } else {
          const segment: Segment = (current ??= this.openSegment(items))
          const summary = this.walkElement(child)
          if (summary) {
            segment.nodes.push(child)
            segment.builder.addPart(summary)
          }
        }
      }
    }
    let contentSegments = 0
    for (const item of items) {
      if (typeof item === 'string' || item.kind !== 'segment') continue
      item.summary = item.builder.build()
      if (hasContent(item.summary)) contentSegments++
    }
    const segmentsAreBlocks = isRoot || (isBlock && (contentSegments > 1 || blocksWithContent > 0))
    for (const item of items) {
      // What a segment of only this text would add: its summary has no content, so it is never dropped.
      if (typeof item === 'string') builder.addText(item)
      else if (item.kind === 'break') builder.addBreak()
      else if (item.kind === 'block') {
        builder.addBreak()
        builder.addPart(item.summary)
        builder.addBreak()
      } else {
        const summary = item.summary!
        if (segmentsAreBlocks && this.testUnit(item.nodes, summary, item.start)) continue
        builder.addPart(summary)
      }
    }
  }

  /**
   * Children that make one run of inline content, below the root: the run is
   * never a unit of its own (that takes two runs or a block beside it), so
   * its text and parts go straight into the parent's builder, which then
   * holds what it would get from the run's summary. Most elements are this
   * (a paragraph, a link, a span), and they need no segment or item list.
   */
  private walkRun(children: readonly ElementContent[], builder: SummaryBuilder): void {
    for (const child of children) {
      if (child.type === 'text') {
        const value = collapseSpace(child.value)
        this.seen += value.length
        builder.addText(value)
      } else if (child.type === 'element') {
        const summary = this.walkElement(child)
        if (summary) builder.addPart(summary)
      }
    }
  }

  /** Start a segment at the current position, as the last of `items`. */
  private openSegment(items: Item[]): Segment {
    const segment: Segment = {kind: 'segment', nodes: [], builder: new SummaryBuilder(), start: this.seen, summary: null}
    items.push(segment)
    return segment
  }

  /** Test one block against the rules; record and return `true` when one drops it. */
  private testUnit(nodes: ElementContent[], summary: Summary, start: number): boolean {
    if (summary.tested || nodes.length === 0) return false
    summary.tested = true
    if (!hasContent(summary)) return false
    const text = summary.overflow ? null : normalizeJoined(summary.text)
    const imageOnly = text === '' && summary.imageCount > 0 && summary.media === summary.imageCount
    const match = this.matcher.match(text, summary, imageOnly)
    if (match === null) return false
    const decision: Decision = {nodes, rule: this.rules[match.index]!, summary}
    // A cut never takes more than half of the text: then only the block itself goes.
    if (match.kind === 'cut' && !this.cut && this.cutLeavesHalf(start)) {
      this.cut = {decision, ancestors: [...this.stack]}
    }
    this.decisions.push(decision)
    return true
  }

  /** Whether cutting from `start` (in collapsed characters) takes at most half of the tree's text. */
  private cutLeavesHalf(start: number): boolean {
    this.total ??= countText(this.root)
    return (this.total - start) * 2 <= this.total
  }
}

/**
 * Whether the run of inline content that a text at `from - 1` would open ends
 * with it: the next text or element from `from` on is a `<br>` or a block,
 * or there is none (other nodes, such as comments, are not content).
 */
function endsRun(children: readonly RootContent[], from: number): boolean {
  for (let index = from; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'text') return false
    if (child.type === 'element') return child.tagName === 'br' || BLOCK_TAGS.has(child.tagName)
  }
  return true
}

/** Whether `children` hold no `<br>` and no block: one run of inline content (or none). */
function isOneRun(children: readonly RootContent[]): boolean {
  for (const child of children) {
    if (child.type === 'element' && (child.tagName === 'br' || BLOCK_TAGS.has(child.tagName))) return false
  }
  return true
}

/** Characters of collapsed text under `node` (opaque elements excluded), counted without recursion. */
function countText(node: Root | Element): number {
  let count = 0
  walk(node, (current) => {
    if (current.type === 'text') count += collapseSpace((current as Text).value).length
    else if (current.type === 'element' && OPAQUE_TAGS.has((current as Element).tagName)) return false
    return undefined
  })
  return count
}
