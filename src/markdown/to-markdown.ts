import type {Root as HastRoot} from 'hast'
import {toMdast} from 'hast-util-to-mdast'
import type {Root} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import {visit} from 'unist-util-visit'
import {normalizeUrl} from '../util/url.js'
import {handleFigure} from './figure-handler.js'
import {fixEmphasis} from './fix-emphasis.js'
import {splitParagraphs} from './split-paragraphs.js'

/** The fixed serializer options: the output rules of the README. */
const MARKDOWN_OPTIONS: Options = {
  bullet: '-',
  bulletOther: '*',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  setext: false,
  listItemIndent: 'one',
  incrementListMarker: true,
  resourceLink: false,
  closeAtx: false,
  tightDefinitions: true,
  extensions: [gfmToMarkdown()]
}

/** Convert a cleaned hast tree to mdast, with figures as image + caption. */
export function hastToMdast(tree: HastRoot): Root {
  const mdast = toMdast(tree, {handlers: {figure: handleFigure}}) as Root
  splitParagraphs(mdast)
  linkBareUrls(mdast)
  normalizeUrls(mdast)
  fixEmphasis(mdast)
  return mdast
}

/**
 * Serialize mdast as GFM with fixed options: ATX headings, `-` bullets,
 * `*`/`**` emphasis, fenced code, no trailing spaces, one final newline
 * (an empty document is the empty string).
 */
export function mdastToMarkdown(tree: Root): string {
  const text = toMarkdown(tree, MARKDOWN_OPTIONS)
  const lines = text.split('\n').map((line) => line.trimEnd())
  const joined = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  return joined === '' ? '' : joined + '\n'
}

/**
 * Turn bare URLs and emails in text into links, exactly as a GFM reader will
 * (GFM autolinks them even when escaped), so the output reads the same when
 * parsed again.
 */
function linkBareUrls(tree: Root): void {
  for (const transform of gfmAutolinkLiteralFromMarkdown().transforms ?? []) transform(tree)
}

/** Percent-encode link and image URLs as a Markdown parser would. */
function normalizeUrls(tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      node.url = normalizeUrl(node.url)
    }
  })
}
