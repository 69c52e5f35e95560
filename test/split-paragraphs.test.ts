import fc from 'fast-check'
import type {Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import {isBlank, splitParagraphs} from '../src/markdown/split-paragraphs.js'

/** The definition: nothing left once zero-width characters go and the rest is trimmed. */
const definition = (value: string): boolean => value.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim() === ''

describe('isBlank', () => {
  it('agrees with its definition on every UTF-16 code unit, alone and around a space', () => {
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code)
      expect(isBlank(character)).toBe(definition(character))
      expect(isBlank(` ${character}\u200b`)).toBe(definition(` ${character}\u200b`))
    }
  })

  it('agrees with its definition on generated strings', () => {
    const unit = fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0', '\u200b', '\u2060', '\ufeff', '\u180e', 'a', '。', '\u2028')
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 12}), (units) => {
        const value = units.join('')
        expect(isBlank(value)).toBe(definition(value))
      }),
      {seed: 20261124, numRuns: 2000}
    )
  })
})

const text = (value: string): PhrasingContent => ({type: 'text', value})
const paragraph = (...children: PhrasingContent[]): Paragraph => ({type: 'paragraph', children})

/** Blocks as `P:` and a paragraph's text (edges trimmed by the split), or the node type. */
function shape(blocks: RootContent[]): string[] {
  return blocks.map((block) => (block.type === 'paragraph' ? `P:${block.children.map((child) => (child as {value: string}).value).join('')}` : block.type))
}

/** What each block becomes: one paragraph per line with text, anything else itself. */
function expected(blocks: RootContent[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.type !== 'paragraph') return [block.type]
    const lines: string[] = ['']
    for (const child of block.children) {
      if (child.type === 'break') lines.push('')
      else lines[lines.length - 1] += (child as {value: string}).value
    }
    return lines.map((line) => line.trim()).filter((line) => line !== '').map((line) => `P:${line}`)
  })
}

/** A paragraph as mergeText leaves it: one text per line, lines apart by breaks. */
const lines = fc.array(fc.constantFrom('a', 'b c', ' ', ' d ', ''), {maxLength: 4}).map((values) =>
  values.flatMap((value, index): PhrasingContent[] => (index === 0 ? [text(value)] : [{type: 'break'}, text(value)]))
)
const block: fc.Arbitrary<RootContent> = fc.oneof(
  {weight: 5, arbitrary: lines.map((children) => paragraph(...children))},
  {weight: 1, arbitrary: fc.constant<RootContent>({type: 'thematicBreak'})}
)

describe('splitParagraphs', () => {
  it('gives each line its own paragraph, in order, and drops empty ones, in a parent of any width', () => {
    fc.assert(
      fc.property(fc.array(block, {maxLength: 40}), fc.integer({min: 1, max: 200}), (blocks, times) => {
        const wide = Array.from({length: times}, () => structuredClone(blocks)).flat()
        const tree: Root = {type: 'root', children: structuredClone(wide)}
        splitParagraphs(tree)
        expect(shape(tree.children)).toEqual(expected(wide))
      }),
      {seed: 20261124, numRuns: 300}
    )
  })

  it('splits a paragraph in the middle of a list of single-line ones', () => {
    const tree: Root = {type: 'root', children: [paragraph(text('one')), paragraph(text('two'), {type: 'break'}, text('three')), paragraph(text(' ')), paragraph(text('four'))]}
    splitParagraphs(tree)
    expect(tree.children).toEqual([paragraph(text('one')), paragraph(text('two')), paragraph(text('three')), paragraph(text('four'))])
  })

  it('trims a line\'s edges inside the formatting there, and drops formatting left empty (not links)', () => {
    const strong = (...children: PhrasingContent[]): PhrasingContent => ({type: 'strong', children})
    const link: PhrasingContent = {type: 'link', url: 'https://x.test/', children: [text(' ')]}
    const tree: Root = {type: 'root', children: [
      paragraph(strong(text('粗体， ')), text(' ')),
      paragraph(text('a'), strong(text('  '))),
      paragraph(strong(text(' b')), link)
    ]}
    splitParagraphs(tree)
    expect(tree.children).toEqual([
      paragraph(strong(text('粗体，'))),
      paragraph(text('a')),
      paragraph(strong(text('b')), {type: 'link', url: 'https://x.test/', children: []})
    ])
  })
})
