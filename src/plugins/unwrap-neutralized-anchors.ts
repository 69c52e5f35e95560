import type {Root} from 'hast'
import type {Plugin} from 'unified'

/** Turn neutralized anchors (non-a elements with href) into text or links. (Not implemented yet: passes the tree through.) */
export const rehypeUnwrapNeutralizedAnchors: Plugin<[Record<string, unknown>?], Root> = function () {
  return (tree) => tree
}
