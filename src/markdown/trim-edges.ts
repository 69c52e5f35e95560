import type {PhrasingContent} from 'mdast'

/** Formatting that shows nothing once its content is gone (a link still has its URL). */
const FORMATTING: ReadonlySet<string> = new Set(['emphasis', 'strong', 'delete'])

/**
 * Trim whitespace at one edge of a line of phrasing content, in place, down
 * through the edge node's own children (`**text **` ends in the text inside
 * the strong): texts left empty are dropped, and so is formatting left
 * empty, and the trim goes on at the next node. `trim` trims one text at
 * that edge (each caller has its own idea of whitespace).
 */
export function trimEdge(children: PhrasingContent[], edge: 'start' | 'end', trim: (value: string) => string): void {
  while (children.length > 0) {
    const index = edge === 'start' ? 0 : children.length - 1
    const node = children[index]!
    if (node.type === 'text') {
      node.value = trim(node.value)
      if (node.value !== '') return
    } else if ('children' in node) {
      trimEdge(node.children as PhrasingContent[], edge, trim)
      if (node.children.length > 0 || !FORMATTING.has(node.type)) return
    } else {
      return
    }
    children.splice(index, 1)
  }
}
