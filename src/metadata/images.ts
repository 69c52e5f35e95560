import type {Element, Root} from 'hast'
import {captionAndCredit} from '../plugins/figures/photo-credit.js'
import type {ImageInfo} from '../types.js'
import {normalizeUrlFast} from '../util/normalized-uri.js'
import {flatText} from './leaf-blocks.js'
import {collapseWhitespace} from './text.js'

/**
 * The images of the body in document order: `src` normalized like the
 * Markdown output, `alt`, and for an image inside a `<figure>` its
 * `<figcaption>` split into caption and photo credit (a caption that is only
 * a credit, `图/视觉中国`, gives `caption: null`). One walk over the tree,
 * carrying the enclosing figure down.
 */
export function collectImages(tree: Root): ImageInfo[] {
  const images: ImageInfo[] = []
  collectInto(tree, null, images)
  return images
}

function collectInto(parent: Root | Element, figure: Element | null, images: ImageInfo[]): void {
  for (const node of parent.children) {
    if (node.type !== 'element') continue
    if (node.tagName === 'img') {
      const info = imageInfo(node, figure)
      if (info) images.push(info)
    }
    collectInto(node, node.tagName === 'figure' ? node : figure, images)
  }
}

function imageInfo(node: Element, figure: Element | null): ImageInfo | null {
  const src = typeof node.properties['src'] === 'string' ? node.properties['src'].trim() : ''
  if (!src) return null
  const alt = typeof node.properties['alt'] === 'string' ? collapseWhitespace(node.properties['alt']) : ''
  const {caption, credit} = figure ? captionAndCredit(figcaptionText(figure)) : {caption: null, credit: null}
  return {src: normalizeUrlFast(src), alt: alt || null, caption, credit}
}

function figcaptionText(figure: Element): string {
  for (const child of figure.children) {
    if (child.type === 'element' && child.tagName === 'figcaption') return flatText(child)
  }
  return ''
}
