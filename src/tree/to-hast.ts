import type {Element, Root} from 'hast'
import type {BodyFormat} from '../envelope/types.js'
import {htmlToHast} from './html-to-hast.js'
import {markdownToHast} from './markdown-to-hast.js'
import {textToHast} from './text-to-hast.js'
import {eachElement} from '../util/walk.js'
import {wrapLooseText, wrapLooseTextInElement} from './wrap-loose-text.js'
import {unwrapPhrasingAroundStructure} from './unwrap-phrasing-around-structure.js'
import {wrapOrphanListItems} from './wrap-orphan-list-items.js'
import {hoistEdgeBreaks} from './hoist-edge-breaks.js'

/**
 * Parse a body of any format into one hast tree, with loose text beside
 * blocks in a container, or at the top of an HTML fragment or a Markdown
 * body, wrapped into paragraphs (see {@link wrapLooseTextInElement}),
 * and list items outside a list wrapped into one (see {@link wrapOrphanListItems}).
 */
export function bodyToHast(body: string, format: BodyFormat): Root {
  const tree = format === 'html' ? htmlToHast(body) : format === 'markdown' ? markdownToHast(body) : textToHast(body)
  // Markdown's raw HTML can leave text at the top level beside its paragraphs
  // (`</div>\n<br/>原文链接：…` is one HTML block): a paragraph, as it reads back.
  if (format === 'markdown') wrapLooseText(tree)
  wrapStrayContent(tree)
  return tree
}

/**
 * Below the top of `tree`: loose text beside blocks in containers into
 * paragraphs ({@link wrapLooseTextInElement}); and everywhere, formatting
 * around a list or other structured block unwrapped
 * ({@link unwrapPhrasingAroundStructure}), a `<br>` at the edge of
 * formatting moved beside it ({@link hoistEdgeBreaks}) and list items
 * outside a list wrapped into one ({@link wrapOrphanListItems}). One walk for all:
 * each element's children are fixed before the walk goes into them.
 */
export function wrapStrayContent(tree: Root): void {
  const wrapsStructure = new WeakMap<Element, boolean>()
  unwrapPhrasingAroundStructure(tree, wrapsStructure)
  hoistEdgeBreaks(tree)
  wrapOrphanListItems(tree)
  eachElement(tree, (element) => {
    unwrapPhrasingAroundStructure(element, wrapsStructure)
    hoistEdgeBreaks(element)
    wrapLooseTextInElement(element)
    wrapOrphanListItems(element)
    return undefined
  })
}
