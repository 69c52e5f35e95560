import type {ElementContent} from 'hast'
import {toString} from 'hast-util-to-string'
import type {LiftedValues} from '../../pipeline/state.js'
import type {RuleExtract} from '../../types.js'
import {selectCompounds} from './compound-matcher.js'
import {normalizeText} from './normalize-text.js'
import type {Summary} from './summary.js'

/** Separators of tag and category lists. */
const LIST_SEPARATOR = /\s?[,，、;；]\s?/u

/**
 * Lift the values `extract` names out of a block about to be dropped into
 * `lifted`. Patterns run over the block's text, then (when they find nothing
 * there) over its link and image URLs; the first capture group is the value.
 */
export function liftValues(
  extract: RuleExtract,
  nodes: readonly ElementContent[],
  summary: Summary,
  lifted: LiftedValues
): void {
  const source: Source = {
    text: normalizeText(summary.text),
    urls: [...summary.links, ...summary.images.map((image) => image.src)].join(' ')
  }
  pushCapture(extract.url, source, lifted.url)
  pushCapture(extract.mirrorUrl, source, lifted.mirrorUrl)
  pushCapture(extract.publisher, source, lifted.publisher)
  pushList(extract.tags, source, lifted.tags)
  pushList(extract.categories, source, lifted.categories)
  for (const credit of extract.credits ?? []) {
    const name = capture(credit.pattern, source)
    if (name !== null) lifted.credits.push({role: credit.role, name})
  }
  if (extract.tagSelector) {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      for (const element of selectCompounds(extract.tagSelector, node)) {
        const tag = normalizeText(toString(element))
        if (tag !== '' && !lifted.tags.includes(tag)) lifted.tags.push(tag)
      }
    }
  }
  if (extract.syndicator && !lifted.syndicator.includes(extract.syndicator)) {
    lifted.syndicator.push(extract.syndicator)
  }
}

/** Where values are read: the block's text first, then its link and image URLs. */
interface Source {
  text: string
  urls: string
}

/** The first capture group of `pattern` in the block's text, else in its URLs; trimmed, or `null`. */
export function capture(pattern: RegExp, source: Source): string | null {
  return captureIn(pattern, source.text) ?? captureIn(pattern, source.urls)
}

function captureIn(pattern: RegExp, text: string): string | null {
  if (text === '') return null
  pattern.lastIndex = 0
  const match = pattern.exec(text)
  const value = match?.[1]?.trim()
  return value ? value : null
}

function pushCapture(pattern: RegExp | undefined, text: Source, into: string[]): void {
  if (!pattern) return
  const value = capture(pattern, text)
  if (value !== null && !into.includes(value)) into.push(value)
}

function pushList(pattern: RegExp | undefined, text: Source, into: string[]): void {
  if (!pattern) return
  const value = capture(pattern, text)
  if (value === null) return
  for (const item of value.split(LIST_SEPARATOR)) {
    const trimmed = item.trim()
    if (trimmed !== '' && !into.includes(trimmed)) into.push(trimmed)
  }
}
