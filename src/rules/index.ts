import type {Rule} from '../types.js'

/** The built-in rules: generic rules first, then site rules. */
export const builtinRules: readonly Rule[] = []
