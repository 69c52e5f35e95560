import type {Root} from 'hast'
import type {Envelope} from '../../envelope/types.js'
import {type SourceLocation, toLocation} from './rule-hosts.js'

/** Front-matter keys that hold the article's or the copy's URL. */
const URL_KEYS = ['from', 'url', 'link', 'source', 'source_url', 'original_url', 'canonical', 'permalink']

/** Link-like properties read from elements. */
const URL_PROPERTIES = ['href', 'src']

/**
 * Where the document says it comes from: the `url` option, the envelope's
 * front matter and title-header URL, and every `href`/`src` in the tree.
 */
export function sourceLocations(tree: Root, url: string | undefined, envelope: Envelope | null): SourceLocation[] {
  const found = new Map<string, SourceLocation>()
  const add = (value: unknown): void => {
    if (typeof value !== 'string') return
    const location = toLocation(value)
    if (location) found.set(`${location.host}${location.path}`, location)
  }
  add(url)
  if (envelope) {
    for (const key of URL_KEYS) add(envelope.frontMatter?.[key])
    add(envelope.titleHeader?.url)
  }
  const stack: Array<Root | Root['children'][number]> = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Root | Root['children'][number]
    if (node.type === 'element') for (const name of URL_PROPERTIES) add(node.properties[name])
    if (node.type === 'element' || node.type === 'root') for (const child of node.children) stack.push(child)
  }
  return [...found.values()]
}
