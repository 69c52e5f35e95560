import type {BodyFormat} from './types.js'

/** A tag; not after a backslash, which in Markdown makes its `<` a literal character (`\</p>` is text). */
const HTML_TAG = /(?<!\\)<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g
const BLOCK_MARKDOWN = /^[ \t]{0,3}(?:#{1,6}[ \t]|\||[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|>|```|~~~|(?:[-*_][ \t]*){3,}$)/
const INLINE_MARKDOWN = new RegExp(
  [
    /!?\[[^[\]\n]*\]\((?:<[^<>\n]*>|[^()[\]\s]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?\)/.source, // [link](url), ![image](<url> "title")
    /`[^`\n]+`/.source, // `code`
    /\*[^*\s][^*\n]*\*/.source, // *emphasis*, **strong**
    /(?<![A-Za-z0-9_^])_[^_\s^](?:[^_\n]*[^_\s^])?_(?![A-Za-z0-9_^])/.source, // _emphasis_, not snake_case or ^_^
    /~~[^~\n]+~~/.source, // ~~delete~~
    /\\[!-/:-@[-`{-~]/.source, // backslash escape
    /<[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*>/.source, // <https://autolink>
    /<[\w.+-]+@[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+>/.source // <email@autolink>
  ].join('|')
)
/** A character reference: Markdown syntax in a text without tags, plain HTML next to tags. */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/

/** A full HTML page: a doctype or an `<html>` element first. No Markdown file opens so. */
const FULL_DOCUMENT = /^(?:<!doctype\s+html|<html[\s>])/i

/**
 * Tell whether a body is HTML, Markdown (possibly with inline HTML) or plain
 * text. HTML: it opens with a tag and no line outside tags reads as Markdown.
 * Markdown: it has Markdown syntax, or text mixed with tags. Text: neither.
 */
export function detectFormat(body: string): BodyFormat {
  const trimmed = body.trim()
  if (trimmed === '') return 'text'
  if (FULL_DOCUMENT.test(trimmed)) return 'html'
  const tagCount = countMatches(trimmed, HTML_TAG, 3)
  const markdownLines = countMarkdownLines(trimmed, tagCount === 0, tagCount > 0)
  if (tagCount > 0 && markdownLines === 0 && (trimmed.startsWith('<') || isHtmlAfterLabel(trimmed))) return 'html'
  if (markdownLines > 0 || tagCount > 0) return 'markdown'
  return 'text'
}

/** Longest text line allowed above an HTML body that is still read as HTML (`日期：Mon, 22 Jun 2020 …`). */
const MAX_LABEL_LINE = 120

/**
 * Whether `text` is one short line of plain text (a feed's date line), then
 * only lines that open with a tag: HTML a feed archive put one label above.
 * Read as HTML, the line is a text block of its own, as it would be in Markdown.
 */
function isHtmlAfterLabel(text: string): boolean {
  const newline = text.indexOf('\n')
  if (newline === -1 || newline > MAX_LABEL_LINE) return false
  let start = newline + 1
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end).trim()
    if (line !== '' && !line.startsWith('<')) return false
    start = end + 1
  }
  return true
}

/**
 * The start of a CommonMark HTML block of type 6 (a block-level tag at the
 * start of a line): to a Markdown reader the lines from there to the next
 * blank line are raw HTML, so Markdown-looking text in them is not Markdown.
 */
const HTML_BLOCK_START = /^ {0,3}<\/?(?:address|article|aside|blockquote|body|caption|center|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|html|iframe|legend|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\s/>]|$)/i

/** An element whose content is kept as written (code, scripts, styles, text areas), opened on a line. */
const RAW_OPEN = /<(pre|script|style|textarea)[\s>]/i

/** A line of plain text a Markdown reader takes as a paragraph: no tag first, and not indented as code. */
const PLAIN_LINE = /^ {0,3}[^\s<]/

/**
 * Lines of `text` that read as Markdown outside HTML blocks (up to three). With
 * `withReferences`, a character reference counts (text without tags); with
 * `withParagraphs`, so does a paragraph of plain text after another one,
 * apart from any HTML block (text with tags: in HTML they would run together).
 */
function countMarkdownLines(text: string, withReferences: boolean, withParagraphs: boolean): number {
  let count = 0
  let start = 0
  let inHtmlBlock = false
  // Whether a blank line came last, and whether the block before it was a paragraph of plain text.
  let afterBlank = false
  let plainBefore = false
  // The closing tag of a raw-text element left open on an earlier line, or `null`.
  let rawUntil: string | null = null
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end)
    start = end + 1
    if (line.trim() === '') {
      inHtmlBlock = false
      afterBlank = true
      continue
    }
    const opensBlock = afterBlank
    afterBlank = false
    // Inside `<pre>`, `<script>`, `<style>` or `<textarea>` (blank lines and all) nothing is Markdown evidence.
    if (rawUntil !== null) {
      if (line.toLowerCase().includes(rawUntil)) rawUntil = null
      continue
    }
    const raw = RAW_OPEN.exec(line)
    if (raw !== null && !line.toLowerCase().includes(`</${raw[1]!.toLowerCase()}`)) {
      rawUntil = `</${raw[1]!.toLowerCase()}`
      continue
    }
    if (inHtmlBlock || HTML_BLOCK_START.test(line)) {
      inHtmlBlock = true
      plainBefore = false
      continue
    }
    if (opensBlock) {
      const plain = PLAIN_LINE.test(line)
      if (withParagraphs && plain && plainBefore && ++count > 2) return count
      plainBefore = plain
    }
    // Only look at text outside tags.
    const outside = line.replace(HTML_TAG, '')
    if (outside.trim() !== '' && (BLOCK_MARKDOWN.test(outside) || INLINE_MARKDOWN.test(outside) || (withReferences && CHARACTER_REFERENCE.test(outside)))) {
      count++
      if (count > 2) return count
    }
  }
  return count
}

function countMatches(text: string, pattern: RegExp, limit: number): number {
  pattern.lastIndex = 0
  let count = 0
  while (count < limit && pattern.exec(text)) count++
  pattern.lastIndex = 0
  return count
}
