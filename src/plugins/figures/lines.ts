import type {Element, ElementContent, Root, RootContent} from 'hast'
import {asHeading} from './headings.js'
import {isImage, kindOf, trimEdges} from './nodes.js'
import {type OrphanCredit, orphanCredit} from './orphan-credits.js'
import {append} from '../../util/arrays.js'

/** What to do with the lines of the body. */
export interface LineRules {
  /** Tag name of promoted headings (`h2`), or `null` to promote none. */
  heading: string | null
  /** Told of each orphan photo credit line, which is dropped. */
  onOrphan: (credit: OrphanCredit) => void
  /** Told of each heading made from a line. */
  onHeading?: (heading: Element) => void
}

/**
 * Not searched: figures (with an image), code, tables, headings. A
 * `<figcaption>` outside a figure, or a cell outside a table, is read like
 * any block: the output makes paragraphs of them.
 */
const SKIP: ReadonlySet<string> = new Set(['pre', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Searched for orphan credits, but their lines are not the article's flow: no headings there. */
const NOT_FLOW: ReadonlySet<string> = new Set(['blockquote', 'ul', 'ol', 'li', 'menu', 'dl', 'dt', 'dd'])

/** Inline code: the output keeps its whole text on one line, whatever it holds. */
const INLINE_CODE: ReadonlySet<string> = new Set(['code', 'kbd', 'samp', 'tt', 'var'])

/**
 * Visit every line of the body, in place: promote heading-like lines and
 * drop orphan photo credits (see {@link LineRules}). A line is what the
 * Markdown output makes a paragraph of: a `<p>` or a run of inline content
 * between blocks, cut at `<br>` and around images and blocks. The tree is
 * read as the sanitizer will leave it (unwrapped elements such as `<font>` or
 * `<article>` dissolve into their parent), so that cleaning the output again
 * finds the same lines.
 */
export function rewriteLines(tree: Root, rules: LineRules): void {
  new LineWalker(rules).flow(tree, true)
}

class LineWalker {
  private readonly splitMemo = new WeakMap<Element, boolean>()

  constructor(private readonly rules: LineRules) {}

  /**
   * Rewrite the lines of a flow container; it is rebuilt only when a line
   * changes (until then nothing is copied: a page of 100,000 paragraphs
   * whose lines all stay would otherwise be copied into a new list).
   */
  flow(parent: Root | Element, headings: boolean): void {
    const children = effectiveChildren(parent)
    const out = new LazyList(children)
    let run: ElementContent[] = []
    let runStart = 0
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      const kind = child.type === 'element' ? kindOf(child) : null
      if (child.type === 'text' || kind === 'phrasing') {
        if (run.length === 0) runStart = index
        run.push(child as ElementContent)
        continue
      }
      if (child.type !== 'element' || kind === 'stripped') {
        // Comments and stripped elements show nothing and do not end a run
        // (when the run's lines change, they go before them).
        if (run.length === 0) out.keep(index)
        else out.hold(child)
        continue
      }
      if (run.length > 0) {
        out.takeRun(runStart, index, this.lines(run, null, headings))
        run = []
      }
      if (SKIP.has(child.tagName) || (child.tagName === 'figure' && hasImage(child))) {
        out.keep(index)
      } else if (child.tagName === 'p') {
        out.replace(index, this.lines(child.children, child, headings))
      } else {
        this.flow(child, headings && !NOT_FLOW.has(child.tagName))
        out.keep(index)
      }
    }
    if (run.length > 0) out.takeRun(runStart, children.length, this.lines(run, null, headings))
    const rebuilt = out.result()
    if (rebuilt !== null) parent.children = rebuilt as typeof parent.children
  }

  /** The lines of a paragraph (or inline run) rewritten, or `null` when none changes. */
  private lines(nodes: ElementContent[], paragraph: Element | null, headings: boolean): RootContent[] | null {
    const lines = this.split(nodes)
    const tagName = headings ? this.rules.heading : null
    let decisions: Array<Element | OrphanCredit | null> | null = null
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!
      const decision = orphanCredit(line) ?? (tagName === null ? null : asHeading(line, tagName))
      if (decision === null) continue
      // Allocated only once a line changes: most paragraphs keep all theirs.
      decisions ??= new Array<Element | OrphanCredit | null>(lines.length).fill(null)
      decisions[index] = decision
    }
    if (decisions === null) return null
    const out: RootContent[] = []
    for (let index = 0; index < lines.length; index++) {
      const decision = decisions[index]
      const kept = trimEdges(lines[index]!)
      if (decision && 'type' in decision) {
        out.push(decision)
        this.rules.onHeading?.(decision)
      }
      else if (decision) this.rules.onOrphan(decision)
      else if (kept.length > 0) out.push({type: 'element', tagName: 'p', properties: paragraph ? {...paragraph.properties} : {}, children: kept})
    }
    return out
  }

  /**
   * Cut inline content into lines the way the Markdown output does: at each
   * `<br>`, around each image and each block, cloning the inline elements a
   * cut goes through so each piece keeps its style. A block inside inline
   * content gives its own lines (its structure is lost, as in the output).
   */
  private split(nodes: ElementContent[]): ElementContent[][] {
    const lines: ElementContent[][] = [[]]
    for (const node of nodes) {
      if (node.type === 'element') {
        const kind = kindOf(node)
        if (node.tagName === 'br') {
          lines.push([])
          continue
        }
        if (isImage(node)) {
          lines.push([node], [])
          continue
        }
        if (kind === 'block') {
          append(lines, this.split(node.tagName === 'pre' ? [] : node.children))
          lines.push([])
          continue
        }
        if (kind !== 'stripped' && !INLINE_CODE.has(node.tagName) && this.splits(node)) {
          const parts = this.split(node.children)
          for (let index = 0; index < parts.length; index++) {
            const part = parts[index]!
            if (index > 0) lines.push([])
            if (part.length > 0) lines[lines.length - 1]!.push({...node, children: part})
          }
          continue
        }
      }
      lines[lines.length - 1]!.push(node)
    }
    return lines
  }

  /** Whether `node` holds a `<br>`, an image or a block. */
  private splits(node: Element): boolean {
    const known = this.splitMemo.get(node)
    if (known !== undefined) return known
    const result = !INLINE_CODE.has(node.tagName) && this.anyChildSplits(node)
    this.splitMemo.set(node, result)
    return result
  }

  private anyChildSplits(node: Element): boolean {
    for (const child of node.children) {
      if (child.type === 'element' && kindOf(child) !== 'stripped' &&
        (child.tagName === 'br' || isImage(child) || kindOf(child) === 'block' || this.splits(child))) return true
    }
    return false
  }
}

