import type {Element, Root, Text} from 'hast'
import type {Plugin} from 'unified'
import {eachElement} from '../util/walk.js'

/** Class names emoji scripts put on the images they substitute for characters. */
const EMOJI_CLASSES: ReadonlySet<string> = new Set(['wp-smiley', 'emoji', 'emojione', 'twemoji', 'joypixels'])

/** Path pieces of the emoji image sets served by WordPress (s.w.org), Twitter (twemoji) and others. */
const EMOJI_PATH = /\/(?:images\/core\/emoji|twemoji|emojione|joypixels|emoji)\//i

/**
 * Pictographs, symbols, regional indicators, enclosed ideographs and the
 * joiners and modifiers emoji sequences are built with. A string made only
 * of these (at most 16 code points) is an emoji, not a description.
 */
const EMOJI_ONLY =
  /^(?:[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\ufe0f\u200d\u20e3#*0-9]|[\ud83c-\ud83e][\udc00-\udfff]|\udb40[\udc20-\udc7f])+$/

const MAX_EMOJI_CODE_POINTS = 16

/**
 * Emoji images back to the characters they stand for: an `<img>` whose
 * `alt` is only emoji and which is marked as one (a `wp-smiley`/`emoji`
 * class, or a `src` from an emoji image set) becomes the text of its `alt`,
 * so `评论让<img class="wp-smiley" alt="🐷">给拱没了` stays one sentence
 * (`评论让🐷给拱没了`) instead of an image splitting the paragraph.
 *
 * @example
 * ```ts
 * import {fromHtml} from 'hast-util-from-html'
 * import {unified} from 'unified'
 * import {rehypeEmojiImages} from 'unsyndicate'
 *
 * const tree = fromHtml('<p>谢谢<img class="wp-smiley" alt="🙏" src="https://s.w.org/images/core/emoji/12.0.0-1/72x72/1f64f.png"></p>', {fragment: true})
 * unified().use(rehypeEmojiImages).runSync(tree) // <p>谢谢🙏</p>
 * ```
 */
export const rehypeEmojiImages: Plugin<[], Root> = function () {
  return (tree) => {
    eachElement(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined || !isEmojiImage(node)) return
      const text: Text = {type: 'text', value: String(node.properties['alt'])}
      parent.children[index] = text
    })
  }
}

/** Whether `node` is an image standing in for an emoji character. */
export function isEmojiImage(node: Element): boolean {
  if (node.tagName !== 'img') return false
  const alt = node.properties['alt']
  if (typeof alt !== 'string' || !isEmojiText(alt)) return false
  const classes = node.properties['className']
  const marked = Array.isArray(classes) && classes.some((name) => EMOJI_CLASSES.has(String(name)))
  const src = node.properties['src']
  return marked || (typeof src === 'string' && EMOJI_PATH.test(src))
}

function isEmojiText(text: string): boolean {
  const chars = Array.from(text)
  return chars.length > 0 && chars.length <= MAX_EMOJI_CODE_POINTS && EMOJI_ONLY.test(text)
}
