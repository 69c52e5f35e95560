import type {Link, Parent, Root, Text} from 'mdast'
import {replaceRange} from '../util/arrays.js'
import {walk} from '../util/walk.js'
import {linkedLiterals} from './link-bare-urls.js'

/**
 * CJK and full-width punctuation: never part of a URL as people write one
 * (`，` `。` `）` `、` `“`), though GFM's literal reading runs a bare URL on
 * through it up to the next whitespace, and Chinese text has none.
 */
const CJK_PUNCTUATION = /[\u2018-\u201f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/

/**
 * Cut bare-URL links where CJK punctuation starts
 * (`Bergenbanen(https://www.youtube.com/watch?v=z7VYVjR_nwE)，是由…` had
 * become one link running to the next space, its URL holding the prose):
 * the link keeps the URL up to there, less what GFM trims from a literal's
 * end ({@link trimUrlEnd}), and the rest is text after it, with its own bare
 * URLs linked (and cut in turn). Only links `isLiteral` says a GFM reading
 * made of plain text are cut (an author's `<a>` whose text is its address
 * stays whole, `…/wiki/《红楼梦》` included), and only when their only child
 * is text that starts like a URL (`http://`, `https://`, `www.`) and their
 * URL is that text (percent-escapes decoded).
 */
export function cutBareUrls(tree: Root | Parent, isLiteral: (link: Link) => boolean): void {
  walk(tree, (node, index, parent) => {
    if (node.type !== 'link' || parent === undefined || index === undefined) return undefined
    const link = node as Link
    if (!isLiteral(link)) return false
    const text = link.children.length === 1 && link.children[0]!.type === 'text' ? link.children[0] as Text : null
    if (text === null || !/^(?:https?:\/\/|www\.)/i.test(text.value)) return false
    const punctuation = CJK_PUNCTUATION.exec(text.value)
    if (punctuation === null || !isBare(link.url, text.value)) return false
    const head = trimUrlEnd(text.value.slice(0, punctuation.index))
    if (!/^(?:https?:\/\/|www\.)[^/?#\s]+\.[^/?#\s]/i.test(head)) return false
    // The rest is text, in which GFM's reading finds what it finds (`，https://b.test/` is a link of its own).
    const tail = linkedLiterals({type: 'text', value: text.value.slice(head.length)})
    text.value = head
    link.url = /^www\./i.test(head) ? `http://${head}` : head
    replaceRange(parent.children, index + 1, 0, tail as never[])
    return index + 1
  })
}

/** Whether `url` is `text` (or `http://` + `text` for a `www.` literal), percent-escapes decoded. */
function isBare(url: string, text: string): boolean {
  const decoded = safeDecode(url)
  return decoded === text || decoded === `http://${text}` || url === text
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/**
 * A URL literal's end as GFM trims it: trailing `?`, `!`, `.`, `,`, `:`,
 * `*`, `_`, `~` go, and a closing `)` goes while the URL has more `)` than `(`.
 */
export function trimUrlEnd(url: string): string {
  let opening = 0
  let closing = 0
  for (let index = 0; index < url.length; index++) {
    if (url[index] === '(') opening++
    else if (url[index] === ')') closing++
  }
  let end = url.length
  for (;;) {
    const last = url[end - 1]
    if (last !== undefined && '?!.,:*_~'.includes(last)) {
      end--
    } else if (last === ')' && opening < closing) {
      end--
      closing--
    } else {
      return url.slice(0, end)
    }
  }
}
