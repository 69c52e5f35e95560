import fc from 'fast-check'
import type {Element, ElementContent, Root, RootContent} from 'hast'
import {h} from 'hastscript'
import {describe, expect, it} from 'vitest'
import type {Rule} from '../src/index.js'
import {preorderIndex} from '../src/plugins/strip-boilerplate.js'
import {holdsContent} from '../src/plugins/strip-boilerplate/report-text.js'
import {collapseSpace, hasVisibleText, normalizeText} from '../src/plugins/strip-boilerplate/normalize-text.js'
import {locationMatches, ruleApplies, toLocation, type SourceLocation} from '../src/plugins/strip-boilerplate/rule-hosts.js'
import {activeRules, hostNeedles, mayBeOnHosts} from '../src/plugins/strip-boilerplate/source-locations.js'

/** Strings mixing the characters the whitespace class cares about with ordinary ones. */
const spacy = fc
  .array(fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u3000', '\u200b', '\u200d', '\u2060', '\ufeff', '\u2028', 'a', '字', '.', '\u200e'), {maxLength: 12})
  .map((chars) => chars.join(''))

describe('hasVisibleText', () => {
  it('answers as normalizeText(text) !== \'\' does', () => {
    fc.assert(
      fc.property(fc.oneof(spacy, fc.string(), fc.string({unit: 'binary'})), (text) => {
        expect(hasVisibleText(text)).toBe(normalizeText(text) !== '')
      }),
      {seed: 20261124, numRuns: 3000}
    )
  })
})

/** URL-like strings: mixed case, userinfo, ports, IPs, escapes, non-ASCII look-alikes of hosts. */
const HOST_PARTS = ['feedx', 'fe%65dx', 'fe\tedx', 'FEE\nDX', 'FeedX', 'net', 'Net', 'a-b', 'voa', 'xn--fiq228c', '127', '0x7f', '1', '', '%65', 'ｆｅｅｄｘ', '例子']
const host = fc
  .tuple(fc.array(fc.constantFrom(...HOST_PARTS), {minLength: 1, maxLength: 4}), fc.constantFrom('.', '.', '。', '．'))
  .map(([labels, dot]) => labels.join(dot))
const urlish: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'HTTPS://', '//', ' http://', 'ftp://', '\thttp://', 'http:/', 'http:////', 'https://\\', 'http://\n/', 'x //'),
    fc.constantFrom('', 'user@', 'u:p@', 'a/b@', 'a?@', 'ü@', 'feedx.net@'),
    host,
    fc.constantFrom('', '.', ':8080', ':x'),
    fc.constantFrom('', '/', '/path/to', '/Path?q=feedx.net#x', '\n/a', '\\feedx.net', '#//feedx.net', '?//voa')
  )
  .map((parts) => parts.join(''))
const needle = fc.constantFrom('feedx.net', 'a-b.net', 'voa', 'net', 'b.net', 'xn--fiq228c.net', '127.0.0.1', '1.1', '0x7f.1', '例子.net', 'FEEDX.NET')

describe('mayBeOnHosts', () => {
  it('never turns away a URL whose parsed location is on one of the plain hosts', () => {
    fc.assert(
      fc.property(urlish, fc.array(needle, {minLength: 1, maxLength: 3}), (url, entries) => {
        const rules: Rule[] = [{id: 'test/hosts', description: 'hosts', hosts: entries}]
        const needles = hostNeedles(rules)
        if (needles === null) return
        const location = toLocation(url)
        const onHosts = location !== null && entries.some((entry) => locationMatches(location, entry))
        if (onHosts) expect(mayBeOnHosts(url, needles)).toBe(true)
      }),
      {seed: 20261124, numRuns: 5000}
    )
  })

  it('gives no needles (parse everything) when a host is not a plain name', () => {
    expect(hostNeedles([{id: 'a', description: 'a', hosts: ['Feedx.net/path', 'voa', 'feedx.NET']}])).toEqual(['feedx.net', 'voa'])
    for (const entry of ['127.0.0.1', '例子.net', '[::1]', 'a_b.net']) {
      expect(hostNeedles([{id: 'a', description: 'a', hosts: ['feedx.net', entry]}]), entry).toBeNull()
    }
  })
})

/** The reference: every distinct location parsed, each rule checked against all of them. */
function referenceActive(rules: readonly Rule[], tree: Root, url: string | undefined): Rule[] {
  const locations: SourceLocation[] = []
  const values: unknown[] = [url]
  const stack: Array<Root | RootContent> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element') values.push(node.properties.href, node.properties.src)
    if (node.type === 'element' || node.type === 'root') stack.push(...node.children)
  }
  for (const value of values) {
    const location = typeof value === 'string' ? toLocation(value) : null
    if (location) locations.push(location)
  }
  return rules.filter((rule) => ruleApplies(rule, locations))
}

/** A page's URLs: a few distinct ones, repeated and with other paths (a page's links mostly share a few hosts). */
const pageUrls: fc.Arbitrary<string[]> = fc.oneof(
  fc.array(urlish, {maxLength: 6}),
  fc.array(urlish, {minLength: 1, maxLength: 3}).chain((pool) =>
    fc.array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom('', '/p', '/path', '?q=1', '#f')).map(([url, tail]) => url + tail), {maxLength: 10})
  )
)

