import type {Root} from 'hast'
import type {Plugin} from 'unified'
import type {Rule} from '../types.js'

/** Options of {@link rehypeStripBoilerplate}. */
export interface StripBoilerplateOptions {
  /** The rules to apply. */
  rules?: Rule[]
  /** Where the copy was found, to match rules' hosts. */
  url?: string
}

/** Remove boilerplate blocks using rules kept as data. (Not implemented yet.) */
export const rehypeStripBoilerplate: Plugin<[StripBoilerplateOptions?], Root> = function () {
  return (tree) => tree
}
