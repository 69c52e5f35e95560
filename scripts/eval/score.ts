import {fromMarkdown} from 'mdast-util-from-markdown'
import {toString} from 'mdast-util-to-string'
import {cleanArticle} from '../../src/index.js'
import type {CorpusDocument} from './corpus.js'
import {findDebrisMarkers} from './markers.js'
import {extractBodyParagraphs, squash} from './paragraphs.js'

/** Metadata fields whose coverage is measured. */
export const METADATA_FIELDS = ['title', 'url', 'publishedAt', 'publisher', 'lang'] as const

/** A measured metadata field. */
export type MetadataField = (typeof METADATA_FIELDS)[number]

/** What the evaluation measured on one document. */
export interface DocumentScore {
  group: string
  path: string
  /** Cleaning threw, or reported an `internal/error` warning. */
  error: boolean
  /** Debris markers left in the output. */
  markers: string[]
  /** Body paragraphs of the original (≥ 20 characters, no marker). */
  paragraphs: number
  /** How many of those are found in the output. */
  retained: number
  /** Cleaning the output again gives the same Markdown. */
  idempotent: boolean
  /** Which metadata fields are non-null. */
  metadata: Record<MetadataField, boolean>
}

/** Output Markdown as plain text without whitespace (escapes and link syntax removed). */
function outputText(markdown: string): string {
  return squash(toString(fromMarkdown(markdown)))
}

/** Clean one document and score the result. */
export function scoreDocument(doc: CorpusDocument): DocumentScore {
  const base = {group: doc.group, path: doc.path}
  const none = {title: false, url: false, publishedAt: false, publisher: false, lang: false}
  let result
  try {
    result = cleanArticle(doc.input)
  } catch {
    return {...base, error: true, markers: [], paragraphs: 0, retained: 0, idempotent: false, metadata: none}
  }
  const paragraphs = extractBodyParagraphs(doc.input)
  const text = outputText(result.markdown)
  const again = cleanArticle(result.markdown).markdown
  const metadata = {...none}
  for (const field of METADATA_FIELDS) metadata[field] = result.metadata[field] !== null
  return {
    ...base,
    error: result.warnings.some((warning) => warning.rule === 'internal/error'),
    markers: findDebrisMarkers(result.markdown),
    paragraphs: paragraphs.length,
    retained: paragraphs.filter((paragraph) => text.includes(paragraph)).length,
    idempotent: again === result.markdown,
    metadata
  }
}
