import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'

/**
 * Parse an HTML body into hast with parse5 (via hast-util-from-html).
 * A full document (`<html>`, `<head>` or a doctype) is parsed as a document so
 * its `<head>` metadata stays readable; anything else as a fragment.
 */
export function htmlToHast(html: string): Root {
  const isDocument = /^\s*(?:<!doctype\s|<html[\s>]|<head[\s>])/i.test(html)
  return fromHtml(html, {fragment: !isDocument})
}
