import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../src/index.js'
import {isLinkLine} from '../src/plugins/strip-boilerplate/link-line.js'
import {requiredText} from '../src/plugins/strip-boilerplate/required-text.js'
import {RuleMatcher, type RuleMatch} from '../src/plugins/strip-boilerplate/rule-matcher.js'
import type {ImageRef, Summary} from '../src/plugins/strip-boilerplate/summary.js'
import type {Rule} from '../src/types.js'

/** The rules tried one by one, each pattern run without prefilters: what {@link RuleMatcher.match} must answer. */
function referenceMatch(rules: readonly Rule[], text: string | null, summary: Summary, imageOnly: boolean): RuleMatch | null {
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!
    if (text !== null && text !== '' && (rule.maxLength === undefined || text.length <= rule.maxLength)) {
      if ((rule.removeText ?? []).some((pattern) => run(pattern, text))) return {index, kind: 'remove'}
      if ((rule.cutFrom ?? []).some((pattern) => run(pattern, text))) return {index, kind: 'cut'}
    }
    if (rule.linkLines && isLinkLine(summary, rule.linkLines)) return {index, kind: 'remove'}
    if (imageOnly && summary.images.some((image) => referenceImageMatches(rule, image))) return {index, kind: 'remove'}
  }
  return null
}

function referenceImageMatches(rule: Rule, image: ImageRef): boolean {
  let src = image.src
  try {
    src = decodeURI(src)
  } catch {
    // Kept as is.
  }
  return (rule.removeImages ?? []).some((pattern) => run(pattern, src) || run(pattern, image.alt))
}

function run(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0
  return pattern.test(text)
}

/** Lines the built-in rules drop, and some they keep. */
const LINES = [
  '免责声明：本文仅代表作者观点。', '分享到：', '返回顶部', 'Top 返回顶部', 'Copyright 2024 Foo. All Rights Reserved', '获取更多RSS：https://feedx.net/x',
  '本文网址：https://www.secretchina.com/a', '新浪声明：此消息系转载', '原文链接：https://x.org', '相关新闻', 'DW中文有Instagram！', 'Share', '下载',
  '© 2024 德国之声', 'Subscribe now', '长按识别二维码', '转载请注明出处', '未经许可不得转载', 'Feed enhanced by the Better Feed plugin', '【诚征荣誉会员】',
  '请捐助我们', 'Embed', 'https://github.com/gfw-breaker/banned-news', '海量资讯、精准解读，尽在新浪财经APP', '新浪财经自媒体联盟',
  '他说，今天天气很好。', 'The minister said on Monday.', '（本文仅代表作者个人观点）', '版权所有', 'No media source currently available'
]

/** Pieces of text every built-in pattern requires, so that generated texts often nearly match. */
const PIECES = builtinRules.flatMap((rule) => [...(rule.removeText ?? []), ...(rule.cutFrom ?? [])].flatMap((pattern) => requiredText(pattern) ?? []))

const text: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...LINES), fc.constantFrom(...PIECES), fc.constantFrom('：', ':', ' ', '©', '(', '【', '。', 'a', '1'), fc.string({maxLength: 3})), {maxLength: 4})
  .map((parts) => parts.join(''))

const LINKS = ['https://feedx.net/a', 'https://github.com/gfw-breaker/x', 'https://example.com/', '/tag/x']
const IMAGES: ImageRef[] = [
  {src: 'https://x.org/qr.png', alt: ''}, {src: 'https://www.kanzhongguo.com/kzgd/ad/1.gif', alt: ''}, {src: 'a.jpg', alt: '二维码'},
  {src: 'https://x.org/%E4%BA%8C%E7%BB%B4%E7%A0%81.png', alt: ''}, {src: 'https://x.org/%E4%ZZ.png', alt: ''}, {src: 'photo.jpg', alt: 'A photo'},
  {src: 'https://raw.githubusercontent.com/gfw-breaker/x.png', alt: ''}, {src: 'https://github.com/gfw-breaker/x/y.png', alt: ''}
]

