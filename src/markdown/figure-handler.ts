import type {Element} from 'hast'
import {toText} from 'hast-util-to-text'
import type {Handle, State} from 'hast-util-to-mdast'
import {select} from 'hast-util-select'
import type {Paragraph, PhrasingContent, RootContent} from 'mdast'

/**
 * `<figure>` → the image on its own paragraph, then the caption as an
 * emphasized paragraph (`*caption*`), as the output rules ask.
 */
export const handleFigure: Handle = (state: State, node: Element) => {
  const out: RootContent[] = []
  const image = select('img', node)
  if (image) {
    const converted = state.one(image, node)
    const nodes = (Array.isArray(converted) ? converted : converted ? [converted] : []) as PhrasingContent[]
    if (nodes.length > 0) out.push({type: 'paragraph', children: nodes})
  }
  const caption = select('figcaption', node)
  const text = caption ? toText(caption).replace(/\s+/g, ' ').trim() : ''
  if (text) {
    const paragraph: Paragraph = {type: 'paragraph', children: [{type: 'emphasis', children: [{type: 'text', value: text}]}]}
    out.push(paragraph)
  }
  return out
}
