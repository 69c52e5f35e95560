import type {Element, Root} from 'hast'
import {visit} from 'unist-util-visit'
import type {ImageInfo} from '../types.js'
import {normalizeUrl} from '../util/url.js'
import {splitCaptionCredit} from './credit-line.js'
import {flatText} from './leaf-blocks.js'

/**
 * The images of the body in document order: `src` normalized like the
 * Markdown output, `alt`, and for an image inside a `<figure>` its
 * `<figcaption>` split into caption and photo credit.
 */
export function collectImages(tree: Root): ImageInfo[] {
  const images: ImageInfo[] = []
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName !== 'img') return
    const src = typeof node.properties['src'] === 'string' ? node.properties['src'].trim() : ''
    if (!src) return
    const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'].replace(/\s+/g, ' ').trim() : ''
    const figure = parent && parent.type === 'element' ? enclosingFigure(tree, node) : null
    const caption = figure ? figcaptionText(figure) : ''
    const split = caption ? splitCaptionCredit(caption) : {caption: '', credit: null}
    images.push({src: normalizeUrl(src), alt: alt || null, caption: split.caption || null, credit: split.credit})
  })
  return images
}

function enclosingFigure(tree: Root, image: Element): Element | null {
  let found: Element | null = null
  visit(tree, 'element', (node) => {
    if (found || node.tagName !== 'figure') return
    let inside = false
    visit(node, 'element', (child) => { if (child === image) inside = true })
    if (inside) found = node
  })
  return found
}

function figcaptionText(figure: Element): string {
  for (const child of figure.children) {
    if (child.type === 'element' && child.tagName === 'figcaption') return flatText(child)
  }
  return ''
}
