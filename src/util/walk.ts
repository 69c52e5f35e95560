import type {Element, Root} from 'hast'
import type {Node, Parent} from 'unist'

/** What a {@link walk} visitor returns to end the whole walk at once. */
export const EXIT: unique symbol = Symbol('exit')

/**
 * What a {@link walk} visitor returns: nothing to go on (into the node's
 * children, then on to its next sibling), `false` to skip the node's
 * children, {@link EXIT} to stop, or an index to continue at in `parent`
 * (after removing or inserting siblings; the node's children are then not
 * visited).
 */
export type WalkResult = number | false | typeof EXIT | undefined | void

/**
 * Visit `tree` and every node below it in document order (preorder).
 *
 * The same contract as `unist-util-visit` without a test, at a fraction of
 * its cost: unist-util-visit creates a closure per node, copies the ancestor
 * list per parent and names each closure for debugging (`defineProperty`),
 * which was several percent of `cleanArticle`'s time. Iterative, so deep
 * trees cannot overflow the stack, and its stack holds one entry per level,
 * not per sibling: a wide parent (a 10 MB article has tens of thousands of
 * paragraphs in one element) adds no array as long as its list of children.
 * A visitor may replace the node at `index` (the replacement's children are
 * then visited) or splice `parent.children` and return the index to
 * continue at.
 */
export function walk<Tree extends Node>(
  tree: Tree,
  visitor: (node: Node, index: number | undefined, parent: Parent | undefined) => WalkResult
): void {
  const first = visitor(tree, undefined, undefined)
  if (first === false || first === EXIT || !isParent(tree)) return
  const parents: Parent[] = [tree]
  const indexes: number[] = [0]
  while (parents.length > 0) {
    const top = parents.length - 1
    const parent = parents[top]!
    const index = indexes[top]!
    if (index >= parent.children.length) {
      parents.pop()
      indexes.pop()
      continue
    }
    const result = visitor(parent.children[index]!, index, parent)
    if (result === EXIT) return
    if (typeof result === 'number') {
      indexes[top] = result
      continue
    }
    indexes[top] = index + 1
    const node = parent.children[index]
    if (result !== false && node !== undefined && isParent(node)) {
      parents.push(node)
      indexes.push(0)
    }
  }
}

/** Call `visitor` on every element in `tree` (itself included when it is one), in document order (see {@link walk}). */
export function eachElement(
  tree: Root | Element,
  visitor: (element: Element, index: number | undefined, parent: Parent | undefined) => WalkResult
): void {
  walk(tree, (node, index, parent) => (node.type === 'element' ? visitor(node as Element, index, parent) : undefined))
}

function isParent(node: Node): node is Parent {
  return Array.isArray((node as Partial<Parent>).children)
}
