import type {Element, Root, RootContent} from 'hast'
import {toString} from 'hast-util-to-string'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {reportRemoval, reportWarning} from '../pipeline/state.js'

/**
 * Remove what a reader of the page never sees: elements hidden by an inline
 * style, the `hidden` attribute or (when decorative) `aria-hidden`, tracking
 * pixels, and comments.
 *
 * - Inline `style` with `display: none`, `visibility: hidden` or
 *   `visibility: collapse` (any case and spacing, `!important` honoured, the
 *   last declaration wins): the element goes, reported as
 *   `hidden/display-none`. A `visibility: hidden` element whose descendant
 *   sets `visibility: visible` is kept, as a browser shows that descendant.
 * - The `hidden` attribute (any value but `until-found`, whose content the
 *   browser's find-in-page reveals): reported as `hidden/attribute`.
 * - `aria-hidden="true"` only hides from screen readers, and sites put it on
 *   visible text too (drop caps, duplicated headlines). So an `aria-hidden`
 *   element goes only when it holds no letter or digit and no image or media
 *   (icons, glyph separators, decorative SVG); reported as `hidden/attribute`
 *   when it held any text.
 * - Tracking pixels: an `img` whose width or height is 0, or whose width and
 *   height are both at most 1 (from the `width`/`height` attributes, or from
 *   the inline style, which wins even with a size it cannot tell, such as
 *   `100%` or `auto`). A 100×1 image is kept (it is a rule or
 *   spacer, not a counter). Reported as `hidden/tracking-pixel` with its `src`.
 * - Comments are dropped silently: they were never shown, and reporting them
 *   would flood the report with editor markers (`<!-- wp:paragraph -->`).
 *
 * A removed element is reported with its text, or (with no text) the `src`
 * of the first image in it; with neither it goes silently. A `span`, `font`,
 * `a`, `p`, `div` or similar wrapper left with nothing but whitespace by these
 * removals goes too, silently. `html`, `head` and `body` are never removed,
 * and a hidden block holding more than half of the document's text (and at
 * least 200 characters of it) is kept, with a warning: that is content a
 * script reveals (a soft paywall, an anti-flicker snippet), not debris.
 *
 * Pure and linear: one pass over the tree.
 *
 * @example
 * ```ts
 * import rehypeParse from 'rehype-parse'
 * import rehypeStringify from 'rehype-stringify'
 * import {unified} from 'unified'
 * import {rehypeRemoveHidden} from 'unsyndicate'
 *
 * const file = unified()
 *   .use(rehypeParse, {fragment: true})
 *   .use(rehypeRemoveHidden)
 *   .use(rehypeStringify)
 *   .processSync('<p>Text.<span style="display:none">secret</span></p><img src="https://t.test/p.gif" width="1" height="1">')
 * String(file) // '<p>Text.</p>'
 * file.data.unsyndicate?.removed
 * // [{rule: 'hidden/display-none', text: 'secret'}, {rule: 'hidden/tracking-pixel', text: 'https://t.test/p.gif'}]
 * ```
 */
export const rehypeRemoveHidden: Plugin<[], Root> = function () {
  return (tree, file) => {
    removeHidden(tree, file)
  }
}

/** Remove hidden elements, tracking pixels and comments from `tree` in place (see {@link rehypeRemoveHidden}). */
export function removeHidden(tree: Root, file: VFile): void {
  const walker = new HiddenWalker(tree)
  walker.walk(tree)
  for (const report of walker.reports) reportRemoval(file, report.rule, report.text)
  if (walker.keptMajority) {
    reportWarning(file, 'hidden/display-none', 'a hidden block holding most of the text was kept')
  }
}

/** Elements never removed: the document's own structure. */
const STRUCTURE = new Set(['html', 'head', 'body'])

/** Wrappers removed when the removals leave nothing but whitespace in them. */
const EMPTIED_WRAPPERS = new Set([
  'a', 'span', 'font', 'center', 'p', 'div', 'section', 'figure', 'picture',
  'b', 'strong', 'i', 'em', 'u', 'small', 'big'
])

