import type {Paragraph, PhrasingContent, Root, RootContent} from 'mdast'

/** A line that opens with an ideographic space (`　　中国侨网9月23日电…`): how Chinese text marks a new paragraph. */
const INDENTED_LINE = /\n[ \t]*\u3000/

/**
 * Split Markdown paragraphs where a line opens with an ideographic space
 * (`原标题：…\n　　中国侨网9月23日电…`): Chinese text indents each paragraph
 * with two of them instead of leaving a blank line, and a Markdown reader
 * would run the lines together. Only text directly in a paragraph is cut;
 * the indent goes. Changes `tree` in place.
 */
export function splitAtIdeographicIndents(tree: Root): void {
  splitIn(tree)
}

function splitIn(parent: {children: RootContent[]}): void {
  let changed = false
  const out: RootContent[] = []
  for (const child of parent.children) {
    if (child.type === 'paragraph' && child.children.some((node) => node.type === 'text' && INDENTED_LINE.test(node.value))) {
      out.push(...splitParagraph(child))
      changed = true
    } else {
      if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading' && child.type !== 'table') splitIn(child as {children: RootContent[]})
      out.push(child)
    }
  }
  if (changed) parent.children = out
}

function splitParagraph(paragraph: Paragraph): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let current: PhrasingContent[] = []
  for (const node of paragraph.children) {
    if (node.type !== 'text' || !INDENTED_LINE.test(node.value)) {
      current.push(node)
      continue
    }
    const pieces = node.value.split(/\n[ \t]*\u3000[\u3000 \t]*/)
    pieces.forEach((piece, index) => {
      if (index > 0) {
        if (current.length > 0) paragraphs.push({type: 'paragraph', children: current})
        current = []
      }
      if (piece !== '') current.push({type: 'text', value: piece})
    })
  }
  if (current.length > 0) paragraphs.push({type: 'paragraph', children: current})
  return paragraphs
}
