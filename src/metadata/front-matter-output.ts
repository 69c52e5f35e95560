import {stringify} from 'yaml'
import type {ArticleMetadata} from '../types.js'

/** The order of keys in emitted front matter. */
export const FRONT_MATTER_KEYS = [
  'title', 'url', 'mirrorUrl', 'publisher', 'syndicator', 'authors', 'credits',
  'publishedAt', 'archivedAt', 'tags', 'categories', 'lang', 'leadImage', 'images',
  'excerpt', 'stats'
] as const satisfies ReadonlyArray<keyof ArticleMetadata>

/** Metadata as a YAML front matter block (`---` … `---` and a blank line), keys in a fixed order. */
export function metadataToFrontMatter(metadata: ArticleMetadata): string {
  const ordered: Record<string, unknown> = {}
  for (const key of FRONT_MATTER_KEYS) ordered[key] = metadata[key]
  const yaml = stringify(ordered, {lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN'})
  return `---\n${yaml}---\n\n`
}
