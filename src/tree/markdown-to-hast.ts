import type {Root} from 'hast'
import {raw} from 'hast-util-raw'
import {toHtml} from 'hast-util-to-html'
import {toHast} from 'mdast-util-to-hast'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import type {Root as MdRoot} from 'mdast'
import {cutBareUrls} from '../markdown/cut-bare-urls.js'
import {isLiteralLink} from '../markdown/link-bare-urls.js'
import {capMarkdownNesting} from './cap-markdown-nesting.js'
import {padsLinesLikeAConverter, softenConverterBreaks} from './converter-breaks.js'
import {htmlToHast} from './html-to-hast.js'
import {repairLiteralInlineHtml} from './literal-inline-html.js'
import {splitAtIdeographicIndents} from './ideographic-indents.js'

/**
 * Turn off indented code: in syndicated dumps, indentation is HTML source
 * formatting, never a code block (fenced code still works).
 */
function remarkNoIndentedCode(this: Processor) {
  const data = this.data()
  const extensions = data.micromarkExtensions ?? (data.micromarkExtensions = [])
  extensions.push({disable: {null: ['codeIndented']}})
}

/**
 * remark-cjk-friendly: emphasis next to CJK punctuation (`**关键词：**LLM`)
 * is read as the author meant, as Chinese editors render it; CommonMark's
 * flanking rules alone leave its asterisks as text. The Markdown written
 * out keeps to CommonMark (punctuation moves outside the markers).
 */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkNoIndentedCode)

/**
 * Parse a Markdown body (with inline HTML) into hast: remark-parse with GFM
 * (block nesting capped, see {@link capMarkdownNesting}; a converter's
 * padded hard breaks read as line endings, see {@link softenConverterBreaks}; shortcodes and SVG
 * image URLs taken for tags repaired, see {@link repairLiteralInlineHtml}; paragraphs cut where a line opens
 * with an ideographic indent, see {@link splitAtIdeographicIndents}), mdast → hast keeping
 * raw HTML, then the raw HTML re-parsed with parse5 (hast-util-raw) into real
 * elements. When the raw HTML nests too deep for hast-util-raw's recursion,
 * the tree is serialized and re-parsed with the depth-capped HTML parser.
 */
export function markdownToHast(markdown: string): Root {
  const source = capMarkdownNesting(markdown)
  const mdast = parser.runSync(parser.parse(source)) as MdRoot
  if (padsLinesLikeAConverter(markdown)) softenConverterBreaks(mdast)
  repairLiteralInlineHtml(mdast)
  splitAtIdeographicIndents(mdast)
  // A bare URL GFM read out of the text ends where CJK punctuation starts: a link with no `<` or `[` at its
  // start, or with no position at all (GFM's literal transform makes those after parsing).
  cutBareUrls(mdast, (link) => {
    const offset = link.position?.start.offset
    return isLiteralLink(link) || offset === undefined || !'<['.includes(source.charAt(offset))
  })
  const hast = toHast(mdast, {allowDangerousHtml: true}) as Root
  try {
    return raw(hast) as Root
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return htmlToHast(toHtml(hast, {allowDangerousHtml: true}))
  }
}
