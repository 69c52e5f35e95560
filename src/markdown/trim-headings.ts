import type {Heading, PhrasingContent, Root} from 'mdast'
import {trimEdge} from './trim-edges.js'

/**
 * A heading is one line: a line break in it reads as a space, and its edge
 * whitespace is not kept by a reader (the serializer would write it as
 * `&#x20;` to keep it, which a second cleaning drops). Breaks become spaces
 * and the heading's outer edges are trimmed, so it is written as it reads back.
 */
export function trimHeadings(tree: Root): void {
  for (const node of tree.children) {
    if (node.type === 'heading') trimHeading(node)
    else if (CONTAINERS.has(node.type)) trimHeadings(node as unknown as Root)
  }
}

/** Blocks that may hold headings. */
const CONTAINERS: ReadonlySet<string> = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition'])

function trimHeading(heading: Heading): void {
  breaksToSpaces(heading.children)
  trimEdge(heading.children, 'start', trimStart)
  trimEdge(heading.children, 'end', trimEnd)
}

function breaksToSpaces(children: PhrasingContent[]): void {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'break') children[index] = {type: 'text', value: ' '}
    else if ('children' in child) breaksToSpaces(child.children as PhrasingContent[])
  }
}

/** `value` without its leading ASCII whitespace. */
function trimStart(value: string): string {
  let start = 0
  while (start < value.length && isSpace(value.charCodeAt(start))) start++
  return value.slice(start)
}

/** `value` without its trailing ASCII whitespace, by a backward scan (a regex anchored at the end would rescan every run). */
function trimEnd(value: string): string {
  let end = value.length
  while (end > 0 && isSpace(value.charCodeAt(end - 1))) end--
  return value.slice(0, end)
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}
