import type {Root} from 'hast'
import rehypeSanitize, {defaultSchema, type Options as Schema} from 'rehype-sanitize'
import type {Plugin} from 'unified'
import {eachElement} from '../util/walk.js'

/** Elements removed with everything inside them. */
const STRIPPED = [
  'script', 'style', 'title', 'noscript', 'template', 'iframe', 'object', 'embed',
  'head', 'svg', 'math', 'canvas', 'audio', 'video', 'select', 'button', 'form',
  'textarea', 'input', 'option', 'applet', 'frame', 'frameset', 'noembed', 'noframes',
  'xmp', 'plaintext', 'dialog', 'map', 'link', 'meta', 'base'
]

/** Options of {@link articleSchema}. */
export interface ArticleSchemaOptions {
  /** Keep `data:` URLs of raster images (png, jpeg, gif, webp, avif, bmp, icon) on images (default `false`). */
  allowDataImages?: boolean
}

/**
 * The rehype-sanitize schema for article content: GitHub's default schema
 * plus `figure`/`figcaption`, minus anything that runs or embeds (their text
 * is stripped, not unwrapped), with only http(s), mailto and relative URLs
 * and only the attributes the Markdown stage reads.
 */
export function articleSchema(options: ArticleSchemaOptions = {}): Schema {
  const imageProtocols = options.allowDataImages ? ['http', 'https', 'data'] : ['http', 'https']
  const stripped = new Set(STRIPPED)
  return {
    ...defaultSchema,
    strip: [...STRIPPED],
    clobberPrefix: '',
    clobber: [],
    tagNames: [
      ...(defaultSchema.tagNames ?? []).filter((name) => !stripped.has(name) && name !== 'input'),
      'figure',
      'figcaption'
    ],
    attributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title'],
      code: [['className', /^language-./]],
      ol: ['start'],
      td: ['align'],
      th: ['align'],
      blockquote: ['cite'],
      q: ['cite'],
      del: ['cite'],
      ins: ['cite']
    },
    required: {},
    protocols: {
      href: ['http', 'https', 'mailto'],
      src: imageProtocols,
      cite: ['http', 'https'],
      longDesc: ['http', 'https']
    },
    ancestors: defaultSchema.ancestors
  }
}

/** Options of {@link rehypeArticleSanitize}. */
export type RehypeArticleSanitizeOptions = ArticleSchemaOptions

/**
 * rehype-sanitize with {@link articleSchema}: no script, style, embeds or
 * event handlers; no unsafe URL schemes.
 *
 * @example
 * ```ts
 * unified().use(rehypeParse).use(rehypeArticleSanitize).use(rehypeStringify)
 * ```
 */
export const rehypeArticleSanitize: Plugin<[RehypeArticleSanitizeOptions?], Root> = function (options) {
  const settings = options ?? {}
  const sanitize = rehypeSanitize(articleSchema(settings)) as unknown as (tree: Root) => Root
  return (tree: Root) => {
    const clean = sanitize(tree)
    if (settings.allowDataImages) dropNonImageDataUrls(clean)
    return clean
  }
}

/** Raster image types allowed in `data:` image URLs (no SVG: it can carry script). */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp|x-icon)[;,]/i

/**
 * rehype-sanitize can only allow the whole `data:` scheme: keep `data:` on
 * images only for raster image types, drop `data:text/html` and the like.
 */
function dropNonImageDataUrls(tree: Root): void {
  eachElement(tree, (node) => {
    const src = node.properties.src
    if (typeof src === 'string' && /^\s*data:/i.test(src) && !DATA_IMAGE.test(src.trim())) {
      delete node.properties.src
    }
  })
}
