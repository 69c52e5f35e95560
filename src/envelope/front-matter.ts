import {parse as parseToml} from 'smol-toml'
import {parseDocument} from 'yaml'
import type {Warning} from '../types.js'
import {toSafeValue} from './safe-object.js'

/** Result of {@link splitFrontMatter}. */
export interface FrontMatterSplit {
  data: Record<string, unknown> | null
  rest: string
  warning: Warning | null
}

const MAX_FRONT_MATTER = 64 * 1024

/** The opening `---` line, after blank lines at most. */
const OPENING_FENCE = /^(?:[ \t]*\n)*---[ \t]*\n/

/** The opening `+++` line of TOML front matter (Hugo), after blank lines at most. */
const OPENING_TOML_FENCE = /^(?:[ \t]*\n)*\+\+\+[ \t]*\n/

/**
 * Split YAML front matter (`---` … `---` or `...`) or Hugo's TOML front
 * matter (`+++` … `+++`) off the start of `text` (blank lines before it are
 * allowed).
 * The YAML is parsed with the `core` schema, no custom tags and a small alias
 * budget, the TOML with smol-toml; anything that fails leaves the text
 * untouched and returns a warning.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const toml = OPENING_TOML_FENCE.exec(text)
  if (toml !== null) return splitTomlFrontMatter(text, toml[0].length)
  // Blank lines before the opening fence (`\n---\ntitle: …`, as some generators write it) are skipped.
  const open = OPENING_FENCE.exec(text)
  if (open === null) return {data: null, rest: text, warning: null}
  const start = open[0].length
  const end = findClosingFence(text, start, YAML_FENCES)
  if (end === null) return {data: null, rest: text, warning: null}
  const source = text.slice(start, end.start)
  if (source.length > MAX_FRONT_MATTER) {
    return {data: null, rest: text, warning: warn('front matter is too large to parse')}
  }
  if (!source.split('\n').some((line) => /^[ \t]*[\w"'-][^:]*:/.test(line))) {
    // Not YAML key/value pairs: a thematic break in a Markdown body.
    return {data: null, rest: text, warning: null}
  }
  let value: unknown
  try {
    const doc = parseDocument(source, {
      schema: 'core',
      customTags: [],
      merge: false,
      uniqueKeys: false,
      prettyErrors: false
    })
    if (doc.errors.length > 0) {
      return {data: null, rest: text, warning: warn(`front matter is not valid YAML: ${doc.errors[0]?.code ?? 'error'}`)}
    }
    value = doc.toJS({maxAliasCount: 50})
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'error'
    // Valid YAML that cannot be expanded safely (an alias bomb): it is front
    // matter, not body text, so drop it rather than print it as the article.
    return {data: null, rest: text.slice(end.next), warning: warn(`front matter could not be read: ${reason}`)}
  }
  const safe = toSafeValue(value)
  if (safe === null || typeof safe !== 'object' || Array.isArray(safe)) {
    return {data: null, rest: text, warning: warn('front matter is not a mapping')}
  }
  return {data: safe as Record<string, unknown>, rest: text.slice(end.next), warning: null}
}

/** TOML front matter from `start` (after its opening fence) to its closing `+++`. */
function splitTomlFrontMatter(text: string, start: number): FrontMatterSplit {
  const end = findClosingFence(text, start, TOML_FENCES)
  if (end === null) return {data: null, rest: text, warning: null}
  const source = text.slice(start, end.start)
  if (source.length > MAX_FRONT_MATTER) {
    return {data: null, rest: text, warning: warn('front matter is too large to parse')}
  }
  let value: unknown
  try {
    value = parseToml(source, {maxDepth: 32})
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'error'
    return {data: null, rest: text, warning: warn(`front matter is not valid TOML: ${reason}`)}
  }
  const safe = toSafeValue(value)
  if (safe === null || typeof safe !== 'object' || Array.isArray(safe)) {
    return {data: null, rest: text, warning: warn('front matter is not a mapping')}
  }
  return {data: safe as Record<string, unknown>, rest: text.slice(end.next), warning: null}
}

const YAML_FENCES: ReadonlySet<string> = new Set(['---', '...'])
const TOML_FENCES: ReadonlySet<string> = new Set(['+++'])

function findClosingFence(text: string, from: number, fences: ReadonlySet<string>): {start: number; next: number} | null {
  let lineStart = from
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd).trimEnd()
    if (fences.has(line)) {
      return {start: lineStart, next: Math.min(lineEnd + 1, text.length)}
    }
    if (lineEnd === text.length) return null
    lineStart = lineEnd + 1
  }
  return null
}

function warn(message: string): Warning {
  return {rule: 'envelope/front-matter', message}
}
