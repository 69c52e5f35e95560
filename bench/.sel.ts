import {builtinRules} from '../src/index.js'
import {selectRules} from '../src/rules/select-rules.js'
const rules = selectRules({})
let n = 0
for (const r of rules) for (const s of r.remove ?? []) { n++; console.log(r.id, r.hosts ? 'H' : '-', s) }
console.log(n, rules.length)
