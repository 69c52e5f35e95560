import type {DefaultTreeAdapterMap} from 'parse5'

type P5Node = DefaultTreeAdapterMap['node']
type P5Parent = DefaultTreeAdapterMap['parentNode']
type P5Text = DefaultTreeAdapterMap['textNode']

/**
 * Deepest element nesting kept in the tree. Everything below this depth is
 * flattened into its ancestor at the cap: its text is kept, in order, and its
 * elements are dropped. The later stages (hast conversion, hast → mdast,
 * serializing) walk the tree recursively, so without a cap a dump of 100 000
 * nested `<div>`s would overflow the stack. No real article nests this deep.
 */
export const MAX_TREE_DEPTH = 128

/**
 * Flatten a parse5 tree in place so that no element is deeper than
 * `maxDepth`. Linear and iterative (no recursion), so it is safe on any depth;
 * its stack holds the open parents (one per level, plus a template's
 * content), never a wide parent's children.
 */
export function capParse5Depth(root: P5Parent, maxDepth = MAX_TREE_DEPTH): void {
  const open: OpenParents = {parents: [], next: [], depths: []}
  enter(open, root, 0, maxDepth)
  const {parents, next, depths} = open
  while (parents.length > 0) {
    const top = parents.length - 1
    const children = parents[top]!.childNodes as P5Node[]
    const index = next[top]!
    if (index >= children.length) {
      parents.pop()
      next.pop()
      depths.pop()
      continue
    }
    next[top] = index + 1
    const depth = depths[top]! + 1
    const child = children[index]!
    if ('childNodes' in child) enter(open, child as P5Parent, depth, maxDepth)
    const content = (child as {content?: P5Parent}).content
    if (content && 'childNodes' in content) enter(open, content, depth, maxDepth)
  }
}

/** The parents {@link capParse5Depth} has open: each with the index of its next child and its depth. */
interface OpenParents {
  parents: P5Parent[]
  next: number[]
  depths: number[]
}

/** Open `parent` at `depth`, or flatten it when that is the cap. */
function enter(open: OpenParents, parent: P5Parent, depth: number, maxDepth: number): void {
  if (depth >= maxDepth) {
    flattenToText(parent)
    return
  }
  open.parents.push(parent)
  open.next.push(0)
  open.depths.push(depth)
}

/** Replace the children of `node` by the text of all its descendants, merged. */
function flattenToText(node: P5Parent): void {
  const texts: string[] = []
  const stack: P5Node[] = [...(node.childNodes as P5Node[])].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.nodeName === '#text') {
      texts.push((current as P5Text).value)
      continue
    }
    const children = 'childNodes' in current ? (current.childNodes as P5Node[]) : []
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  if (texts.length === 0 && node.childNodes.length === 0) return
  const text: P5Text = {nodeName: '#text', value: texts.join(''), parentNode: node as P5Text['parentNode']}
  node.childNodes = texts.length > 0 ? [text] : []
}
