import type {Element, Root} from 'hast'
import type {Plugin} from 'unified'
import {getState, reportRemoval} from '../pipeline/state.js'
import {groupFigures} from './figures/captions.js'
import {headingLevel} from './figures/headings.js'
import {demoteClosingHeading} from './figures/closing-heading.js'
import {rewriteLines} from './figures/lines.js'
import {isPhrasing} from '../tree/wrap-loose-text.js'
import {eachElement} from '../util/walk.js'

/** Options of {@link rehypeFigures}. */
export interface RehypeFiguresOptions {
  /** Promote heading-like paragraphs (short, bold-only, standalone) to headings (default `true`). */
  headings?: boolean
}

/**
 * Group images with their captions and promote heading-like lines:
 *
 * - an image followed by its caption becomes
 *   `<figure><img><figcaption>caption</figcaption></figure>`. Captions are
 *   read from a `<figcaption>` or `wp-caption-text` block, a `<small>` or
 *   italic-only line (`<img><div><small>…</small></div>`; also an italic
 *   that opens with the image, `<i><img>caption</i>`), or a short plain
 *   line (at most 200 characters) that is labelled (`（图片说明）…`,
 *   `图片说明：…`), opens with a picture label and a colon (`图：…`, `图1：…`,
 *   `Figure 2: …`), is a photo credit (`图/路透社`, `(照片来自路透社)`), ends
 *   with one (`…（图片来源：Getty Images）`), or follows `<img><br>` alone in its
 *   block. Only what directly follows the image (whitespace and `<br>` between)
 *   is read; the label is dropped, the credit kept for metadata. A `<p>` that
 *   held the image and other text is split around the figure.
 * - a line that is only a photo credit and did not become a caption
 *   (`（图片来源：Getty Images）`: its image was an ad, a pixel, or never
 *   copied) is removed (`figures/orphan-credit` in `removed`) and its name
 *   kept as a `photographer` credit. Credit lines such as `图/视觉中国` are
 *   left to the metadata step, which does the same.
 * - with `headings` (default), a line whose whole text is bold, short (≤ 40
 *   code points with CJK, ≤ 80 without) and not a sentence becomes a heading: `<h2>` when the body has no heading (or only `<h1>`),
 *   else the level of the highest heading already there (peers of the
 *   source's own sections). The last line of the article is never made a
 *   heading (a heading opens a section; a closing bold line is a note).
 *
 * A line is what the Markdown output makes a paragraph of (a `<p>`, or inline
 * content between blocks, cut at `<br>` and around images), read as the
 * sanitizer will leave the tree, so cleaning the output again changes
 * nothing. Markdown input (`file.data.unsyndicate.envelope.format ===
 * 'markdown'`) also ends a caption line at a newline.
 *
 * @example
 * ```ts
 * import {fromHtml} from 'hast-util-from-html'
 * import {unified} from 'unified'
 * import {rehypeFigures} from 'unsyndicate'
 *
 * const tree = fromHtml('<img src="https://x.test/a.jpg"><div><small>Caption</small></div><p><b>Section</b></p>', {fragment: true})
 * unified().use(rehypeFigures).runSync(tree)
 * // <figure><img src="https://x.test/a.jpg"><figcaption>Caption</figcaption></figure><h2>Section</h2>
 * ```
 */
/**
 * Formatting around a figure, however deep (`<b><div><figure>…`, an unclosed
 * `<b>` from the source), is unwrapped: Markdown has no bold around a
 * figure, and its caption would be written bold, which a second cleaning
 * reads as a plain caption.
 */
function unwrapFormattingAroundFigures(tree: Root): void {
  const holders = figureHolders(tree)
  if (holders.size === 0) return
  const isFormattingAroundFigure = (node: Root['children'][number]): boolean =>
    node.type === 'element' && node.tagName !== 'a' && holders.has(node) && isPhrasing(node)
  const unwrap = (parent: Root | Element): void => {
    if (!parent.children.some(isFormattingAroundFigure)) return
    const out: Array<Root['children'][number]> = []
    const take = (nodes: ReadonlyArray<Root['children'][number]>): void => {
      for (const node of nodes) {
        if (isFormattingAroundFigure(node)) take((node as Element).children)
        else out.push(node)
      }
    }
    take(parent.children)
    parent.children = out as Element['children']
  }
  unwrap(tree)
  eachElement(tree, (element) => {
    unwrap(element)
    return undefined
  })
}

/**
 * The elements with a `<figure>` below them, found in one pass (nesting is
 * capped when the tree is built, so the recursion is bounded).
 */
function figureHolders(tree: Root): Set<Element> {
  const holders = new Set<Element>()
  const visit = (node: Root | Element): boolean => {
    let holds = false
    for (const child of node.children) {
      if (child.type === 'element' && (visit(child) || child.tagName === 'figure')) holds = true
    }
    if (holds && node.type === 'element') holders.add(node)
    return holds
  }
  visit(tree)
  return holders
}

export const rehypeFigures: Plugin<[RehypeFiguresOptions?], Root> = function (options) {
  const headings = options?.headings !== false
  return (tree, file) => {
    const state = getState(file)
    groupFigures(tree, {newlineEndsLine: state.envelope?.format === 'markdown'})
    unwrapFormattingAroundFigures(tree)
    const promoted = new Set<Element>()
    rewriteLines(tree, {
      heading: headings ? `h${headingLevel(tree)}` : null,
      onOrphan: (orphan) => {
        reportRemoval(file, 'figures/orphan-credit', orphan.text)
        state.lifted.credits.push({role: 'photographer', name: orphan.name})
      },
      onHeading: (heading) => promoted.add(heading)
    })
    if (promoted.size > 0) demoteClosingHeading(tree, promoted)
  }
}
