import type {Root} from 'hast'
import rehypeSanitize, {defaultSchema, type Options as Schema} from 'rehype-sanitize'
import type {Plugin} from 'unified'

/** Elements removed with everything inside them. */
const STRIPPED = [
  'script', 'style', 'title', 'noscript', 'template', 'iframe', 'object', 'embed',
  'head', 'svg', 'math', 'canvas', 'audio', 'video', 'select', 'button', 'form',
  'textarea', 'input', 'option', 'applet', 'frame', 'frameset', 'noembed', 'noframes',
  'xmp', 'plaintext', 'dialog', 'map', 'link', 'meta', 'base'
]

/** Options of {@link articleSchema}. */
export interface ArticleSchemaOptions {
  /** Keep `data:` URLs on images (default `false`). */
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
  return rehypeSanitize(articleSchema(options ?? {})) as unknown as (tree: Root) => Root
}
