import type {Html, Image, PhrasingContent, Root, Text} from 'mdast'
import {walk} from '../util/walk.js'

/**
 * Repair two things a Markdown reader takes for inline HTML although the
 * author wrote none, so that parsing the HTML does not silently swallow them:
 *
 * - a Hugo shortcode written without a space (`{{<matomeQuote body="…">}}`,
 *   `{{</details>}}`): its `<…>` is a valid tag, which the HTML parser turns
 *   into an unknown element and the sanitizer then drops with every attribute
 *   (the quoted text went with it). It becomes the text it is.
 * - an image whose `data:image/svg+xml` URL holds raw SVG
 *   (`![](data:image/svg+xml;utf8,<svg xmlns='…' width='239'></svg>)`, a lazy-load
 *   placeholder): the space inside the tag ends the URL, so the image is read
 *   as text around an `<svg>`. It becomes the image it is, its SVG percent-encoded
 *   (the sanitizer then treats it as any SVG data image).
 *
 * Changes `tree` in place.
 */
export function repairLiteralInlineHtml(tree: Root): void {
  walk(tree, (node) => {
    if (!('children' in node) || node.type === 'root') return
    const children = node.children as PhrasingContent[]
    if (!children.some((child) => child.type === 'html')) return
    repairChildren(children)
  })
}

const SHORTCODE_TAG = /^<\/?[A-Za-z]/
/** An image's start up to its SVG data URL, matched from one `![` to the text's end. */
const SVG_IMAGE_START = /^!\[([^\]\n]*)\]\((data:image\/svg\+xml[^()\s]*)$/i

/** Where `text` ends with the start of an image whose URL is an SVG data URL (`![alt](data:image/svg+xml;utf8,`), or `null`. */
function svgImageStart(text: string): {index: number; alt: string; url: string} | null {
  const url = text.lastIndexOf('](data:image/svg+xml')
  const index = url === -1 ? -1 : text.lastIndexOf('![', url)
  if (index === -1) return null
  const found = SVG_IMAGE_START.exec(text.slice(index))
  return found ? {index, alt: found[1]!, url: found[2]!} : null
}

function repairChildren(children: PhrasingContent[]): void {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'html') continue
    const before = children[index - 1]
    const after = children[index + 1]
    if (before?.type === 'text' && after?.type === 'text' && before.value.endsWith('{{') && after.value.startsWith('}}')
      && SHORTCODE_TAG.test(child.value)) {
      children[index] = {type: 'text', value: child.value} satisfies Text
      continue
    }
    if (before?.type === 'text' && /^<svg[\s>]/i.test(child.value)) {
      const start = svgImageStart(before.value)
      const end = start ? closingParenthesis(children, index) : null
      if (start && end !== null) {
        const svg = (children.slice(index, end.index) as Html[]).map((part) => part.value).join('')
        const image: Image = {type: 'image', url: start.url + encodeURIComponent(svg), alt: start.alt}
        const closing = children[end.index] as Text
        before.value = before.value.slice(0, start.index)
        closing.value = closing.value.slice(1)
        children.splice(index, end.index - index, image)
      }
    }
  }
}

/** The text right after a run of HTML nodes from `from` when it opens with `)`: where the image's URL closes. */
function closingParenthesis(children: PhrasingContent[], from: number): {index: number} | null {
  let index = from
  while (index < children.length && children[index]!.type === 'html') index++
  const next = children[index]
  return next?.type === 'text' && next.value.startsWith(')') ? {index} : null
}
