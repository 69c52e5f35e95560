import type {Element, ElementContent, Properties, Root} from 'hast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {reportWarning} from '../pipeline/state.js'
import type {ProxyPattern} from '../types.js'
import {bestSrcsetCandidate, joinSrcsetTokens, parseSrcset} from '../util/srcset.js'
import {unproxyImageUrl} from '../util/unproxy-url.js'
import {eachElement} from '../util/walk.js'

/** Options of {@link rehypeUnproxyImages}. */
export interface UnproxyImagesOptions {
  /** Extra proxy patterns, tried before the built-in ones. */
  proxies?: ProxyPattern[]
}

/** Lazy-load attributes holding one URL (hast property names), in order of preference. */
const LAZY_SRC = ['dataSrc', 'dataOriginal', 'dataLazySrc', 'dataActualsrc', 'dataEcho', 'dataLazy']

/** Attributes holding a `srcset`, in order of preference. */
const SRCSET = ['dataSrcset', 'dataLazySrcset', 'srcSet']

/** Everything removed from an image once its `src` is chosen. */
const LAZY_ATTRIBUTES = [...LAZY_SRC, ...SRCSET, 'sizes', 'dataSizes']

/** File names of lazy-load placeholders and spacers (`blank.gif`, `lazy_placeholder.gif`). */
const PLACEHOLDER_FILE =
  /^(?:blank|spacer|pixel|1x1|transparent|placeholder|lazy|lazyload|lazy[-_]load|lazy[-_]placeholder|loading|loader|grey|gray|empty|clear|dot|px|trans)\.(?:gif|png|svg|jpe?g|webp)$/i

const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const HTTP_SCHEME = /^https?:/i
const DATA_SCHEME = /^data:/i

const MAX_URL_IN_MESSAGE = 200

/**
 * Replace proxied image URLs with the originals, and lazy-loaded images with
 * one real `src`.
 *
 * For each `<img>`: when `src` is missing, empty or a placeholder (a `data:`
 * URL, `blank.gif`, a 1×1 spacer…), the first of `data-src`, `data-original`,
 * `data-lazy-src`, `data-actualsrc`, `data-echo`, then the best `data-srcset`
 * or `srcset` candidate (largest width, else largest density, else first)
 * becomes `src`; inside `<picture>`, a `<source srcset>` is used when the
 * image has none. Then the URL is unproxied with {@link unproxyUrl} (the
 * `proxies` option first, then the built-in patterns) and the lazy-load and
 * `srcset` attributes are removed. A URL that looks like an unknown proxy's
 * is kept and reported as an `unproxy-images/unknown-proxy` warning.
 *
 * @example
 * ```ts
 * unified().use(rehypeParse, {fragment: true}).use(rehypeUnproxyImages).use(rehypeStringify)
 * ```
 */
export const rehypeUnproxyImages: Plugin<[UnproxyImagesOptions?], Root> = function (options) {
  const proxies = Array.isArray(options?.proxies) ? options.proxies : []
  return (tree, file) => {
    unproxyImages(tree, file, proxies)
  }
}

/** Unproxy the images of `tree` in place (see {@link rehypeUnproxyImages}). */
export function unproxyImages(tree: Root, file: VFile, proxies: readonly ProxyPattern[] = []): void {
  const {pictures, images} = findImages(tree)

  const warned = new Set<string>()
  const resolve = (url: string): string => {
    const {url: original, unknownProxyHost: host} = unproxyImageUrl(url, proxies)
    if (host !== null && !warned.has(host)) {
      warned.add(host)
      reportWarning(file, 'unproxy-images/unknown-proxy', `Unknown image proxy on ${host}: kept ${shorten(original)}`)
    }
    return original
  }

  const done = new Set<Element>()
  for (const picture of pictures) {
    const image = firstImage(picture)
    const sources = picture.children.filter(
      (child): child is Element => child.type === 'element' && child.tagName === 'source'
    )
    const fallback = () => {
      for (const source of sources) {
        const chosen = lazyCandidate(source.properties)
        if (chosen !== null) return chosen
      }
      return null
    }
    let src: string | null
    if (image) {
      src = chooseSrc(image.properties, fallback)
      done.add(image)
      if (src !== null) setSrc(image, resolve(src))
      clearLazyAttributes(image.properties)
    } else {
      src = fallback()
      if (src !== null) {
        picture.children.push({type: 'element', tagName: 'img', properties: {src: resolve(src)}, children: []})
      }
    }
    if (src !== null) {
      picture.children = picture.children.filter(
        (child: ElementContent) => !(child.type === 'element' && child.tagName === 'source')
      )
    }
  }

  for (const image of images) {
    if (done.has(image)) continue
    const src = chooseSrc(image.properties, () => null)
    if (src !== null) setSrc(image, resolve(src))
    clearLazyAttributes(image.properties)
  }
}

