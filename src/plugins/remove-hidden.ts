import type {Root} from 'hast'
import type {Plugin} from 'unified'

/** Remove hidden elements, tracking pixels and comments. (Not implemented yet: passes the tree through.) */
export const rehypeRemoveHidden: Plugin<[Record<string, unknown>?], Root> = function () {
  return (tree) => tree
}
