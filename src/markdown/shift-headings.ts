import type {Element, Root} from 'hast'
import {select} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {EXIT, eachElement} from '../util/walk.js'

const LOWER: Readonly<Record<string, string>> = {h1: 'h2', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6'}

/** Elements the search for a top-level heading does not enter. */
const NO_HEADING_INSIDE: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'code', 'figcaption'])

/**
 * The article's title is metadata, not a heading of the body: when the
 * cleaned body still holds a top-level heading (`<h1>`, not an empty one), every heading goes
 * one level down (`h1` → `h2` … `h5` → `h6`; `h6` stays), so the body's
 * sections start at level 2 and keep their order of rank. Cleaning the
 * output again finds no `# ` heading to take for a title, so it is stable.
 */
export function shiftHeadings(tree: Root): void {
  let found = false
  eachElement(tree, (element) => {
    // Paragraphs, other headings and code hold no heading (HTML closes a paragraph before one): not entered.
    if (element.tagName !== 'h1') return NO_HEADING_INSIDE.has(element.tagName) ? false : undefined
    if (!showsSomething(element)) return false
    found = true
    return EXIT
  })
  if (!found) return
  eachElement(tree, (element) => {
    const lower = LOWER[element.tagName]
    if (lower !== undefined) element.tagName = lower
    return undefined
  })
}

/** Whether a heading writes anything: text that is not whitespace, or an image. */
function showsSomething(heading: Element): boolean {
  return toString(heading).trim() !== '' || select('img', heading) !== undefined
}
