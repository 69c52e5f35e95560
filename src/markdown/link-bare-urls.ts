import type {Link, PhrasingContent, Root, Text} from 'mdast'
import type {Node, Parent} from 'unist'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {replaceRange} from '../util/arrays.js'
import {walk} from '../util/walk.js'

/** GFM's autolink-literal transforms (URLs, `www.`, emails, `mailto:`, `xmpp:`), made once. */
const AUTOLINK_TRANSFORMS = gfmAutolinkLiteralFromMarkdown().transforms ?? []

/**
 * Turn bare URLs and emails in text into links, exactly as a GFM reader will
 * (GFM autolinks them even when escaped), so the output reads the same when
 * parsed again: GFM's autolink-literal transform, text by text.
 *
 * GFM's transforms walk the whole tree once per pattern (four walks). They
 * search each text on its own (a match depends only on that text) and skip
 * the insides of links, so they are run here on each text outside a link
 * that could hold a literal ({@link mayHoldLiteral}), alone in a scratch
 * root, and the text is replaced by what they make of it: the same tree as
 * running them on the whole of `tree`. Emails among the links made that
 * CommonMark cannot write are for {@link unlinkUnwritableEmail} afterwards.
 */
export function autolinkLiterals(tree: Root): void {
  walk(tree, (node, index, parent) => {
    if (node.type === 'link' || node.type === 'linkReference') return false
    if (node.type !== 'text' || parent === undefined || index === undefined || !mayHoldLiteral((node as Text).value)) return undefined
    const nodes = linkedLiterals(node as Text)
    replaceRange(parent.children, index, 1, nodes as typeof parent.children)
    return index + nodes.length
  })
}

/** Links made here from plain text ({@link isLiteralLink}). */
const literalLinks = new WeakSet<Link>()

/** Whether `link` was made from plain text by {@link autolinkLiterals} or {@link linkedLiterals}. */
export function isLiteralLink(link: Link): boolean {
  return literalLinks.has(link)
}

/** `text` with its bare URLs and emails made links by GFM's transforms: the nodes that replace it. */
export function linkedLiterals(text: Text): PhrasingContent[] {
  if (!mayHoldLiteral(text.value)) return [text]
  const scratch: Root = {type: 'root', children: [text]}
  for (const transform of AUTOLINK_TRANSFORMS) transform(scratch)
  for (const node of scratch.children) if (node.type === 'link') literalLinks.add(node)
  return scratch.children as PhrasingContent[]
}

/**
 * Whether `value` holds what one of GFM's literal patterns needs: `http://`,
 * `https://` or `www.` (any case), or an `@` between an ASCII word
 * character, `+`, `-` or `.` and an ASCII word character or `-` (every email,
 * `mailto:` and `xmpp:` pattern reads `[\w+\-.]+@[\w-]+`). Most texts hold
 * none; a handle such as `@新华社` or `**@name**` after a space or CJK text
 * has no such neighbours, so GFM's transforms (several walks set up per
 * call) are not run on it.
 */
export function mayHoldLiteral(value: string): boolean {
  return LITERAL_HINT.test(value)
}

const LITERAL_HINT = /https?:\/\/|www\.|[\w+\-.]@[\w-]/i

/**
 * An address CommonMark can write as an `<email>` autolink, by its own
 * grammar: each domain label starts and ends with a letter or digit (GFM
 * literals allow more: `_` in the domain, `a@---.b`).
 */
const AUTOLINK_EMAIL = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-zA-Z\d](?:[a-zA-Z\d-]{0,61}[a-zA-Z\d])?(?:\.[a-zA-Z\d](?:[a-zA-Z\d-]{0,61}[a-zA-Z\d])?)*$/

/**
 * GFM links emails (`a@b.co_a`) that the serializer can only write as an
 * `<…>` autolink CommonMark rejects: keep those as text, as every later
 * cleaning pass will. One step of a walk's visitor (run after
 * {@link autolinkLiterals}): when `node` is such an email link, its text
 * takes its place in `parent` and the index to go on at is returned.
 */
export function unlinkUnwritableEmail(node: Node, index: number | undefined, parent: Parent | undefined): number | undefined {
  if (node.type !== 'link' || !parent || index === undefined) return undefined
  const link = node as Link
  if (!link.url.startsWith('mailto:')) return undefined
  const text = link.children.length === 1 && link.children[0]!.type === 'text' ? link.children[0]!.value : null
  if (text === null || link.url !== 'mailto:' + text || AUTOLINK_EMAIL.test(text)) return undefined
  replaceRange(parent.children, index, 1, link.children)
  return index
}
