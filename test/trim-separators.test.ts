import fc from 'fast-check'
import type {Root, RootContent} from 'hast'
import {h} from 'hastscript'
import {describe, expect, it} from 'vitest'
import {trimSeparators} from '../src/plugins/strip-boilerplate/apply.js'
import {holdsContent} from '../src/plugins/strip-boilerplate/report-text.js'

/** The plain definition: fillers off both ends, then every rule that follows a rule with only filler between. */
function reference(root: Root): RootContent[] {
  const isRule = (node: RootContent) => node.type === 'element' && node.tagName === 'hr'
  const isFiller = (node: RootContent): boolean => {
    if (node.type === 'comment') return true
    if (node.type === 'text') return node.value.trim() === ''
    if (node.type !== 'element') return false
    if (node.tagName === 'hr' || node.tagName === 'br') return true
    if (node.tagName === 'img') return false
    return !holdsContent([node], new Set())
  }
  const nodes = [...root.children]
  while (nodes.length > 0 && isFiller(nodes[0]!)) nodes.shift()
  while (nodes.length > 0 && isFiller(nodes[nodes.length - 1]!)) nodes.pop()
  const out: RootContent[] = []
  let lastWasRule = false
  for (const node of nodes) {
    if (isRule(node)) {
      if (lastWasRule) continue
      lastWasRule = true
    } else if (!isFiller(node)) lastWasRule = false
    out.push(node)
  }
  return out
}

const child: fc.Arbitrary<RootContent> = fc.constantFrom<() => RootContent>(
  () => h('hr'),
  () => h('br'),
  () => ({type: 'text', value: ' \n'}),
  () => ({type: 'text', value: 'words'}),
  () => ({type: 'comment', value: 'c'}),
  () => h('p', 'text'),
  () => h('p', [h('span')]),
  () => h('div', [h('img', {src: 'a.png'})])
).map((make) => make())

describe('trimSeparators', () => {
  it('drops fillers at both ends and a rule after a rule with only filler between', () => {
    fc.assert(
      fc.property(fc.array(child, {maxLength: 12}), (children) => {
        const root: Root = {type: 'root', children}
        const expected = reference(root)
        trimSeparators(root)
        expect(root.children).toEqual(expected)
        expect(root.children.every((node, index) => node === expected[index])).toBe(true)
      }),
      {seed: 20261124, numRuns: 3000}
    )
  })

  it('keeps a rule after content, and drops one after an empty paragraph that follows a rule', () => {
    const root: Root = {type: 'root', children: [h('p', 'a'), h('hr'), h('p', [h('span')]), h('hr'), h('p', 'b'), h('hr'), h('p', 'c')]}
    trimSeparators(root)
    expect(root.children.map((node) => (node.type === 'element' ? node.tagName : node.type))).toEqual(['p', 'hr', 'p', 'p', 'hr', 'p'])
  })
})
