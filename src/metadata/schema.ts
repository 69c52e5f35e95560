/**
 * JSON Schema (draft 2020-12) of {@link ArticleMetadata}, for users who store
 * the metadata as JSON.
 */
import type {ArticleMetadata} from '../types.js'

const nullableString = {type: ['string', 'null']} as const
const isoDate = {
  type: ['string', 'null'],
  pattern: '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?(?:Z|[+-]\\d{2}:\\d{2})?)?$'
} as const
const count = {type: 'integer', minimum: 0} as const

/** A JSON Schema (draft 2020-12), limited to the keywords {@link articleMetadataSchema} uses. */
export interface JsonSchema {
  /** The dialect. */
  readonly $schema?: string
  /** The schema's identifier. */
  readonly $id?: string
  /** A name for people. */
  readonly title?: string
  /** What the value means. */
  readonly description?: string
  /** The JSON type or types allowed. */
  readonly type?: string | readonly string[]
  /** Schemas of an object's keys. */
  readonly properties?: Readonly<Record<string, JsonSchema>>
  /** Keys an object must have. */
  readonly required?: readonly string[]
  /** Whether keys not listed in `properties` are allowed. */
  readonly additionalProperties?: boolean
  /** The schema of every array item. */
  readonly items?: JsonSchema
  /** The values allowed. */
  readonly enum?: ReadonlyArray<string | null>
  /** A regular expression strings must match. */
  readonly pattern?: string
  /** The smallest number allowed. */
  readonly minimum?: number
}

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/unsyndicate/unsyndicate/schema/article-metadata.json',
  title: 'ArticleMetadata',
  type: 'object',
  additionalProperties: false,
  required: [
    'title', 'url', 'mirrorUrl', 'publisher', 'syndicator', 'authors', 'credits', 'publishedAt', 'archivedAt',
    'tags', 'categories', 'lang', 'leadImage', 'images', 'excerpt', 'stats'
  ],
  properties: {
    title: nullableString,
    url: {type: ['string', 'null'], pattern: '^https?://'},
    mirrorUrl: {type: ['string', 'null'], pattern: '^https?://'},
    publisher: nullableString,
    syndicator: nullableString,
    authors: {type: 'array', items: {type: 'string', minLength: 1}},
    credits: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['role', 'name'],
        properties: {
          role: {enum: ['author', 'editor', 'translator', 'publisher', 'photographer', 'source']},
          name: {type: 'string', minLength: 1}
        }
      }
    },
    publishedAt: isoDate,
    archivedAt: isoDate,
    tags: {type: 'array', items: {type: 'string', minLength: 1}},
    categories: {type: 'array', items: {type: 'string', minLength: 1}},
    lang: {type: ['string', 'null'], pattern: '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$'},
    leadImage: nullableString,
    images: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['src', 'alt', 'caption', 'credit'],
        properties: {src: {type: 'string', minLength: 1}, alt: nullableString, caption: nullableString, credit: nullableString}
      }
    },
    excerpt: {type: ['string', 'null'], maxLength: 160},
    stats: {
      type: 'object',
      additionalProperties: false,
      required: ['characters', 'paragraphs', 'images'],
      properties: {characters: count, paragraphs: count, images: count}
    }
  }
} as const

// Compile-time check: the schema lists every field of ArticleMetadata.
const _fields: Record<keyof ArticleMetadata, unknown> = schema.properties
void _fields

/** The JSON Schema of {@link ArticleMetadata} (draft 2020-12). Every key is required; unknown values are `null` or `[]`. */
export const articleMetadataSchema: JsonSchema = schema

