import type {Root} from 'hast'
import type {Plugin} from 'unified'

/** Replace proxied image URLs with the originals. (Not implemented yet: passes the tree through.) */
export const rehypeUnproxyImages: Plugin<[Record<string, unknown>?], Root> = function () {
  return (tree) => tree
}
