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

const KEPT_TAG_NAMES: ReadonlySet<string> = new Set(articleSchema().tagNames)
const STRIPPED_TAG_NAMES: ReadonlySet<string> = new Set(STRIPPED)

/**
 * Whether {@link rehypeArticleSanitize} replaces an element named `tagName`
 * by its children: a name its schema neither keeps nor strips (`font`,
 * `center`, or a made-up one such as the `<ok href>` of some mirrors).
 */
export function isUnwrappedBySanitizer(tagName: string): boolean {
  return !KEPT_TAG_NAMES.has(tagName) && !STRIPPED_TAG_NAMES.has(tagName)
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
  const sanitize = sharedSanitizer(settings.allowDataImages === true)
  return (tree: Root) => {
    const clean = sanitizeRoot(tree, sanitize)
    if (settings.allowDataImages) dropNonImageDataUrls(clean)
    return clean
  }
}

/** A sanitizer for a root (rehype-sanitize's transformer). */
type Sanitizer = (tree: Root) => Root

/** rehype-sanitize with {@link articleSchema}, built once per variant: the schema only configures it, nothing changes it. */
const SANITIZERS: {plain: Sanitizer | null; dataImages: Sanitizer | null} = {plain: null, dataImages: null}

/** The shared sanitizer for `allowDataImages`, built on first use (its schema frozen). */
function sharedSanitizer(allowDataImages: boolean): Sanitizer {
  const key = allowDataImages ? 'dataImages' : 'plain'
  return (SANITIZERS[key] ??= rehypeSanitize(freezeSchema(articleSchema({allowDataImages}))) as unknown as Sanitizer)
}

/** Freeze the schema and the lists and maps {@link articleSchema} made for it (shared parts of `defaultSchema` are left alone). */
function freezeSchema(schema: Schema): Schema {
  for (const part of [schema.strip, schema.clobber, schema.tagNames, schema.attributes, schema.required, schema.protocols]) {
    if (part) Object.freeze(part)
  }
  return Object.freeze(schema)
}

/**
 * `sanitize(tree)` for a root. hast-util-sanitize deep-copies the
 * root's `data` with `structuredClone`, a fixed cost per call that dwarfs
 * sanitizing a short article; when `data` is a plain object of primitive
 * values (`{quirksMode: false}` from the HTML parser), the same copy is made
 * here with a spread and the sanitizer is not shown it.
 */
export function sanitizeRoot(tree: Root, sanitize: (tree: Root) => Root): Root {
  const data = tree.data
  if (data === undefined || !isFlatRecord(data)) return sanitize(tree)
  tree.data = undefined
  let clean: Root
  try {
    clean = sanitize(tree)
  } finally {
    tree.data = data
  }
  // The keys in the order the sanitizer gives them: type, children, data, position.
  const result: Root = {type: 'root', children: clean.children, data: {...data}}
  if (clean.position) result.position = clean.position
  return result
}

/**
 * Whether `value` is an object `structuredClone` copies as a shallow spread
 * does: a plain object (or one without prototype) whose own keys are all
 * strings, each enumerable and holding a primitive (no getters).
 */
export function isFlatRecord(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') return false
    const descriptor = Object.getOwnPropertyDescriptor(value, key)
    if (!descriptor || !descriptor.enumerable || !('value' in descriptor)) return false
    const item: unknown = descriptor.value
    if (item !== null && (typeof item === 'object' || typeof item === 'function' || typeof item === 'symbol')) return false
  }
  return true
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
