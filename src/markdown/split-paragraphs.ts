import type {Paragraph, Parent, PhrasingContent, Root, RootContent} from 'mdast'

type Line = PhrasingContent[]

/**
 * Split paragraphs so that each line break (even one nested in emphasis or a
 * link) starts a new paragraph and each image stands on its own line, then
 * drop paragraphs left with no content. The output has no hard breaks and no
 * images inside running text. In headings and table cells a break becomes a
 * space.
 */
export function splitParagraphs(tree: Root): void {
  splitIn(tree)
}

function splitIn(parent: Parent): void {
  const children: RootContent[] = []
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'paragraph') {
      children.push(...splitParagraph(child))
      continue
    }
    if (child.type === 'heading' || child.type === 'tableCell') {
      child.children = replaceBreaks(child.children)
    } else if ('children' in child) {
      splitIn(child as Parent)
    }
    children.push(child)
  }
  parent.children = children as Parent['children']
}

function splitParagraph(node: Paragraph): Paragraph[] {
  const out: Paragraph[] = []
  for (const line of splitLines(node.children)) {
    let current: Line = []
    const push = () => {
      const trimmed = trimEdges(current)
      if (trimmed.some(hasContent)) out.push({type: 'paragraph', children: trimmed})
      current = []
    }
    for (const child of line) {
      if (child.type === 'image' || isImageLink(child)) {
        push()
        out.push({type: 'paragraph', children: [child]})
      } else {
        current.push(child)
      }
    }
    push()
  }
  return out
}

/** Split phrasing content at breaks, cloning inline parents that span a break. */
function splitLines(nodes: Line): Line[] {
  const lines: Line[] = [[]]
  for (const node of nodes) {
    if (node.type === 'break') {
      lines.push([])
    } else if ('children' in node && node.children.some(containsBreak)) {
      const parts = splitLines(node.children as Line)
      parts.forEach((part, index) => {
        if (index > 0) lines.push([])
        if (part.length > 0) lines[lines.length - 1]!.push({...node, children: part} as PhrasingContent)
      })
    } else {
      lines[lines.length - 1]!.push(node)
    }
  }
  return lines
}

function containsBreak(node: PhrasingContent): boolean {
  return node.type === 'break' || ('children' in node && node.children.some(containsBreak))
}

function isImageLink(node: PhrasingContent): boolean {
  return node.type === 'link' && node.children.length === 1 && node.children[0]?.type === 'image'
}

function hasContent(node: PhrasingContent): boolean {
  if (node.type === 'text') return node.value.trim() !== ''
  if ('children' in node) return node.children.some(hasContent)
  return true
}

function trimEdges(nodes: Line): Line {
  const first = nodes[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = nodes[nodes.length - 1]
  if (last?.type === 'text') last.value = last.value.trimEnd()
  return nodes.filter((node) => node.type !== 'text' || node.value !== '')
}

function replaceBreaks(nodes: Line): Line {
  return nodes.map((node) => (node.type === 'break' ? {type: 'text', value: ' '} : node))
}
