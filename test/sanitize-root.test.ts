import fc from 'fast-check'
import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import rehypeSanitize from 'rehype-sanitize'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {articleSchema, isFlatRecord, rehypeArticleSanitize, sanitizeRoot} from '../src/plugins/sanitize.js'

const HTML = ['<p>a<script>x</script></p>', '<img src="javascript:x" onerror="y"><img src="https://x.test/a.png" alt="b">',
  '<a href="https://x.test" onclick="z">l</a>', '<figure><img src="data:image/png;base64,AA"><figcaption>c</figcaption></figure>',
  '<div><iframe src="https://x.test"></iframe>t</div>', '<!-- c --><b>bold</b>']
const data = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(fc.string({maxLength: 4}), fc.oneof(fc.boolean(), fc.integer(), fc.string({maxLength: 3}), fc.constant(null), fc.constant(undefined)), {maxKeys: 3}),
  fc.record({quirksMode: fc.boolean(), nested: fc.record({a: fc.integer()})})
)

describe('sanitizeRoot', () => {
  it('gives what the sanitizer gives, key order included, and leaves the input alone', () => {
    const plain = rehypeSanitize(articleSchema()) as unknown as (tree: Root) => Root
    fc.assert(fc.property(fc.array(fc.constantFrom(...HTML), {maxLength: 4}), data, fc.boolean(), (parts, value, withPosition) => {
      const make = (): Root => {
        const tree = fromHtml(parts.join(''), {fragment: true})
        if (value === undefined) delete tree.data
        else tree.data = structuredClone(value) as Root['data']
        if (!withPosition) delete tree.position
        return tree
      }
      const expected = plain(make())
      const input = make()
      const before = JSON.stringify(input)
      const actual = sanitizeRoot(input, plain)
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
      expect(actual.data).toEqual(expected.data)
      expect(JSON.stringify(input)).toBe(before)
      if (input.data !== undefined) expect(actual.data).not.toBe(input.data)
    }), {numRuns: 300})
  })

  it('restores the input data when the sanitizer throws', () => {
    const tree: Root = {type: 'root', children: [], data: {quirksMode: true} as Root['data']}
    const data = tree.data
    expect(() => sanitizeRoot(tree, () => { throw new Error('boom') })).toThrow('boom')
    expect(tree.data).toBe(data)
  })
})

describe('isFlatRecord', () => {
  it('accepts plain objects of primitives only', () => {
    expect(isFlatRecord({})).toBe(true)
    expect(isFlatRecord({quirksMode: false, n: 1, s: 'x', u: undefined, z: null, b: 1n})).toBe(true)
    expect(isFlatRecord(Object.assign(Object.create(null) as object, {a: 1}))).toBe(true)
    expect(isFlatRecord({a: {}})).toBe(false)
    expect(isFlatRecord({a: []})).toBe(false)
    expect(isFlatRecord({a: () => 1})).toBe(false)
    expect(isFlatRecord({a: Symbol('s')})).toBe(false)
    expect(isFlatRecord({[Symbol('k')]: 1})).toBe(false)
    expect(isFlatRecord(Object.defineProperty({}, 'g', {get: () => 1, enumerable: true}))).toBe(false)
    expect(isFlatRecord(Object.defineProperty({}, 'h', {value: 1, enumerable: false}))).toBe(false)
    expect(isFlatRecord(new Date())).toBe(false)
    expect(isFlatRecord(new (class A { x = 1 })())).toBe(false)
  })
})

describe('rehypeArticleSanitize shared schema', () => {
  it('gives the same on every run and leaves articleSchema() fresh and mutable', () => {
    const run = (allowDataImages: boolean) => {
      const tree = fromHtml(HTML.join(''), {fragment: true})
      return JSON.stringify(unified().use(rehypeArticleSanitize, {allowDataImages}).runSync(tree))
    }
    expect(run(false)).toBe(run(false))
    expect(run(true)).toBe(run(true))
    expect(run(true)).not.toBe(run(false))
    const schema = articleSchema()
    expect(Object.isFrozen(schema)).toBe(false)
    schema.tagNames!.push('marquee')
    expect(articleSchema().tagNames).not.toContain('marquee')
    expect(run(false)).not.toContain('marquee')
  })
})
