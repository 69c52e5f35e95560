import {metadataToFrontMatter} from '../metadata/front-matter-output.js'
import type {CleanResult} from '../types.js'

/**
 * A snapshot serializer in the pretty-format plugin shape that both Vitest
 * (`expect.addSnapshotSerializer`, `snapshotSerializers`) and Jest accept.
 * The parameters after `value` are those pretty-format passes; only
 * `indentation` is used.
 */
export interface CleanResultSerializer {
  /** Whether `value` is a {@link CleanResult} (recognized by its shape). */
  test(value: unknown): boolean
  /** The snapshot text of a {@link CleanResult}: see {@link serializeCleanResult}. */
  serialize(
    value: unknown,
    config?: unknown,
    indentation?: string,
    depth?: number,
    refs?: unknown,
    printer?: unknown
  ): string
}

/**
 * Whether `value` has the shape of a {@link CleanResult}: an object with a
 * string `markdown`, a `metadata` object and `removed` and `warnings` arrays.
 */
export function isCleanResult(value: unknown): value is CleanResult {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  const metadata = candidate['metadata']
  return typeof candidate['markdown'] === 'string' &&
    typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) &&
    Array.isArray(candidate['removed']) &&
    Array.isArray(candidate['warnings'])
}

/**
 * A {@link CleanResult} as stable, readable text, the same bytes for the same
 * result:
 *
 * 1. the metadata as YAML front matter (keys in a fixed order);
 * 2. the Markdown body (front matter already in `markdown` is not repeated),
 *    or `(empty)`;
 * 3. `removed:` and one `  rule: text` line per dropped block, or `removed: none`;
 * 4. `warnings:` and one `  rule: message` line per warning, or `warnings: none`.
 *
 * Line breaks inside a removed text or a warning are written as `\n`.
 */
export function serializeCleanResult(result: CleanResult): string {
  const frontMatter = metadataToFrontMatter(result.metadata)
  let body = result.markdown.startsWith(frontMatter)
    ? result.markdown.slice(frontMatter.length)
    : result.markdown
  body = body.trimEnd()
  return [
    frontMatter + (body === '' ? '(empty)' : body),
    section('removed', result.removed.map((removal) => [removal.rule, removal.text])),
    section('warnings', result.warnings.map((warning) => [warning.rule, warning.message]))
  ].join('\n\n')
}

/** The serializer to register with `expect.addSnapshotSerializer` (Vitest and Jest). */
export const cleanResultSerializer: CleanResultSerializer = {
  test(value) {
    return isCleanResult(value)
  },
  serialize(value, _config, indentation = '') {
    if (!isCleanResult(value)) throw new TypeError('cleanResultSerializer: not a CleanResult')
    const text = serializeCleanResult(value)
    if (indentation === '') return text
    // pretty-format indents the first line of a nested value; indent the rest.
    return text.replace(/\n(?=[^\n])/g, `\n${indentation}`)
  }
}

function section(name: string, entries: Array<[string, string]>): string {
  if (entries.length === 0) return `${name}: none`
  const lines = entries.map(([rule, text]) => `  ${oneLine(rule)}: ${oneLine(text)}`)
  return `${name}:\n${lines.join('\n')}`
}

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\\n')
}
