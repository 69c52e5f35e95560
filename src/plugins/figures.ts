import type {Root} from 'hast'
import type {Plugin} from 'unified'

/** Group images with their captions and promote heading-like lines. (Not implemented yet: passes the tree through.) */
export const rehypeFigures: Plugin<[Record<string, unknown>?], Root> = function () {
  return (tree) => tree
}
