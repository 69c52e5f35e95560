import type {Warning} from '../types.js'
import {detectFormat} from './detect-format.js'
import {splitFrontMatter} from './front-matter.js'
import {splitLeadingComments} from './leading-comments.js'
import {normalizeInput} from './normalize-input.js'
import {splitTitleHeader} from './title-header.js'
import type {Envelope} from './types.js'

/**
 * Split what wraps an article dump from its body: YAML front matter, leading
 * HTML comments (epoch timestamps), a title header, and detect the body's
 * format. Pure and total: any string gives an envelope.
 *
 * @example
 * ```ts
 * const envelope = parseEnvelope('---\ntitle: Hi\n---\n<p>Body</p>')
 * envelope.frontMatter // {title: 'Hi'}
 * envelope.format // 'html'
 * ```
 */
export function parseEnvelope(input: string): Envelope {
  if (typeof input !== 'string') {
    throw new TypeError(`parseEnvelope expects a string, got ${describe(input)}`)
  }
  const warnings: Warning[] = []
  const text = normalizeInput(input)
  const front = splitFrontMatter(text)
  if (front.warning) warnings.push(front.warning)
  const comments = splitLeadingComments(front.rest)
  const title = splitTitleHeader(comments.rest)
  // Comments may also follow the header.
  const after = splitLeadingComments(title.rest)
  const body = after.rest
  return {
    frontMatter: front.data,
    comments: [...comments.comments, ...after.comments],
    timestamps: [...comments.timestamps, ...after.timestamps],
    titleHeader: title.header,
    body,
    format: detectFormat(body),
    warnings
  }
}

/** A short description of a value's type, for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
