const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Copy a parsed YAML value into plain data that cannot pollute prototypes:
 * objects get no prototype, `__proto__`/`constructor`/`prototype` keys are
 * dropped, and only strings, finite numbers, booleans, null, arrays and
 * objects survive. Depth is bounded.
 */
export function toSafeValue(value: unknown, depth = 0): unknown {
  if (depth > 32) return null
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (Array.isArray(value)) return value.map((item) => toSafeValue(item, depth + 1))
  if (value instanceof Map) {
    const out: Record<string, unknown> = Object.create(null)
    for (const [key, item] of value) {
      const name = String(key)
      if (!FORBIDDEN_KEYS.has(name)) out[name] = toSafeValue(item, depth + 1)
    }
    return out
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null)
    for (const name of Object.keys(value)) {
      if (!FORBIDDEN_KEYS.has(name)) {
        out[name] = toSafeValue((value as Record<string, unknown>)[name], depth + 1)
      }
    }
    return out
  }
  return null
}
