import type {CleanOptions, Rule} from '../types.js'
import {builtinRules} from './index.js'

/** The rules `options` asks for: the chosen built-ins, then the user's own. */
export function selectRules(options: Pick<CleanOptions, 'rules' | 'builtinRules'>): Rule[] {
  const choice = options.builtinRules ?? true
  const builtins =
    choice === true ? [...builtinRules] : choice === false ? [] : builtinRules.filter((rule) => choice.includes(rule.id))
  return [...builtins, ...(options.rules ?? [])]
}