/** The `<picture>` and `<img>` elements of `tree`, each in document order (iterative: deep trees cannot overflow the stack). */
function findImages(tree: Root): {pictures: Element[]; images: Element[]} {
  const pictures: Element[] = []
  const images: Element[] = []
  eachElement(tree, (element) => {
    if (element.tagName === 'picture') pictures.push(element)
    else if (element.tagName === 'img') images.push(element)
  })
  return {pictures, images}
}

/** The first `<img>` inside `node` (depth first), or `undefined`. */
function firstImage(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'img') return child
    const inner = firstImage(child)
    if (inner) return inner
  }
  return undefined
}

/** The image's own `src` when it is real, else a lazy-load candidate, else `fallback()`, else the `src` as it is. */
function chooseSrc(properties: Properties, fallback: () => string | null): string | null {
  const src = stringProperty(properties.src)
  if (src !== null && !isPlaceholder(src)) return src
  return lazyCandidate(properties) ?? fallback() ?? src
}

/** The first usable lazy-load URL or `srcset` candidate of an element. */
function lazyCandidate(properties: Properties): string | null {
  for (const name of LAZY_SRC) {
    const value = stringProperty(properties[name])
    if (value !== null && isUsable(value)) return value
  }
  for (const name of SRCSET) {
    const value = srcsetProperty(properties[name])
    if (value === null) continue
    const best = bestSrcsetCandidate(parseSrcset(value), isUsable)
    if (best !== null) return best
  }
  return null
}

/** Set `src`, first among the properties when it is new (`<img src alt>`). */
function setSrc(image: Element, src: string): void {
  if ('src' in image.properties) image.properties.src = src
  else image.properties = {src, ...image.properties}
}

function clearLazyAttributes(properties: Properties): void {
  for (const name of LAZY_ATTRIBUTES) if (name in properties) delete properties[name]
}

/** A property as a trimmed string, or `null` when absent or empty. */
function stringProperty(value: Properties[string]): string | null {
  let text: string
  if (typeof value === 'string') text = value
  else if (typeof value === 'number') text = String(value)
  else if (Array.isArray(value)) text = value.join(' ')
  else return null
  text = text.trim()
  return text === '' ? null : text
}

/** A `srcset` property as one string (hast may hold it split on commas). */
function srcsetProperty(value: Properties[string]): string | null {
  if (Array.isArray(value)) return joinSrcsetTokens(value.map((token) => String(token).trim()).filter((token) => token !== ''))
  return stringProperty(value)
}

/** Whether `url` is a lazy-load placeholder: empty, a `data:` URL or a spacer image. */
function isPlaceholder(url: string): boolean {
  if (url === '' || DATA_SCHEME.test(url)) return true
  let path = url
  for (const stop of ['?', '#']) {
    const at = path.indexOf(stop)
    if (at >= 0) path = path.slice(0, at)
  }
  const name = path.slice(path.lastIndexOf('/') + 1)
  return PLACEHOLDER_FILE.test(name)
}

/** Whether a lazy-load URL can become `src`: http(s) or relative, and not a placeholder itself. */
function isUsable(url: string): boolean {
  if (SCHEME.test(url) && !HTTP_SCHEME.test(url)) return false
  return !isPlaceholder(url)
}

function shorten(url: string): string {
  return url.length <= MAX_URL_IN_MESSAGE ? url : url.slice(0, MAX_URL_IN_MESSAGE - 1) + '…'
}