/** Elements that are content without any text. */
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'math'])

/** A hidden block is weighed against the document only from this many characters of text on. */
const MAJORITY_MIN_LENGTH = 200

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const NOT_WHITESPACE = /\S/
const CSS_LENGTH = /^(\d+(?:\.\d*)?|\.\d+)([a-z%]*)$/

/** One removal, reported once the walk is done. */
interface PendingReport {
  rule: string
  text: string
}

/** What a walked subtree holds, as its parent needs to know. */
interface Summary {
  /** Some element in it declares `visibility: visible`. */
  visible: boolean
  /** It holds a letter, a digit, an image or media. */
  meaningful: boolean
}

type Parent = Root | Element

class HiddenWalker {
  readonly reports: PendingReport[] = []
  keptMajority = false
  private readonly tree: Root
  private totalText: number | null = null

  constructor(tree: Root) {
    this.tree = tree
  }

  /** Walk `parent`'s children, removing what is hidden; summarize what stays. */
  walk(parent: Parent): Summary {
    const summary: Summary = {visible: false, meaningful: false}
    const children = parent.children as RootContent[]
    // The children kept, made only once one goes (most parents keep all theirs).
    let kept: RootContent[] | null = null
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.type === 'comment') {
        kept ??= children.slice(0, index)
        continue
      }
      if (child.type === 'text') {
        if (!summary.meaningful && LETTER_OR_DIGIT.test(child.value)) summary.meaningful = true
        kept?.push(child)
        continue
      }
      if (child.type !== 'element') {
        kept?.push(child)
        continue
      }
      const result = this.element(child)
      if (result === null) {
        kept ??= children.slice(0, index)
        continue
      }
      summary.visible ||= result.visible
      summary.meaningful ||= result.meaningful
      kept?.push(child)
    }
    if (kept !== null) (parent as {children: RootContent[]}).children = kept
    return summary
  }

  /** Judge one element: `null` when it was removed, else what it holds. */
  private element(element: Element): Summary | null {
    const structural = STRUCTURE.has(element.tagName)
    const style = styleOf(element)

    if (!structural) {
      const display = style.get('display')
      if (display === 'none' && this.remove(element, 'hidden/display-none')) return null
      if (isHiddenAttribute(element.properties['hidden']) && this.remove(element, 'hidden/attribute')) return null
      if (element.tagName === 'img' && isTrackingPixel(element, style)) {
        const src = element.properties['src']
        this.reports.push({rule: 'hidden/tracking-pixel', text: typeof src === 'string' && src.trim() !== '' ? src.trim() : 'img'})
        return null
      }
    }

    const mark = this.reports.length
    const before = element.children.length
    const inner = this.walk(element)
    const visibility = style.get('visibility')
    const summary: Summary = {
      visible: inner.visible || visibility === 'visible',
      meaningful: inner.meaningful || MEDIA.has(element.tagName)
    }
    if (structural) return summary

    if ((visibility === 'hidden' || visibility === 'collapse') && !inner.visible) {
      // Reported as one block: what was reported inside it is folded in.
      const saved = this.reports.splice(mark)
      if (this.remove(element, 'hidden/display-none')) return null
      this.reports.push(...saved)
    }
    if (isAriaHidden(element.properties['ariaHidden']) && !summary.meaningful) {
      const text = toString(element).trim()
      if (text !== '') this.reports.push({rule: 'hidden/attribute', text})
      return null
    }
    if (
      EMPTIED_WRAPPERS.has(element.tagName) &&
      element.children.length < before &&
      isBlank(element)
    ) {
      return null
    }
    return summary
  }

  /**
   * Queue the report for removing `element` under `rule`; `false` (nothing
   * queued) when the element holds more than half of the document's text.
   */
  private remove(element: Element, rule: string): boolean {
    const text = toString(element)
    const length = countVisible(text)
    if (length >= MAJORITY_MIN_LENGTH) {
      this.totalText ??= countVisible(toString(this.tree))
      if (length * 2 > this.totalText) {
        this.keptMajority = true
        return false
      }
    }
    const flat = text.trim()
    const shown = flat !== '' ? flat : firstImageSrc(element)
    if (shown !== '') this.reports.push({rule, text: shown})
    return true
  }
}

