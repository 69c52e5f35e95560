import type {Element, ElementContent, Root} from 'hast'
import type {Plugin} from 'unified'
import {replaceRange} from '../util/arrays.js'
import {eachElement} from '../util/walk.js'

/** Elements that mark a table as holding data: a header cell, a caption, column groups, header or footer rows. */
const DATA_MARKERS: ReadonlySet<string> = new Set(['th', 'thead', 'tfoot', 'caption', 'colgroup', 'col'])

/** Row groups a table's rows may sit in. */
const ROW_GROUPS: ReadonlySet<string> = new Set(['tbody', 'thead', 'tfoot'])

/**
 * Turn layout tables into plain blocks: each cell's content becomes a
 * `<div>` of its own, in reading order (row by row, cell by cell), and the
 * table goes. Old news sites (and the mirrors copying them) set a photo and
 * its caption in a one-column table, or a whole story in a one-cell frame;
 * written as GFM they become tables with an empty header row, and the
 * caption is never seen as one.
 *
 * A table is a layout table unless it is marked up as data (a `th`,
 * `thead`, `tfoot`, `caption`, `col`/`colgroup` or a `summary`), and then
 * only when it says so (`role="presentation"` or `"none"`), has one column
 * or one row, holds another table, or holds an image. A table marked up as
 * data is always kept; so is a small grid of text, which is what a
 * data table without header cells looks like. Tables inside a layout table
 * are judged on their own.
 *
 * @example
 * ```ts
 * import {fromHtml} from 'hast-util-from-html'
 * import {unified} from 'unified'
 * import {rehypeUnwrapLayoutTables} from 'unsyndicate'
 *
 * const tree = fromHtml('<table><tr><td><img src="a.jpg"></td></tr><tr><td>Caption</td></tr></table>', {fragment: true})
 * unified().use(rehypeUnwrapLayoutTables).runSync(tree)
 * // <div><img src="a.jpg"></div><div>Caption</div>
 * ```
 */
export const rehypeUnwrapLayoutTables: Plugin<[], Root> = function () {
  return (tree) => {
    const found: Array<{table: Element; index: number; parent: Root | Element}> = []
    eachElement(tree, (node, index, parent) => {
      if (node.tagName === 'table' && parent !== undefined && index !== undefined && isLayoutTable(node)) {
        found.push({table: node, index, parent: parent as Root | Element})
      }
      return undefined
    })
    // Last first: a table found later is inside an earlier one or after it in
    // the same parent, so unwrapping it never moves an earlier one's index.
    for (let at = found.length - 1; at >= 0; at--) {
      const {table, index, parent} = found[at]!
      replaceRange<Root['children'][number]>(parent.children, index, 1, cellBlocks(table))
    }
  }
}

/** Whether `table` only lays out its content (see {@link rehypeUnwrapLayoutTables}). */
export function isLayoutTable(table: Element): boolean {
  if (table.properties['summary'] !== undefined) return false
  const rows = tableRows(table)
  let columns = 0
  for (const row of rows) columns = Math.max(columns, cellsOf(row).length)
  let marked = false
  let nested = false
  let image = false
  eachElement(table, (node) => {
    if (node === table) return undefined
    if (DATA_MARKERS.has(node.tagName)) marked = true
    else if (node.tagName === 'table') nested = true
    else if (node.tagName === 'img') image = true
    return undefined
  })
  if (marked) return false
  const role = table.properties['role']
  if (role === 'presentation' || role === 'none') return true
  return rows.length <= 1 || columns <= 1 || nested || image
}

/** The rows of `table` itself (not of tables inside it), in order. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = []
  for (const child of table.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'tr') rows.push(child)
    else if (ROW_GROUPS.has(child.tagName)) {
      for (const row of child.children) if (row.type === 'element' && row.tagName === 'tr') rows.push(row)
    }
  }
  return rows
}

function cellsOf(row: Element): Element[] {
  const cells: Element[] = []
  for (const child of row.children) {
    if (child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th')) cells.push(child)
  }
  return cells
}

/** Each cell's content as a `<div>`, row by row; what sits in the table outside any cell stays, in place. */
function cellBlocks(table: Element): ElementContent[] {
  const blocks: ElementContent[] = []
  const add = (node: ElementContent): void => {
    if (node.type !== 'element') {
      blocks.push(node)
      return
    }
    if (node.tagName === 'td' || node.tagName === 'th') {
      blocks.push({type: 'element', tagName: 'div', properties: {}, children: node.children})
      return
    }
    if (node.tagName === 'tr' || ROW_GROUPS.has(node.tagName)) {
      for (const child of node.children) add(child)
      return
    }
    blocks.push(node)
  }
  for (const child of table.children) add(child)
  return blocks
}