/** A block: its normalized text (`null`: too long), its summary, and whether it is images only, as the walk computes them. */
const block: fc.Arbitrary<{text: string | null; summary: Summary; imageOnly: boolean}> = fc
  .record({
    text,
    overflow: fc.nat(9).map((value) => value === 0),
    links: fc.array(fc.constantFrom(...LINKS), {maxLength: 4}),
    extraLinks: fc.nat(1),
    longest: fc.nat(120),
    loose: fc.constantFrom('', ' | ', '分享：', ' · ', 'text'),
    images: fc.array(fc.constantFrom(...IMAGES), {maxLength: 3}),
    extraMedia: fc.nat(1),
    textless: fc.boolean()
  })
  .map(({text, overflow, links, extraLinks, longest, loose, images, extraMedia, textless}) => {
    const value = textless ? '' : text.trim()
    const summary: Summary = {
      text: value, length: value.length, overflow, loose, linkCount: links.length + extraLinks, links, longestLinkText: longest,
      images, imageCount: images.length, media: images.length + extraMedia, tested: false
    }
    const normalized = overflow ? null : value
    return {text: normalized, summary, imageOnly: normalized === '' && images.length > 0 && summary.media === images.length}
  })

/** Synthetic rules whose patterns share leading characters and lengths with one another and with the built-in ones. */
const SYNTHETIC: Rule[] = [
  {id: 't/both', description: '', removeText: [/^分享到$/], cutFrom: [/^分享/]},
  {id: 't/cut-first', description: '', cutFrom: [/^(?:相关|返回)/], maxLength: 6},
  {id: 't/any-remove', description: '', removeText: [/分享到$/], cutFrom: [/^分享/]},
  {id: 't/any-cut', description: '', removeText: [/^分享到/], cutFrom: [/分享/]},
  {id: 't/any', description: '', removeText: [/顶部$/, /^\s*Share/i], cutFrom: [/顶/], linkLines: {minLinks: 1, requireSeparator: false}},
  {id: 't/images', description: '', removeImages: [/qr/, /二维码/]},
  {id: 't/nan', description: '', removeText: [/./], maxLength: Number.NaN}
]

const rules: fc.Arbitrary<Rule[]> = fc
  .tuple(fc.shuffledSubarray([...builtinRules, ...SYNTHETIC]), fc.array(fc.option(fc.nat(60), {nil: undefined})))
  .map(([chosen, lengths]) => chosen.map((rule, index) => (lengths[index] === undefined ? rule : {...rule, maxLength: lengths[index]})))

describe('RuleMatcher', () => {
  it('finds the rule (and how it drops) that trying each rule in order finds', () => {
    fc.assert(
      fc.property(rules, fc.array(block, {minLength: 1, maxLength: 8}), (chosen, blocks) => {
        const matcher = new RuleMatcher(chosen)
        for (const {text, summary, imageOnly} of blocks) {
          expect(matcher.match(text, summary, imageOnly)).toEqual(referenceMatch(chosen, text, summary, imageOnly))
        }
      }),
      {seed: 20261127, numRuns: 3000}
    )
  })

  it('finds the first rule whose images patterns match an image', () => {
    fc.assert(
      fc.property(rules, fc.constantFrom(...IMAGES), (chosen, image) => {
        expect(new RuleMatcher(chosen).imageRule(image)).toBe(chosen.find((rule) => referenceImageMatches(rule, image)))
      }),
      {seed: 20261128, numRuns: 1000}
    )
  })

  it('drops the built-in examples', () => {
    const matcher = new RuleMatcher(builtinRules)
    const found = LINES.slice(0, 5).map((line) => {
      const summary: Summary = {text: line, length: line.length, overflow: false, loose: line, linkCount: 0, links: [], longestLinkText: 0, images: [], imageCount: 0, media: 0, tested: false}
      const match = matcher.match(line, summary, false)
      return match === null ? null : builtinRules[match.index]!.id
    })
    expect(found).toEqual(['generic/disclaimer', 'generic/share', 'generic/back-to-top', 'generic/back-to-top', 'generic/copyright'])
  })
})
