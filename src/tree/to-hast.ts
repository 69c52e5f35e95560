import type {Root} from 'hast'
import type {BodyFormat} from '../envelope/types.js'
import {htmlToHast} from './html-to-hast.js'
import {markdownToHast} from './markdown-to-hast.js'
import {textToHast} from './text-to-hast.js'
import {wrapLooseTextInContainers} from './wrap-loose-text.js'

/**
 * Parse a body of any format into one hast tree, with loose text beside
 * blocks in a container wrapped into paragraphs (see {@link wrapLooseTextInContainers}).
 */
export function bodyToHast(body: string, format: BodyFormat): Root {
  const tree = format === 'html' ? htmlToHast(body) : format === 'markdown' ? markdownToHast(body) : textToHast(body)
  wrapLooseTextInContainers(tree)
  return tree
}
