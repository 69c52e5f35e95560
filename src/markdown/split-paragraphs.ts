import type {Paragraph, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import {append} from '../util/arrays.js'
import {trimEdge} from './trim-edges.js'

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

const PHRASING = new Set([
  'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference',
  'footnoteReference', 'html'
])

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

/**
 * Wrap runs of phrasing content that sit directly in a flow parent (a stray
 * `<br>` or text at the top level) in paragraphs, so they are split and
 * trimmed like any other paragraph instead of serializing as `\`.
 */
function wrapStrayPhrasing(parent: Parent): void {
  if (!FLOW_PARENTS.has(parent.type)) return
  // Most flow parents hold only blocks: their list stays as it is.
  if (!(parent.children as RootContent[]).some((child) => PHRASING.has(child.type))) return
  const out: RootContent[] = []
  let run: PhrasingContent[] = []
  const flush = () => {
    if (run.length > 0) out.push({type: 'paragraph', children: run})
    run = []
  }
  for (const child of parent.children as RootContent[]) {
    if (PHRASING.has(child.type)) {
      run.push(child as PhrasingContent)
    } else {
      flush()
      out.push(child)
    }
  }
  flush()
  parent.children = out as Parent['children']
}

function splitIn(parent: Parent): void {
  wrapStrayPhrasing(parent)
  const children = new Kept(parent.children as RootContent[])
  for (let index = 0; index < children.source.length; index++) {
    const child = children.source[index]!
    if (child.type === 'paragraph') {
      children.pushAll(splitParagraph(child))
      continue
    }
    if (child.type === 'heading' || child.type === 'tableCell') {
      child.children = replaceBreaks(child.children)
      // An empty heading would print as a bare `###`, which reads back as text.
      if (child.type === 'heading' && !child.children.some(hasContent)) continue
    } else if ('children' in child) {
      splitIn(child as Parent)
      // Empty containers print as a bare `-`, `1.` or `>` that reads back as text.
      if (isContainer(child) && !child.children.some((item) => hasBlockContent(item as RootContent))) continue
      if (child.type === 'listItem') child.spread = child.children.length > 1
      if (child.type === 'list') child.spread = child.children.some((item) => item.spread === true)
    }
    // An empty code block prints as a bare fence pair.
    if (child.type === 'code' && isBlank(child.value)) continue
    // Parsers drop a newline right after `<pre>`: keep code free of edge blank lines so it reads back the same.
    if (child.type === 'code') child.value = trimBlankLines(child.value)
    children.push(child)
  }
  parent.children = children.finish() as Parent['children']
}

/**
 * The children kept of a list read in order: written back into the list
 * itself while no child has become more than one (most never do), so a
 * wide parent (tens of thousands of paragraphs) gets no second list; the
 * first child that becomes several switches to a new list.
 */
class Kept {
  private kept = 0
  private out: RootContent[] | null = null

  constructor(readonly source: RootContent[]) {}

  push(node: RootContent): void {
    if (this.out !== null) this.out.push(node)
    else this.source[this.kept++] = node
  }

  pushAll(nodes: readonly RootContent[]): void {
    if (nodes.length === 1) this.push(nodes[0]!)
    else if (nodes.length > 1) {
      // Writing them in place would overwrite children not read yet.
      this.out ??= this.source.slice(0, this.kept)
      append(this.out, nodes)
    }
  }

  /** The kept children: the source list cut to them, or the new list. */
  finish(): RootContent[] {
    if (this.out !== null) return this.out
    this.source.length = this.kept
    return this.source
  }
}

function splitParagraph(node: Paragraph): Paragraph[] {
  // One line (no break, image or block inside), as most paragraphs are: only its edges trimmed.
  if (!node.children.some(containsSplit)) {
    const trimmed = trimEdges(node.children)
    return trimmed.some(hasContent) ? [{type: 'paragraph', children: trimmed}] : []
  }
  const out: Paragraph[] = []
  for (const line of splitLines(node.children)) {
    const trimmed = line.length === 1 && isImage(line[0]!) ? line : trimEdges(line)
    if (trimmed.some(hasContent)) out.push({type: 'paragraph', children: trimmed})
  }
  return out
}

function isContainer(node: RootContent): node is Extract<RootContent, Parent> {
  return node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote'
}

/** Whether a block holds anything that prints (text, an image, a rule, code …). */
function hasBlockContent(node: RootContent): boolean {
  if (node.type === 'text') return !isBlank(node.value)
  if ('children' in node) return (node.children as RootContent[]).some(hasBlockContent)
  return true
}

function isImage(node: PhrasingContent): boolean {
  return node.type === 'image' || isImageLink(node)
}

/**
 * Split phrasing content into lines: at breaks, and around images (each image
 * gets a line of its own), cloning inline parents (emphasis, links) that span
 * a split so that every piece keeps its formatting.
 */
function splitLines(nodes: Line): Line[] {
  const lines: Line[] = [[]]
  for (const node of nodes) {
    if (node.type === 'break') {
      lines.push([])
    } else if (isFlowInPhrasing(node)) {
      // A block (a paragraph left inside emphasis by misnested HTML) starts and ends a line.
      const parts = splitLines(((node as unknown as Parent).children ?? []) as Line)
      append(lines, parts)
      lines.push([])
    } else if (isImage(node)) {
      lines.push([node], [])
    } else if ('children' in node && node.children.some(containsSplit)) {
      const parts = splitLines(node.children as Line)
      parts.forEach((part, index) => {
        if (index > 0) lines.push([])
        if (part.length === 1 && isImage(part[0]!)) lines[lines.length - 1]!.push(part[0]!)
        else if (part.length > 0) lines[lines.length - 1]!.push({...node, children: part} as PhrasingContent)
      })
    } else {
      lines[lines.length - 1]!.push(node)
    }
  }
  return lines
}

function containsSplit(node: PhrasingContent): boolean {
  return node.type === 'break' || isImage(node) || isFlowInPhrasing(node) || ('children' in node && node.children.some(containsSplit))
}

/** A non-phrasing node (paragraph, heading, list …) found inside phrasing content. */
function isFlowInPhrasing(node: PhrasingContent): boolean {
  return !PHRASING.has(node.type)
}

function isImageLink(node: PhrasingContent): boolean {
  return node.type === 'link' && node.children.length === 1 && node.children[0]?.type === 'image'
}

/** Whitespace and zero-width characters only: nothing a reader sees (exported for tests). */
export function isBlank(value: string): boolean {
  return !VISIBLE.test(value)
}

/** A character `trim` keeps that is not zero-width: `\s` is exactly what `trim` removes. */
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/

function hasContent(node: PhrasingContent): boolean {
  if (node.type === 'text') return !isBlank(node.value)
  if ('children' in node) return node.children.some(hasContent)
  return true
}

/** A line with whitespace trimmed at its edges, also inside formatting there (`**text **`), and empty texts dropped. */
function trimEdges(nodes: Line): Line {
  trimEdge(nodes, 'start', (value) => value.trimStart())
  trimEdge(nodes, 'end', (value) => value.trimEnd())
  return nodes.filter((node) => node.type !== 'text' || node.value !== '')
}

/** Breaks become spaces; blocks misnested in a heading or cell become their phrasing content. */
function replaceBreaks(nodes: Line): Line {
  return nodes.flatMap((node): Line => {
    if (node.type === 'break') return [{type: 'text', value: ' '}]
    if (!isFlowInPhrasing(node)) {
      if ('children' in node && node.children.some(containsSplit)) {
        return [{...node, children: replaceBreaks(node.children as Line)} as PhrasingContent]
      }
      return [node]
    }
    const block = node as unknown as RootContent
    if ('children' in block) return replaceBreaks(block.children as Line)
    return 'value' in block && typeof block.value === 'string' ? [{type: 'text', value: block.value.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ')}] : []
  })
}

/** Remove whole blank lines at the start and end of a code block's text. */
function trimBlankLines(value: string): string {
  const lines = value.split('\n')
  let start = 0
  let end = lines.length
  while (start < end && lines[start]!.trim() === '') start++
  while (end > start && lines[end - 1]!.trim() === '') end--
  return lines.slice(start, end).join('\n')
}
