import type {Element, ElementContent, Root, RootContent} from 'hast'
import {toString} from 'hast-util-to-string'
import {select} from 'hast-util-select'
import {Content, OPAQUE, PHRASING, isBlank, isBlockElement, isImage, isTag, isUnknownElement, text, textOf, trimEdges} from './nodes.js'
import {captionLabelLength, endsWithPhotoCredit, opensWithImageLabel, photoCreditOnly} from './photo-credit.js'
import {append} from '../../util/arrays.js'
import {parseCreditLine} from '../../metadata/credit-line.js'
import type {CreditRole} from '../../types.js'
import {EXIT, eachElement} from '../../util/walk.js'

/** Longest caption read from plain text next to an image (in characters). */
export const MAX_TEXT_CAPTION = 200
/** Longest caption read from an italic or `<small>` line next to an image. */
export const MAX_STYLED_CAPTION = 400

/** Elements that may wrap a lone image (`<p><a><img></a></p>`): the wrapper stands for the image. */
const IMAGE_WRAPPERS: ReadonlySet<string> = new Set([
  'a', 'span', 'font', 'p', 'div', 'center', 'picture', 'figure', 'strong', 'b', 'em', 'i', 'u', 'section'
])

/** Elements a figure cannot stand in (the output has no block there): headings, table cells. */
const NO_FIGURES: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th'])

/** Links and formatting a caption, written as plain text, would lose. */
const FORMATTED = 'a[href], strong, b, em, i, code, kbd, samp, del, s, strike, sub, sup'

/** Whether `node` is or holds a link or formatting ({@link FORMATTED}). */
function isFormatted(node: ElementContent): boolean {
  return node.type === 'element' && select(FORMATTED, node) !== undefined
}

/** Elements that only style a caption: `<small>`, italics. */
const CAPTION_STYLES: ReadonlySet<string> = new Set(['small', 'em', 'i', 'cite'])

/** Elements that may wrap a caption's styling element (`<div><small>…</small></div>`). */
const CAPTION_WRAPPERS: ReadonlySet<string> = new Set(['div', 'p', 'span', 'font', 'center'])

/** Class names that mark a caption (WordPress `wp-caption-text`, Gutenberg `wp-element-caption` …). */
const CAPTION_CLASSES: ReadonlySet<string> = new Set([
  'wp-caption-text', 'wp-element-caption', 'caption', 'image-caption', 'img-caption', 'photo-caption',
  'figure-caption', 'media-caption', 'pic-caption'
])

/** Options of {@link groupFigures}. */
export interface GroupFiguresOptions {
  /**
   * Whether a line ending inside a text node ends a caption line (Markdown
   * input, where each source line is a line). In HTML a newline is only
   * formatting.
   */
  newlineEndsLine: boolean
}

interface Match {
  figure: Element
  /** Index of the last sibling used. */
  end: number
  /** What is left of the last sibling when a caption line ended inside it. */
  rest: ElementContent | null
}

/**
 * Group each image with the caption right after it into
 * `<figure><img><figcaption>…</figcaption></figure>`, in place. A `<p>`
 * holding a grouped image is split around the figure.
 */
export function groupFigures(tree: Root, options: GroupFiguresOptions): void {
  if (mayGroup(tree)) groupFiguresUnfiltered(tree, options)
}

/** {@link groupFigures} without the cheap {@link mayGroup} test first (its reference in tests). */
export function groupFiguresUnfiltered(tree: Root, options: GroupFiguresOptions): void {
  new Grouper(options).walk(tree)
}

/**
 * Whether {@link groupFigures} can change `tree`: it holds an image, or a
 * `<p>` with a `<figure>` in it (split around it). Anything else it leaves
 * as it is. Stops at the first such element; iterative (no stack overflow).
 */
export function mayGroup(tree: Root): boolean {
  let found = false
  eachElement(tree, (element) => {
    if (!isImage(element) && !(element.tagName === 'p' && hasChildTag(element, 'figure'))) return undefined
    found = true
    return EXIT
  })
  return found
}

class Grouper {
  private readonly content = new Content()
  private readonly units = new Map<Element, Element | null>()

