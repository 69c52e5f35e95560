import type {Root} from 'hast'
import type {BodyFormat} from '../envelope/types.js'
import {htmlToHast} from './html-to-hast.js'
import {markdownToHast} from './markdown-to-hast.js'
import {textToHast} from './text-to-hast.js'

/** Parse a body of any format into one hast tree. */
export function bodyToHast(body: string, format: BodyFormat): Root {
  if (format === 'html') return htmlToHast(body)
  if (format === 'markdown') return markdownToHast(body)
  return textToHast(body)
}
