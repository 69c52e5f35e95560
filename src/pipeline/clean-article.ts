import type {Root} from 'hast'
import type {Paragraph} from 'mdast'
import {normalizeInput} from '../envelope/normalize-input.js'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, parseEnvelope} from '../envelope/parse-envelope.js'
import type {Envelope} from '../envelope/types.js'
import {hastToMarkdown} from '../markdown/hast-to-markdown.js'
import {mdastToMarkdown} from '../markdown/to-markdown.js'
import {emptyMetadata} from '../metadata/empty-metadata.js'
import {metadataToFrontMatter} from '../metadata/front-matter-output.js'
import {unsyndicate} from '../preset.js'
import {bodyToHast} from '../tree/to-hast.js'
import type {CleanOptions, CleanResult, Warning} from '../types.js'
import {createState} from './state.js'

/**
 * Default for {@link CleanOptions.maxInputLength}: 10 million UTF-16 code
 * units. Longer input is cut to this length before anything else and the
 * result carries the warning `input/max-length`.
 */
export const DEFAULT_MAX_INPUT_LENGTH = 10_000_000

/**
 * Clean one syndicated article dump (HTML, Markdown with inline HTML, front
 * matter, or plain text) into GFM Markdown and structured metadata.
 *
 * Pure and total: no I/O, no clock; the same input gives the same bytes out;
 * any string gives a result (problems are listed in `warnings`). Throws a
 * `TypeError` only when `input` is not a string or `options` is not an object.
 *
 * @example
 * ```ts
 * const {markdown, metadata, removed} = cleanArticle(dump)
 * ```
 */
export function cleanArticle(input: string, options: CleanOptions = {}): CleanResult {
  if (typeof input !== 'string') {
    throw new TypeError(`cleanArticle expects the article as a string, got ${describe(input)}`)
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`cleanArticle expects options as an object, got ${describe(options)}`)
  }
  const warnings: Warning[] = []
  const limit = normalizeLimit(options.maxInputLength)
  let text = input
  if (text.length > limit) {
    text = text.slice(0, limit)
    warnings.push({rule: 'input/max-length', message: `input cut to ${limit} characters (maxInputLength)`})
  }
  try {
    return run(text, options, warnings)
  } catch (error) {
    // Never throw on a string: report, and fall back to the text alone.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    warnings.push({rule: 'internal/error', message: `cleaning failed, text kept as is (${reason.slice(0, 200)})`})
    return {markdown: textFallback(text), metadata: emptyMetadata(), removed: [], warnings}
  }
}

/**
 * The input's text as plain, escaped Markdown paragraphs (one per block of
 * non-blank lines, lines joined by a space): what the caller gets when the
 * pipeline fails. Never throws; the empty string if even this fails.
 */
function textFallback(text: string): string {
  try {
    const children: Paragraph[] = normalizeInput(text)
      .split(/\n[ \t]*\n/)
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .filter((block) => block !== '')
      .map((value) => ({type: 'paragraph', children: [{type: 'text', value}]}))
    return mdastToMarkdown({type: 'root', children})
  } catch {
    return ''
  }
}

function run(text: string, options: CleanOptions, warnings: Warning[]): CleanResult {
  const envelope = parseEnvelope(text)
  const state = createState(envelope)
  state.warnings.push(...warnings, ...envelope.warnings)
  const file = new VFile()
  file.data.unsyndicate = state
  let markdown = cleanToMarkdown(envelope, file, options)
  const metadata = file.data.article ?? emptyMetadata()
  if (options.frontMatter === true) markdown = metadataToFrontMatter(metadata) + markdown
  return {markdown, metadata, removed: state.removed, warnings: state.warnings}
}

/**
 * The body parsed, cleaned by the preset and written as Markdown. A function
 * of its own so that nothing else holds the hast tree.
 */
function cleanToMarkdown(envelope: Envelope, file: VFile, options: CleanOptions): string {
  const tree: Root = bodyToHast(envelope.body, envelope.format)
  const cleaned = unified().use(unsyndicate, options).runSync(tree, file) as Root
  return hastToMarkdown(cleaned)
}

function normalizeLimit(value: number | undefined): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) return DEFAULT_MAX_INPUT_LENGTH
  return Math.floor(value)
}