  constructor(private readonly options: GroupFiguresOptions) {}

  walk(parent: Root | Element): void {
    const kids = parent.children as RootContent[]
    const container = parent.type === 'root' || !PHRASING.has(parent.tagName)
    // The new children, made only once one changes (most containers keep theirs).
    let out: RootContent[] | null = null
    let index = 0
    while (index < kids.length) {
      const at = index
      const child = kids[index]!
      index++
      if (child.type !== 'element' || OPAQUE.has(child.tagName) || NO_FIGURES.has(child.tagName)) {
        out?.push(child)
        continue
      }
      if (child.tagName === 'figure' && hasChildTag(child, 'figcaption')) {
        out?.push(child)
        continue
      }
      const styledFigure = container ? this.styledImageLine(child) : null
      if (styledFigure) {
        out ??= kids.slice(0, at)
        out.push(styledFigure)
        continue
      }
      const image = this.imageOf(child)
      if (image) {
        const match = container ? this.caption(kids, index - 1, image) : null
        if (match) {
          out ??= kids.slice(0, at)
          out.push(match.figure)
          if (match.rest) out.push(match.rest)
          index = match.end + 1
        } else {
          out?.push(child)
        }
        continue
      }
      this.walk(child)
      if (child.tagName === 'p' && hasChildTag(child, 'figure')) {
        out ??= kids.slice(0, at)
        append(out, splitAround(child))
      } else out?.push(child)
    }
    if (out !== null) parent.children = out as typeof parent.children
  }

  /** The image `node` stands for: an `<img>`, or a wrapper whose only visible content is one. */
  private imageOf(node: Element): Element | null {
    if (isImage(node)) return node
    if (!IMAGE_WRAPPERS.has(node.tagName)) return null
    const known = this.units.get(node)
    if (known !== undefined) return known
    let found: Element | null = null
    if (this.content.hasImage(node)) {
      const visible = node.children.filter((child) => this.content.visible(child))
      if (visible.length === 1 && visible[0]!.type === 'element') found = this.imageOf(visible[0]!)
    }
    this.units.set(node, found)
    return found
  }

  /**
   * An italic or `<small>` element that opens with an image and holds the
   * image's caption after it (`<i><img><b>caption</b></i>`), as a figure, or
   * `null`. The same image and line as two blocks (`<p><img></p><p><i>…</i></p>`)
   * make a figure too, so both read alike.
   */
  private styledImageLine(node: Element): Element | null {
    if (!CAPTION_STYLES.has(node.tagName) || !this.content.hasImage(node)) return null
    const visible = node.children.filter((child) => this.content.visible(child))
    const first = visible[0]
    if (visible.length < 2 || first?.type !== 'element') return null
    const image = this.imageOf(first)
    if (!image) return null
    const rest = node.children.slice(node.children.indexOf(first) + 1)
    for (const child of rest) {
      if (child.type === 'element' && (child.tagName === 'br' || isBlockElement(child) || this.content.hasImage(child))) return null
    }
    const caption = finish(rest, MAX_STYLED_CAPTION)
    return caption ? figure(image, caption) : null
  }

  /** The caption following the image unit `kids[at]`, as a figure, or `null`. */
  private caption(kids: RootContent[], at: number, image: Element): Match | null {
    let next = at + 1
    let breaks = 0
    while (next < kids.length) {
      const node = kids[next]!
      if (isTag(node, 'br')) breaks++
      else if (this.content.visible(node)) break
      next++
    }
    const first = kids[next]
    if (first === undefined || first.type !== 'element' && first.type !== 'text') return null
    if (first.type === 'element' && isBlockElement(first)) {
      const caption = this.blockCaption(first)
      return caption ? {figure: figure(image, caption), end: next, rest: null} : null
    }
    return this.lineCaption(kids, at, next, breaks, image)
  }

