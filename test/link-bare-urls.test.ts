import fc from 'fast-check'
import type {Nodes, PhrasingContent, Root} from 'mdast'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {describe, expect, it} from 'vitest'
import {autolinkLiterals, mayHoldLiteral, unlinkUnwritableEmail} from '../src/markdown/link-bare-urls.js'
import {walk} from '../src/util/walk.js'
import {expectSameInPlace} from './helpers/same-in-place.js'

/** GFM's transforms on the whole tree (what a GFM reader does). */
function original(tree: Root): void {
  for (const transform of gfmAutolinkLiteralFromMarkdown().transforms ?? []) transform(tree)
}

const PIECES = ['a', ' ', '.', ',', '/', '(', ')', '_', '-', '@', 'x.test', 'mail@x.test', 'http://', 'https://x.test/p?q=1', 'www.', 'www.x.test',
  'mailto:', 'xmpp:', 'a@b.co_a', '中文', '：', '<', '*', '+', 'Z', '9', 'WWW.', 'HTTPS://', '@中文', '@-', '.@', '+@x', '-@9.test']
const value = fc.array(fc.constantFrom(...PIECES), {maxLength: 8}).map((pieces) => pieces.join(''))
const text = value.map((v): PhrasingContent => ({type: 'text', value: v}))

const {block} = fc.letrec<{phrasing: PhrasingContent; block: Nodes}>((tie) => ({
  phrasing: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    text,
    fc.tuple(fc.constantFrom('emphasis', 'strong', 'delete', 'link', 'linkReference'), fc.array(tie('phrasing'), {maxLength: 4})).map(
      ([type, children]) =>
        ({type, children, ...(type === 'link' ? {url: 'https://y.test/'} : {}), ...(type === 'linkReference' ? {identifier: 'r', referenceType: 'full'} : {})}) as PhrasingContent
    )
  ),
  block: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    fc.array(tie('phrasing'), {maxLength: 5}).map((children): Nodes => ({type: 'paragraph', children})),
    fc.array(tie('phrasing'), {maxLength: 3}).map((children): Nodes => ({type: 'heading', depth: 2, children})),
    fc.array(tie('block'), {maxLength: 3}).map((children) => ({type: 'blockquote', children}) as Nodes),
    fc.array(tie('block'), {maxLength: 3}).map((children) => ({type: 'list', children: [{type: 'listItem', children}]}) as Nodes)
  )
}))

const tree = fc.array(block, {maxLength: 4}).map((children) => ({type: 'root', children}) as Root)

describe('autolinkLiterals and unlinkUnwritableEmail', () => {
  it('links exactly what GFM’s whole-tree transform links', () => {
    fc.assert(
      fc.property(tree, (input) => expectSameInPlace(input, original, autolinkLiterals)),
      {seed: 20261124, numRuns: 3000}
    )
  })

  it('runs GFM’s transforms only on texts a literal pattern could match', () => {
    expect(mayHoldLiteral('@一仙小青：最怕玩不起翻桌子')).toBe(false)
    expect(mayHoldLiteral('以下是 @美国驻华大使馆 最新微博')).toBe(false)
    expect(mayHoldLiteral('a @ b')).toBe(false)
    expect(mayHoldLiteral('果壳网大V@Ent的文章')).toBe(true)
    expect(mayHoldLiteral('write to x+y@mail.test')).toBe(true)
    expect(mayHoldLiteral('see WWW.example.test')).toBe(true)
    expect(mayHoldLiteral('HTTP://example.test')).toBe(true)
  })

  it('keeps an email GFM links but CommonMark cannot write as text', () => {
    const input: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'write a@b.co_a now'}]}]}
    autolinkLiterals(input)
    walk(input, unlinkUnwritableEmail)
    expect(input).toEqual({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'write '}, {type: 'text', value: 'a@b.co_a'}, {type: 'text', value: ' now'}]}]})
  })

  it.each([
    ['a domain label starting with a hyphen', '+@---.A', false],
    ['a domain label ending with a hyphen', 'a@b-.test', false],
    ['a hyphen inside a label', 'a.b@example-x.test', true],
    ['one-letter labels', 'x@y.z', true]
  ])('writes an email as an autolink only when CommonMark reads it as one: %s', (_, email, linked) => {
    const input: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: `to ${email}`}]}]}
    autolinkLiterals(input)
    walk(input, unlinkUnwritableEmail)
    const paragraph = input.children[0] as {children: Array<{type: string}>}
    expect(paragraph.children.some((child) => child.type === 'link')).toBe(linked)
  })
})
