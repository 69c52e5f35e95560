import type {Element, Nodes, Text} from 'hast'
import {isWhitespaceCode} from '../metadata/text.js'
import {walk} from './walk.js'

/**
 * `toString(node)` of hast-util-to-string: the text node descendants' values
 * concatenated in tree order (a comment or doctype given on its own gives its
 * value, one inside gives nothing). Iterative (through {@link walk}), so deep
 * trees cannot overflow the stack, and without an array per element.
 */
export function textContent(node: Nodes): string {
  if (!('children' in node)) return 'value' in node ? node.value : ''
  let text = ''
  walk(node, (child) => {
    if (child.type === 'text') text += (child as Text).value
  })
  return text
}

/** Elements whose text a page never shows: code, styles, and markup kept for later. */
export const UNSEEN: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template'])

/**
 * How many UTF-16 code units of `node`'s shown text are not whitespace:
 * `textContent(node).replace(/\s+/g, '').length` with `<script>`, `<style>`,
 * `<noscript>` and `<template>` left out (a portal's inline configuration
 * scripts can outweigh its article), counted without building
 * the text (on a page of megabytes that string and its copy were most of the
 * cost). Whitespace is what the regex `\s` matches.
 *
 * @param skip An element whose text is left out (with all below it).
 */
export function visibleLength(node: Nodes, skip?: Element): number {
  if (!('children' in node)) return 'value' in node ? countVisible(node.value) : 0
  let length = 0
  walk(node, (child) => {
    if (child === skip || (child.type === 'element' && UNSEEN.has((child as Element).tagName))) return false
    if (child.type === 'text') length += countVisible((child as Text).value)
  })
  return length
}

function countVisible(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) if (!isWhitespaceCode(value.charCodeAt(index))) count++
  return count
}