  /** A block right after the image that is a caption: its content, or `null`. */
  private blockCaption(block: Element): ElementContent[] | null {
    if (this.content.hasImage(block)) return null
    if (block.tagName === 'figcaption' || hasCaptionClass(block)) {
      return finish(block.children, Number.POSITIVE_INFINITY)
    }
    if (block.tagName !== 'p' && block.tagName !== 'div' && block.tagName !== 'center') return null
    const styled = this.styledOnly(block.children)
    if (styled) return finish(styled.children, MAX_STYLED_CAPTION)
    return textCaption(block.children, false)
  }

  /**
   * The rest of the image's line as a caption: the inline content after it
   * (across `<br>`s and whitespace) up to the next `<br>`, block or line end.
   */
  private lineCaption(kids: RootContent[], at: number, start: number, breaks: number, image: Element): Match | null {
    const run: ElementContent[] = []
    let stop = start
    let rest: ElementContent | null = null
    let visibleChars = 0
    for (; stop < kids.length; stop++) {
      const node = kids[stop]!
      if (node.type === 'element' && (node.tagName === 'br' || isBlockElement(node) || this.content.hasImage(node))) break
      if (node.type === 'text' && this.options.newlineEndsLine) {
        const cut = lineEnd(node.value, visibleChars > 0)
        if (cut !== -1) {
          run.push(text(node.value.slice(0, cut)))
          const remainder = node.value.slice(cut)
          rest = isBlank(remainder) ? null : text(remainder)
          stop++
          break
        }
      }
      if (node.type !== 'text' && node.type !== 'element') continue
      run.push(node)
      visibleChars += countVisible(toString(node))
      if (visibleChars > MAX_STYLED_CAPTION) return null
    }
    if (run.length === 0) return null
    const styled = this.styledOnly(run)
    let caption: ElementContent[] | null
    if (styled) {
      caption = finish(styled.children, MAX_STYLED_CAPTION)
    } else {
      // Plain text after `<img><br>` in a block of its own (`<p><img><br>caption</p>`) is its caption too.
      const alone = breaks > 0 && rest === null && this.lineStartsAt(kids, at) && this.nothingAfter(kids, stop)
      caption = textCaption(run, alone)
    }
    if (!caption) return null
    return {figure: figure(image, caption), end: stop - 1, rest}
  }

  /** Whether nothing visible precedes `kids[at]` on its line. */
  private lineStartsAt(kids: RootContent[], at: number): boolean {
    for (let index = at - 1; index >= 0; index--) {
      const node = kids[index]!
      if (isTag(node, 'br') || isBlockElement(node)) return true
      if (node.type === 'text') {
        if (isBlank(node.value)) continue
        return this.options.newlineEndsLine && isBlank(node.value.slice(node.value.lastIndexOf('\n') + 1)) && node.value.includes('\n')
      }
      if (this.content.visible(node)) return false
    }
    return true
  }

  /** Whether nothing visible follows `kids[from]` up to the end of the block. */
  private nothingAfter(kids: RootContent[], from: number): boolean {
    for (let index = from; index < kids.length; index++) {
      const node = kids[index]!
      if (!isTag(node, 'br') && this.content.visible(node)) return false
    }
    return true
  }

  /** The one italic or `<small>` element that `nodes` are made of (through plain wrappers), or `null`. */
  private styledOnly(nodes: ReadonlyArray<ElementContent | RootContent>): Element | null {
    const visible = nodes.filter((node) => this.content.visible(node))
    if (visible.length !== 1 || visible[0]!.type !== 'element') return null
    const only = visible[0]!
    // An italic holding a link or more formatting is a line of the text (`*研究团队[链接](…)*`, `***第1行***`), not a
    // caption: a caption is written as plain text, so reading one would drop them, and the output would change
    // when cleaned again.
    if (CAPTION_STYLES.has(only.tagName)) return only.children.some(isFormatted) ? null : only
    if (CAPTION_WRAPPERS.has(only.tagName) || isUnknownElement(only)) return this.styledOnly(only.children)
    return null
  }
}

/** At least two letters (a line of only digits, `01`, is a section number, not a caption). */
const WORDS = /\p{L}[^\p{L}]*\p{L}/u

