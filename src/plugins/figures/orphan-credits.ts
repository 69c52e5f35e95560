import type {ElementContent} from 'hast'
import {parseCreditLine} from '../../metadata/credit-line.js'
import {isImage, textOf, visibleStart} from './nodes.js'
import {mayBePhotoCredit, photoCreditOnly} from './photo-credit.js'

/** A photo credit line left without its image. */
export interface OrphanCredit {
  /** The line as written (whitespace collapsed). */
  text: string
  /** The name it credits. */
  name: string
}

const LONGEST_LINE = 80

/**
 * The photo credit a line (one line of a paragraph, as the Markdown output
 * cuts it) is made of, when it is nothing else: `（图片来源：Getty Images）`,
 * `(照片来自路透社)`, `图片来源：法新社`. Such a line is what is left when the
 * image it credited was an ad, a pixel, or never copied (a credit right after
 * an image has become its caption already). `null` for any other line, and for
 * credit lines that `parseCreditLine` reads (`图/视觉中国`): the metadata step
 * removes those and keeps the credit.
 */
export function orphanCredit(line: ElementContent[]): OrphanCredit | null {
  // Cheap test first: most lines do not start like a photo credit.
  if (!mayBePhotoCredit(visibleStart(line, 2)) || line.some(showsImage)) return null
  const text = textOf(line)
  if (text === '' || text.length > LONGEST_LINE) return null
  const name = photoCreditOnly(text)
  if (name === null || parseCreditLine(text) !== null) return null
  return {text, name}
}

function showsImage(node: ElementContent): boolean {
  if (node.type !== 'element') return false
  return isImage(node) || node.children.some(showsImage)
}
