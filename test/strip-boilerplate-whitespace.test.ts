import fc from 'fast-check'
import type {ElementContent, Root, RootContent} from 'hast'
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {builtinRules, rehypeStripBoilerplate, type Rule} from '../src/index.js'
import {getState} from '../src/pipeline/state.js'

/** Texts: whitespace, article text, and debris the built-in and the test rules drop. */
const TEXTS = ['\n', ' ', '', '\u200b', '正文内容，一段普通的文字。', '免责声明：本文仅代表作者观点。', '返回顶部', '版权所有 © 2020 某网站',
  '获取更多RSS：https://feedx.net', '相关文章', 'cut here']
const RULES: readonly Rule[] = [...builtinRules, {id: 'test/cut', description: 'test', cutFrom: [/^cut here$/]}]

const text = fc.constantFrom(...TEXTS).map((value): ElementContent => ({type: 'text', value}))
const {node} = fc.letrec<{node: ElementContent}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 4, arbitrary: text},
    fc.constant<ElementContent>({type: 'comment', value: 'c'}),
    fc.constant(h('br')),
    fc.constant(h('img', {src: 'https://x.test/a.png', alt: ''})),
    fc.tuple(fc.constantFrom('p', 'div', 'li', 'h2', 'blockquote', 'span', 'b'), fc.array(tie('node'), {maxLength: 5})).map(([tag, children]) => h(tag, children)),
    fc.array(tie('node'), {maxLength: 3}).map((children) => h('a', {href: 'https://x.test/p'}, children))
  )
}))

/** Every whitespace-only text split in two (`' '` → `' '`, `''`): the run it opens is then no longer whitespace alone. */
function splitWhitespace(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((child): RootContent[] => {
    if (child.type === 'text' && /^[\s\u200b]*$/.test(child.value)) return [child, {type: 'text', value: ''}]
    if (child.type === 'element') child.children = splitWhitespace(child.children) as ElementContent[]
    return [child]
  })
}

function strip(tree: Root): {html: string; removed: unknown} {
  const file = new VFile()
  unified().use(rehypeStripBoilerplate, {rules: RULES}).runSync(tree, file)
  return {html: toHtml(tree), removed: getState(file).removed}
}

describe('rehypeStripBoilerplate: whitespace alone between blocks', () => {
  it('drops and reports the same as when that whitespace opens a run of inline content', () => {
    fc.assert(
      fc.property(fc.array(node, {maxLength: 8}), (children) => {
        const tree: Root = {type: 'root', children: [h('div', structuredClone(children))]}
        const split: Root = {type: 'root', children: splitWhitespace([h('div', structuredClone(children))])}
        expect(strip(tree)).toEqual(strip(split))
      }),
      {seed: 20261124, numRuns: 3000}
    )
  })
})