function hasImage(node: Element): boolean {
  for (const child of node.children) if (child.type === 'element' && (isImage(child) || hasImage(child))) return true
  return false
}

/**
 * The children of `parent` with unwrapped (transparent) elements replaced by
 * their own children: `parent.children` itself when none is transparent (read
 * it, do not change it).
 */
function effectiveChildren(parent: Root | Element): readonly RootContent[] {
  const children = parent.children as RootContent[]
  let transparent = false
  for (const child of children) {
    if (child.type === 'element' && kindOf(child) === 'transparent') {
      transparent = true
      break
    }
  }
  if (!transparent) return children
  const out: RootContent[] = []
  for (const child of children) {
    if (child.type === 'element' && kindOf(child) === 'transparent') append(out, effectiveChildren(child))
    else out.push(child)
  }
  return out
}

/**
 * The new children of a flow container, built only once one changes. Until
 * then the kept children are those of `children` in order, and nothing is
 * copied.
 */
class LazyList {
  private out: RootContent[] | null = null
  /** Comments and stripped elements inside the pending run. */
  private held: RootContent[] = []

  constructor(private readonly children: readonly RootContent[]) {}

  /** Keep `children[index]` as it is. */
  keep(index: number): void {
    if (this.out !== null) this.out.push(this.children[index]!)
  }

  /** Hold `node`, a comment or stripped element inside the pending run. */
  hold(node: RootContent): void {
    this.held.push(node)
  }

  /** Replace `children[index]` by `lines`, or keep it when `lines` is `null`. */
  replace(index: number, lines: RootContent[] | null): void {
    if (lines === null) return this.keep(index)
    this.start(index)
    append(this.out!, lines)
  }

  /**
   * Settle the run `children[start..end)`. Unchanged (`lines` is `null`), its
   * nodes stay in order; else the held nodes, then the run's new lines.
   */
  takeRun(start: number, end: number, lines: RootContent[] | null): void {
    const held = this.held
    this.held = []
    if (lines === null) {
      if (this.out !== null) for (let index = start; index < end; index++) this.out.push(this.children[index]!)
    } else {
      this.start(start)
      append(this.out!, held)
      append(this.out!, lines)
    }
  }

  /** The new children, or `null` when they are the old ones. */
  result(): RootContent[] | null {
    return this.out
  }

  /** Begin the new list, when it is not begun, with the children before `index` (all kept as they are). */
  private start(index: number): void {
    if (this.out === null) this.out = this.children.slice(0, index)
  }
}

