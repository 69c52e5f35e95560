import type {Element, ElementContent, Root} from 'hast'
import {parseCreditLine} from '../../metadata/credit-line.js'
import {hasCjk} from '../../util/cjk.js'
import {isBlank, isImage, isLink, kindOf, textOf, trimEdges} from './nodes.js'
import {photoCreditOnly} from './photo-credit.js'
import {eachElement} from '../../util/walk.js'

/** Longest heading read from a bold paragraph: in CJK text, in code points. */
export const MAX_CJK_HEADING = 40
/** Longest heading read from a bold paragraph in other scripts, in code points. */
export const MAX_LATIN_HEADING = 80

/** Inline elements that make a line something else than a title: links, code, quotes, ruby. */
const NOT_TITLE: ReadonlySet<string> = new Set(['a', 'code', 'kbd', 'samp', 'tt', 'var', 'q', 'ruby', 'input', 'picture'])

const BOLD: ReadonlySet<string> = new Set(['strong', 'b'])

/** A heading never ends like a statement, a clause or a lead-in (`事先申明：`); a question (`背后调查单位?`) may be one. */
const ENDS_LIKE_PROSE = /[。！.!：:，,；;、…]$/
/** Nor holds a sentence end inside. */
const FULL_STOP = /[。！]|[？?](?!$)|\. /
/** An interview turn (`问：…？`, `Q: …?`) is not a heading. */
const INTERVIEW_TURN = /^(?:问|問|答|Q|A|记者|記者|主持人)[ ]?[:：]/
const QUOTE_OPEN = /^[“「『"'‘]/
const QUOTE_CLOSE = /[”」』"'’]$/
/** A byline (`BY lin`), not a title. */
const BYLINE = /^by /i
/** A bare URL (`<strong>https://rss.dw.com/…</strong>`): an address, not a title. */
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i
/** A heading names something: a line of only digits (`**01**`, a section number) stays a bold line. */
const LETTER = /\p{L}/u

/**
 * The level promoted headings get: `<h2>` when the body has no heading or
 * only `<h1>`s (the title is the `<h1>`; it lives in metadata, not in the
 * body); otherwise the level of the highest heading already there, so that
 * bold section titles are peers of the sections the source marked up (a
 * body with `<h3>` sections gets `<h3>`, not `<h2>`s that would outrank them).
 * Stable: a second run over the output picks the same level.
 */
export function headingLevel(tree: Root): number {
  let highest = 7
  // Headings are not entered.
  eachElement(tree, (element) => {
    const level = headingTagLevel(element.tagName)
    if (level === 0) return undefined
    highest = Math.min(highest, level)
    return false
  })
  return highest === 7 || highest === 1 ? 2 : highest
}

/** The level of a heading tag name (`h1` … `h6`: 1 … 6, as `/^h([1-6])$/` reads it), else 0. */
export function headingTagLevel(tagName: string): number {
  if (tagName.length !== 2 || tagName.charCodeAt(0) !== 0x68) return 0
  const digit = tagName.charCodeAt(1) - 0x30
  return digit >= 1 && digit <= 6 ? digit : 0
}

/**
 * A heading made of `line` (one line of a paragraph, as the Markdown output
 * cuts it), or `null` when the line does not read as one: its whole text
 * bold (`<p><strong>港版国安法受到中国企业的嫌弃</strong></p>`), short (at most
 * 40 code points with CJK, 80 without), not ending like a statement
 * (`。！.!`), clause or lead-in (`：`) — a question mark may end it
 * (`背后调查单位?`) but not stand inside it —, not an interview turn
 * (`问：…？`), a quotation, byline, credit line or bare URL, no link or code in it, and with a letter (`**01**` is a
 * section number).
 */
export function asHeading(line: ElementContent[], tagName: string): Element | null {
  const read = readLine(line)
  if (read === null) return null
  const text = read.replace(/[\s\u3000]+/g, ' ').trim()
  const length = Array.from(text).length
  if (length === 0 || length > (hasCjk(text) ? MAX_CJK_HEADING : MAX_LATIN_HEADING)) return null
  if (!LETTER.test(text) || ENDS_LIKE_PROSE.test(text) || FULL_STOP.test(text) || INTERVIEW_TURN.test(text)) return null
  if (QUOTE_OPEN.test(text) && QUOTE_CLOSE.test(text)) return null
  if (BYLINE.test(text) || URL_ONLY.test(text) || parseCreditLine(text) !== null || photoCreditOnly(text) !== null) return null
  return {type: 'element', tagName, properties: {}, children: trimEdges(unbold(line))}
}

/**
 * The text of a line whose visible text is all bold (inside `<strong>`/`<b>`),
 * with no link, code or image; else `null`.
 */
function readLine(line: ElementContent[]): string | null {
  const state: LineRead = {text: '', sawBold: false, ok: true}
  readNodes(line, false, state)
  return state.ok && state.sawBold ? state.text : null
}

/** What {@link readLine} has read so far. */
interface LineRead {
  text: string
  sawBold: boolean
  /** Still a possible heading. */
  ok: boolean
}

function readNodes(nodes: ElementContent[], inBold: boolean, state: LineRead): void {
  for (const node of nodes) {
    if (!state.ok) return
    if (node.type === 'text') {
      if (isBlank(node.value)) {
        state.text += ' '
        continue
      }
      if (!inBold) state.ok = false
      state.text += node.value
      continue
    }
    if (node.type !== 'element' || kindOf(node) === 'stripped') continue
    if (node.tagName === 'img') {
      if (isImage(node)) state.ok = false
      continue
    }
    // A link or code with no text prints nothing (or an empty link) on both runs: it does not count;
    // nor does an `<a>` the sanitizer leaves without `href` (it prints as its text).
    const notTitle = node.tagName === 'a' ? isLink(node) : NOT_TITLE.has(node.tagName)
    if (notTitle && isBlank(textOf([node]))) continue
    if (notTitle || kindOf(node) === 'block') {
      state.ok = false
      continue
    }
    const strong = BOLD.has(node.tagName)
    if (strong) state.sawBold = true
    readNodes(node.children, inBold || strong, state)
  }
}

/** `nodes` with bold elements replaced by their content (a heading is bold already). */
function unbold(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node]
    const children = unbold(node.children)
    if (BOLD.has(node.tagName)) return children
    return [{...node, children}]
  })
}
