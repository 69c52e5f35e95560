import type {Root} from 'hast'
import type {Plugin} from 'unified'
import {emptyMetadata} from '../metadata/empty-metadata.js'
import {getState} from '../pipeline/state.js'

/** Options of {@link rehypeArticleMetadata}. */
export interface ArticleMetadataOptions {
  /** Where this copy was found. */
  url?: string
  /** Offset for dates that carry none (`+08:00`). */
  timeZone?: string
}

/**
 * Read the article's metadata from the envelope and the tree into
 * `file.data.article`. (Basic: title, url and archive time from the envelope.)
 */
export const rehypeArticleMetadata: Plugin<[ArticleMetadataOptions?], Root> = function () {
  return (_tree, file) => {
    const {envelope} = getState(file)
    const metadata = emptyMetadata()
    const front = envelope?.frontMatter
    const frontTitle = typeof front?.['title'] === 'string' ? front['title'].trim() : ''
    metadata.title = frontTitle || envelope?.titleHeader?.title || null
    metadata.url = envelope?.titleHeader?.url ?? null
    const stamp = envelope?.timestamps[0]
    if (stamp !== undefined) metadata.archivedAt = new Date(stamp).toISOString()
    file.data.article = metadata
  }
}
