import type {Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse, parseFragment} from 'parse5'
import {capParse5Depth} from './cap-depth.js'
import {wrapLooseText} from './wrap-loose-text.js'

export {MAX_TREE_DEPTH} from './cap-depth.js'

/**
 * Parse an HTML body into hast with parse5 (as hast-util-from-html does),
 * with element nesting capped at {@link MAX_TREE_DEPTH} so that hostile
 * nesting cannot overflow the stack of the recursive steps that follow.
 * A full document (`<html>`, `<head>` or a doctype) is parsed as a document so
 * its `<head>` metadata stays readable; anything else as a fragment, whose
 * loose text beside blocks is wrapped into paragraphs.
 */
export function htmlToHast(html: string): Root {
  const isDocument = /^\s*(?:<!doctype\s|<html[\s>]|<head[\s>])/i.test(html)
  // No source positions: nothing downstream reads them, and they are a third
  // of the tree's objects (parse, hast → mdast's clone and mdast all pay for them).
  const options = {sourceCodeLocationInfo: false, scriptingEnabled: false}
  const tree = isDocument ? parse(html, options) : parseFragment(html, options)
  capParse5Depth(tree)
  const root = fromParse5(tree) as Root
  if (!isDocument) wrapLooseText(root)
  return root
}