describe('activeRules', () => {
  it('keeps the same rules, in order, as checking every location against every rule', () => {
    const ruleArb = fc.record({
      id: fc.constantFrom('r/a', 'r/b', 'r/c'),
      description: fc.constant('test'),
      hosts: fc.option(fc.array(fc.oneof(needle, needle.map((entry) => `${entry}/path`)), {maxLength: 3}), {nil: undefined})
    })
    fc.assert(
      fc.property(fc.array(ruleArb, {maxLength: 5}), pageUrls, fc.option(urlish, {nil: undefined}), (rules, urls, url) => {
        const tree: Root = {type: 'root', children: [h('div', urls.map((href, index) => (index % 2 ? h('img', {src: href}) : h('a', {href}, 'x'))))]}
        expect(activeRules(rules, tree, url, null)).toEqual(referenceActive(rules, tree, url))
      }),
      {seed: 20261124, numRuns: 2000}
    )
  })

  it('reads every URL on a host a rule names, not only the first (a path entry may match a later one)', () => {
    const rules: Rule[] = [
      {id: 'r/path', description: 'test', hosts: ['feedx.net/path']},
      {id: 'r/other', description: 'test', hosts: ['voa.test']}
    ]
    const page = (hrefs: string[]): Root => ({type: 'root', children: [h('div', hrefs.map((href) => h('a', {href}, 'x')))]})
    const urls = ['https://example.test/a', 'https://example.test/b', 'https://feedx.net/', 'https://feedx.net/other', 'https://feedx.net/path/x']
    expect(activeRules(rules, page(urls), undefined, null).map((rule) => rule.id)).toEqual(['r/path'])
    expect(activeRules(rules, page(urls.slice(0, 4)), undefined, null)).toEqual([])
  })
})

describe('collapseSpace', () => {
  it('gives what replacing every whitespace run with one space gives', () => {
    fc.assert(
      fc.property(fc.oneof(spacy, fc.string(), fc.string({unit: 'binary'})), (text) => {
        expect(collapseSpace(text)).toBe(text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' '))
      }),
      {seed: 20261124, numRuns: 3000}
    )
  })
})

/** Small trees of elements and text. */
const tree: fc.Arbitrary<Root> = fc
  .letrec((tie) => ({
    node: fc.oneof({depthSize: 'small', withCrossShrink: true}, fc.constant('t').map((value) => ({type: 'text' as const, value})), tie('element')),
    element: fc.array(tie('node'), {maxLength: 4}).map((children) => h('div', children as ElementContent[]))
  }))
  .element.map((element) => ({type: 'root', children: [element as Element]}))

describe('preorderIndex', () => {
  it('gives the wanted nodes the positions a full preorder walk gives them', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.nat(), {maxLength: 5}), (root, picks) => {
        const all: unknown[] = []
        const stack: Array<Root | RootContent> = [root]
        while (stack.length > 0) {
          const node = stack.pop()!
          all.push(node)
          if (node.type === 'element' || node.type === 'root') stack.push(...[...node.children].reverse())
        }
        const wanted = new Set(picks.map((pick) => all[pick % all.length]))
        const order = preorderIndex(root, wanted)
        expect([...order.keys()].length).toBe(wanted.size)
        for (const node of wanted) expect(order.get(node)).toBe(all.indexOf(node))
      }),
      {seed: 20261124, numRuns: 1000}
    )
  })
})

describe('collapseSpace on every UTF-16 code unit', () => {
  it('treats each code unit, alone and doubled, as the whitespace class does', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      for (const text of [char, `a${char}${char}b`]) expect(collapseSpace(text)).toBe(text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' '))
    }
  })
})

/** Small trees of text (visible or blank), images, opaque elements and wrappers. */
const contentTree: fc.Arbitrary<ElementContent> = fc.letrec((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    fc.constantFrom('t', ' ', '\u200b').map((value): ElementContent => ({type: 'text', value})),
    fc.constantFrom('img', 'br').map((tag) => h(tag) as ElementContent),
    fc.array(tie('node'), {maxLength: 3}).map((children) => h('script', children as ElementContent[]) as ElementContent),
    fc.array(tie('node'), {maxLength: 4}).map((children) => h('div', children as ElementContent[]) as ElementContent)
  )
})).node

/** The definition: some node reached without passing through `skip` or an opaque element is visible text or an image. */
function holdsContentByDefinition(node: ElementContent, skip: ReadonlySet<unknown>, top: boolean): boolean {
  if (!top && skip.has(node)) return false
  if (node.type === 'text') return hasVisibleText(node.value)
  if (node.type !== 'element' || node.tagName === 'script') return false
  if (node.tagName === 'img') return true
  return node.children.some((child) => holdsContentByDefinition(child, skip, false))
}

describe('holdsContent', () => {
  it('answers as its definition does, with and without skipped nodes', () => {
    fc.assert(
      fc.property(fc.array(contentTree, {maxLength: 3}), fc.array(fc.nat(), {maxLength: 3}), (nodes, picks) => {
        const all: ElementContent[] = []
        const collect = (node: ElementContent) => {
          all.push(node)
          if (node.type === 'element') node.children.forEach(collect)
        }
        nodes.forEach(collect)
        const skip = new Set(all.length === 0 ? [] : picks.map((pick) => all[pick % all.length]))
        expect(holdsContent(nodes, skip)).toBe(nodes.some((node) => holdsContentByDefinition(node, skip, true)))
      }),
      {seed: 20261124, numRuns: 3000}
    )
  })
})
