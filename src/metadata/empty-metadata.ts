import type {ArticleMetadata} from '../types.js'

/** Metadata with every field unknown. */
export function emptyMetadata(): ArticleMetadata {
  return {
    title: null,
    url: null,
    mirrorUrl: null,
    publisher: null,
    syndicator: null,
    authors: [],
    credits: [],
    publishedAt: null,
    archivedAt: null,
    tags: [],
    categories: [],
    lang: null,
    leadImage: null,
    images: [],
    excerpt: null,
    stats: {characters: 0, paragraphs: 0, images: 0}
  }
}
