import type {Nodes} from 'hast'

/** A node that may hold children, as `hast-util-to-string` tests it (`'children' in node`). */
type WithChildren = Extract<Nodes, {children: unknown}>

/**
 * `toString(node)` of hast-util-to-string: the text node descendants' values
 * concatenated in tree order (a comment or doctype given on its own gives its
 * value, one inside gives nothing). Iterative, so deep trees cannot overflow
 * the stack, and without an array per element.
 */
export function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (!('children' in node)) return 'value' in node ? node.value : ''
  let text = ''
  // Parents being read, and the index of the next child to read in each.
  const parents: WithChildren[] = [node]
  const next: number[] = [0]
  while (parents.length > 0) {
    const top = parents.length - 1
    const parent = parents[top]!
    const index = next[top]!
    if (index >= parent.children.length) {
      parents.pop()
      next.pop()
      continue
    }
    next[top] = index + 1
    const child: Nodes = parent.children[index]!
    if (child.type === 'text') text += child.value
    else if ('children' in child) {
      parents.push(child)
      next.push(0)
    }
  }
  return text
}
