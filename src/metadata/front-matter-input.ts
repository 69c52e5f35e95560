import type {Credit, CreditRole, ImageInfo} from '../types.js'

const ROLES: ReadonlySet<string> = new Set(['author', 'editor', 'translator', 'publisher', 'photographer', 'source'])

/**
 * A front matter value as a trimmed non-empty string, or `null` (numbers and
 * dates included). A list of one value counts as that value (WordPress
 * exports write `original_link:` as a one-item list).
 */
export function frontString(front: Record<string, unknown> | null | undefined, ...keys: string[]): string | null {
  if (!front) return null
  for (const key of keys) {
    if (!Object.hasOwn(front, key)) continue
    const own: unknown = front[key]
    const value: unknown = Array.isArray(own) && own.length === 1 ? own[0] : own
    if (typeof value === 'string' && value.trim()) return value.trim()
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString()
  }
  return null
}

/** A front matter list (YAML sequence or a `,`/`，`/`、`-separated string) as trimmed strings. */
export function frontList(front: Record<string, unknown> | null | undefined, ...keys: string[]): string[] {
  if (!front) return []
  const out: string[] = []
  for (const key of keys) {
    if (!Object.hasOwn(front, key)) continue
    const value = front[key]
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,，、]/) : []
    for (const item of items) {
      const text = typeof item === 'string' ? item.trim() : typeof item === 'number' ? String(item) : ''
      if (text && !out.includes(text)) out.push(text)
    }
  }
  return out
}

/** Our own `credits` key: a list of `{role, name}`; `null` when absent or malformed. */
export function frontCredits(front: Record<string, unknown> | null | undefined): Credit[] | null {
  const value = front && Object.hasOwn(front, 'credits') ? front['credits'] : undefined
  if (!Array.isArray(value)) return null
  const credits: Credit[] = []
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return null
    const {role, name} = item as Record<string, unknown>
    if (typeof role !== 'string' || !ROLES.has(role) || typeof name !== 'string' || !name.trim()) return null
    credits.push({role: role as CreditRole, name: name.trim()})
  }
  return credits
}

/** Our own `images` key: a list of `{src, alt, caption, credit}`; `null` when absent or malformed. */
export function frontImages(front: Record<string, unknown> | null | undefined): ImageInfo[] | null {
  const value = front && Object.hasOwn(front, 'images') ? front['images'] : undefined
  if (!Array.isArray(value)) return null
  const images: ImageInfo[] = []
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return null
    const {src, alt, caption, credit} = item as Record<string, unknown>
    if (typeof src !== 'string' || !src) return null
    const opt = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)
    images.push({src, alt: opt(alt), caption: opt(caption), credit: opt(credit)})
  }
  return images
}