/**
 * Plain text as a caption: a caption label (`（图片说明）…`), a photo credit
 * (`图/路透社`, `…（图片来源：Getty Images）`), a line about the picture
 * (`图：…`), or, when `alone`, any short line.
 */
function textCaption(nodes: ElementContent[], alone: boolean): ElementContent[] | null {
  const flat = textOf(nodes)
  if (flat === '' || flat.length > MAX_TEXT_CAPTION || isByline(flat)) return null
  const labelled = captionLabelLength(flat) > 0 || photoCreditOnly(flat) !== null || endsWithPhotoCredit(flat) || opensWithImageLabel(flat)
  if (labelled || (alone && WORDS.test(flat))) {
    return finish(nodes, MAX_TEXT_CAPTION)
  }
  return null
}

/** Roles of a byline: a line crediting only photos or a source may be a caption, one crediting the writers is not. */
const BYLINE_ROLES: ReadonlySet<CreditRole> = new Set(['author', 'editor', 'translator', 'publisher'])

/** Whether `line` is a credit line naming the article's writers or editors (`作者：香港特约记者 甄树基`). */
function isByline(line: string): boolean {
  return parseCreditLine(line)?.some((credit) => BYLINE_ROLES.has(credit.role)) ?? false
}

/** Labels of a lead or editor's note (`导读：`, `【编者按】`): an italic line starting so is not a caption. */
const LEAD_LABEL = /^[【[]?(?:导读|導讀|编者按|編者按|编按|編按|内容提要|內容提要|提要|摘要)[】\]]?/

/** Caption content: edges trimmed, a leading caption label removed; `null` when nothing is left or it is too long. */
function finish(nodes: ElementContent[], limit: number): ElementContent[] | null {
  const trimmed = trimEdges(nodes)
  dropCaptionLabel(trimmed)
  const flat = textOf(trimmed)
  if (flat === '' || flat.length > limit || LEAD_LABEL.test(flat)) return null
  const out = trimEdges(trimmed)
  const first = out[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = out[out.length - 1]
  if (last?.type === 'text') last.value = last.value.trimEnd()
  return out
}

/** Remove `（图片说明）` and the like from the start of the first text in `nodes`. */
function dropCaptionLabel(nodes: ElementContent[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (isBlank(node.value)) continue
      const length = captionLabelLength(node.value)
      if (length > 0) node.value = node.value.slice(length).trimStart()
      return
    }
    if (node.type === 'element') {
      if (textOf([node]) === '') continue
      dropCaptionLabel(node.children)
      return
    }
  }
}

/** Where a line ends in `value` (index of the newline), or -1; a newline before any text ends nothing. */
function lineEnd(value: string, started: boolean): number {
  let seen = started
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!
    if (char === '\n') {
      if (seen) return index
    } else if (!isBlank(char)) {
      seen = true
    }
  }
  return -1
}

/** Characters of `value` that are not whitespace. */
function countVisible(value: string): number {
  let count = 0
  for (const char of value) if (!isBlank(char)) count++
  return count
}

/** Whether a child of `node` is an element named `name`. */
function hasChildTag(node: Element, name: string): boolean {
  for (const child of node.children) if (isTag(child, name)) return true
  return false
}

function hasCaptionClass(node: Element): boolean {
  const classes = node.properties['className']
  return Array.isArray(classes) && classes.some((name) => CAPTION_CLASSES.has(String(name)))
}

function figure(image: Element, caption: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [image, {type: 'element', tagName: 'figcaption', properties: {}, children: caption}]
  }
}

/** Split a `<p>` around the figures in it: the text before and after each stays a paragraph of its own. */
function splitAround(paragraph: Element): Element[] {
  const out: Element[] = []
  let run: ElementContent[] = []
  const flush = () => {
    const kept = trimEdges(run)
    if (kept.some((node) => node.type === 'element' || (node.type === 'text' && !isBlank(node.value)))) {
      out.push({...paragraph, properties: {...paragraph.properties}, children: kept})
    }
    run = []
  }
  for (const child of paragraph.children) {
    if (isTag(child, 'figure')) {
      flush()
      out.push(child)
    } else {
      run.push(child)
    }
  }
  flush()
  return out
}
