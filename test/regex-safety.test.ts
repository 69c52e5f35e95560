import {checkSync} from 'recheck'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../src/index.js'
import type {Rule} from '../src/types.js'
import {prefilterText, requiredPattern} from '../src/plugins/strip-boilerplate/required-text.js'
import {collectSourceRegexes, type FoundRegex} from './helpers/collect-regexes.js'

// recheck's default backend: its native binary when installed (recheck-linux-x64 …), else the pure-JS checker.
// A check that runs past its 5 s budget reports `unknown`, which does not fail the test.

/** Every RegExp value reachable in a rule (removeText, cutFrom, extract …). */
function ruleRegexes(rule: Rule): FoundRegex[] {
  const out: FoundRegex[] = []
  const seen = new Set<unknown>()
  const walk = (value: unknown, path: string): void => {
    if (value instanceof RegExp) {
      out.push({where: `rule ${rule.id} ${path}`, source: value.source, flags: value.flags})
    } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
      seen.add(value)
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`)
    }
  }
  walk(rule, '')
  return out
}

const cache = new Map<string, ReturnType<typeof checkSync>>()

/** The checker's verdict, with the attack string when vulnerable. Each distinct regex is checked once. */
function verdict(regex: FoundRegex): string {
  const flags = regex.flags.replace(/[gy]/g, '')
  const key = `/${regex.source}/${flags}`
  let result = cache.get(key)
  if (!result) {
    result = checkSync(regex.source, flags, {timeout: 5_000})
    cache.set(key, result)
  }
  if (result.status === 'vulnerable') {
    return `vulnerable (${result.complexity.type}) ${regex.where} /${regex.source}/${regex.flags} attack: ${JSON.stringify(result.attack.pattern)}`
  }
  return result.status
}

describe('regex safety', () => {
  const {found, dynamic} = collectSourceRegexes()
  // The rule matcher's prefilters: each an alternation of escaped literal strings a rule's pattern requires.
  const prefilters = builtinRules.flatMap(ruleRegexes).flatMap((regex): FoundRegex[] => {
    const required = prefilterText(new RegExp(regex.source, regex.flags))
    return required === null ? [] : [{where: `prefilter of ${regex.where}`, source: requiredPattern(required).source, flags: ''}]
  })
  const fromRules = [...builtinRules.flatMap(ruleRegexes), ...prefilters]
  /** Where a pattern is built from data that is not a checked literal's `.source`, and why that is safe. */
  const LITERAL_UNIONS = ['src/plugins/strip-boilerplate/required-text.ts'] // requiredPattern: escaped literal strings joined by `|`

  it('finds the regexes in src/', () => {
    expect(found.length).toBeGreaterThan(10)
    // Patterns that are not constant strings cannot be checked from source: build them from checked literals' `.source`.
    for (const call of dynamic) if (!LITERAL_UNIONS.some((file) => call.startsWith(`${file}:`))) expect(call).toMatch(/\.source\b/)
    expect(dynamic.filter((call) => call.startsWith(`${LITERAL_UNIONS[0]}:`))).toHaveLength(1)
    expect(prefilters.length).toBeGreaterThan(5)
  })

  it('no regex literal or new RegExp in src/ is vulnerable to ReDoS', {timeout: 300_000}, () => {
    const vulnerable = found.map(verdict).filter((status) => status.startsWith('vulnerable'))
    expect(vulnerable).toEqual([])
  })

  it('no built-in rule regex is vulnerable to ReDoS', {timeout: 300_000}, () => {
    const vulnerable = fromRules.map(verdict).filter((status) => status.startsWith('vulnerable'))
    expect(vulnerable).toEqual([])
  })

  it('the checker does flag a catastrophic regex', () => {
    expect(verdict({where: 'self-test', source: '^(a+)+$', flags: ''})).toMatch(/^vulnerable/)
  })
})
