import type {Element, ElementContent, Root} from 'hast'

/** A line that opens with an ideographic space (after spaces or tabs at most). */
const IDEOGRAPHIC_INDENT = /^[ \t]*\u3000/

/** Lines at least this long, followed by more text, read as hard-wrapped prose. */
const WRAPPED_LINE = 40

/**
 * Turn a plain-text body into hast paragraphs. Blocks are separated by blank
 * lines, and a line indented with an ideographic space (`　　`) opens one. A block of hard-wrapped prose (every line but the last is long)
 * becomes one paragraph; any other block gives one paragraph per line, so
 * title, dateline and credit lines stay apart.
 */
export function textToHast(text: string): Root {
  const children: ElementContent[] = []
  for (const block of splitBlocks(text)) {
    const wrapped = block.slice(0, -1).every((line) => Array.from(line).length >= WRAPPED_LINE)
    const paragraphs = wrapped ? [block.join('\n')] : block
    for (const value of paragraphs) children.push(paragraph(value))
  }
  return {type: 'root', children}
}

function splitBlocks(text: string): string[][] {
  const blocks: string[][] = []
  let current: string[] = []
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim()
    if (line === '') {
      if (current.length > 0) blocks.push(current)
      current = []
    } else {
      // A line indented with an ideographic space opens a paragraph of Chinese text.
      if (IDEOGRAPHIC_INDENT.test(rawLine) && current.length > 0) {
        blocks.push(current)
        current = []
      }
      current.push(line)
    }
  }
  if (current.length > 0) blocks.push(current)
  return blocks
}

function paragraph(value: string): Element {
  return {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value}]}
}
