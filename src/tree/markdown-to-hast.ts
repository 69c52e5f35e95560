import type {Root} from 'hast'
import {raw} from 'hast-util-raw'
import {toHast} from 'mdast-util-to-hast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import type {Root as MdRoot} from 'mdast'

/**
 * Turn off indented code: in syndicated dumps, indentation is HTML source
 * formatting, never a code block (fenced code still works).
 */
function remarkNoIndentedCode(this: Processor) {
  const data = this.data()
  const extensions = data.micromarkExtensions ?? (data.micromarkExtensions = [])
  extensions.push({disable: {null: ['codeIndented']}})
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkNoIndentedCode)

/**
 * Parse a Markdown body (with inline HTML) into hast: remark-parse with GFM,
 * mdast → hast keeping raw HTML, then the raw HTML re-parsed with parse5
 * (hast-util-raw) into real elements.
 */
export function markdownToHast(markdown: string): Root {
  const mdast = parser.runSync(parser.parse(markdown)) as MdRoot
  const hast = toHast(mdast, {allowDangerousHtml: true}) as Root
  return raw(hast) as Root
}