/**
 * The declarations of an inline style, property names and values lowercased
 * and trimmed, `!important` removed. The last declaration of a property wins,
 * unless an earlier one is `!important` and it is not.
 */
export function parseStyle(value: unknown): Map<string, string> {
  const declarations = new Map<string, string>()
  if (typeof value !== 'string' || value === '') return declarations
  const important = new Set<string>()
  for (const part of stripCssComments(value).split(';')) {
    const colon = part.indexOf(':')
    if (colon < 0) continue
    const name = part.slice(0, colon).trim().toLowerCase()
    let declared = part.slice(colon + 1).trim().toLowerCase()
    if (name === '') continue
    let isImportant = false
    const bang = declared.lastIndexOf('!')
    if (bang >= 0 && declared.slice(bang + 1).trim() === 'important') {
      declared = declared.slice(0, bang).trim()
      isImportant = true
    }
    if (important.has(name) && !isImportant) continue
    if (isImportant) important.add(name)
    declarations.set(name, declared)
  }
  return declarations
}

/** What an element without a `style` declares: nothing (shared, read only here; {@link parseStyle} gives each caller its own map). */
const NO_DECLARATIONS: ReadonlyMap<string, string> = new Map()

/** The inline style of `element` as {@link parseStyle} reads it, without a new map when it has none. */
function styleOf(element: Element): ReadonlyMap<string, string> {
  const value = element.properties['style']
  return typeof value === 'string' && value !== '' ? parseStyle(value) : NO_DECLARATIONS
}

function stripCssComments(value: string): string {
  let start = value.indexOf('/*')
  if (start < 0) return value
  let out = ''
  let from = 0
  while (start >= 0) {
    out += value.slice(from, start)
    const end = value.indexOf('*/', start + 2)
    if (end < 0) return out
    from = end + 2
    start = value.indexOf('/*', from)
  }
  return out + value.slice(from)
}

/** `hidden`, `hidden=""`, `hidden="hidden"` and any value but `until-found`. */
function isHiddenAttribute(value: unknown): boolean {
  if (value === true) return true
  return typeof value === 'string' && value.trim().toLowerCase() !== 'until-found'
}

function isAriaHidden(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true')
}

/** Width 0, height 0, or both at most 1 pixel; the inline style overrides the attributes. */
function isTrackingPixel(element: Element, style: ReadonlyMap<string, string>): boolean {
  const width = style.has('width') ? pixels(style.get('width')) : pixels(element.properties['width'])
  const height = style.has('height') ? pixels(style.get('height')) : pixels(element.properties['height'])
  if (width === 0 || height === 0) return true
  return width !== null && height !== null && width <= 1 && height <= 1
}

/**
 * A length in CSS pixels, or `null` when unknown: a number alone or in `px`;
 * zero in any unit is 0; other units and keywords (`auto`, `100%`) are unknown.
 */
function pixels(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null
  if (typeof value !== 'string') return null
  const match = CSS_LENGTH.exec(value.trim().toLowerCase())
  if (!match) return null
  const amount = Number(match[1])
  if (!Number.isFinite(amount)) return null
  if (amount === 0) return 0
  return match[2] === '' || match[2] === 'px' ? amount : null
}

/** Characters of text that are not whitespace. */
function countVisible(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 0x20 && code !== 0xa0 && code !== 0x3000) count++
  }
  return count
}

/** The `src` of the first image inside `element` (or `element` itself), or ''. */
function firstImageSrc(element: Element): string {
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.tagName === 'img') {
      const src = node.properties['src']
      if (typeof src === 'string' && src.trim() !== '') return src.trim()
    }
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]!
      if (child.type === 'element') stack.push(child)
    }
  }
  return ''
}

/** Whether `element` holds nothing but whitespace text. */
function isBlank(element: Element): boolean {
  return element.children.every((child) => child.type === 'text' && !NOT_WHITESPACE.test(child.value))
}
