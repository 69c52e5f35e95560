import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {padsLinesLikeAConverter} from '../src/tree/converter-breaks.js'

/** A WeChat export's shape: every line, blank ones too, padded with two spaces. */
const EXPORTED = [
  '#  标题在这里  ',
  '  ',
  '近日，研究团队披露了一组漏洞攻击链，命名为“**PerfektBlue**  ',
  '”。该攻击链影响广泛，涵盖超**3.5亿辆汽车**  ',
  '，波及众多品牌。  ',
  '  ',
  'The team calls it **PerfektBlue**  ',
  'and says the **fix**  ',
  '. is hard.  ',
  '  ',
  '第三段内容，这里是很长的一段正文内容。  ',
  '  '
].join('\n')

describe('padsLinesLikeAConverter', () => {
  it.each([
    ['every paragraph end padded, blank lines too', EXPORTED, true],
    ['the same with CRLF line endings', EXPORTED.replaceAll('\n', '\r\n'), true],
    ['a writer\'s deliberate hard breaks inside paragraphs', 'Roses are red  \nViolets are blue\n\nSugar is sweet  \nAnd so are you\n\nThe end.\n', false],
    ['two padded ends are not enough', 'a  \n\nb  \n\nc\n', false],
    ['fewer than half of the ends padded', 'a  \n\nb  \n\nc  \n\nd\n\ne\n\nf\n\ng\n', false],
    ['no blank lines at all', 'a  \nb  \nc  \nd  \n', false]
  ])('%s', (_, markdown, expected) => {
    expect(padsLinesLikeAConverter(markdown)).toBe(expected)
  })
})

describe('a converter\'s padded hard breaks', () => {
  it('join the text they cut (next to CJK or punctuation, no space; between words, a space), paragraphs kept', () => {
    const {markdown} = cleanArticle(EXPORTED)
    expect(markdown).toBe(
      '近日，研究团队披露了一组漏洞攻击链，命名为“**PerfektBlue**”。该攻击链影响广泛，涵盖超**3.5亿辆汽车**，波及众多品牌。\n\n' +
      'The team calls it **PerfektBlue** and says the **fix**. is hard.\n\n' +
      '第三段内容，这里是很长的一段正文内容。\n'
    )
    expect(cleanArticle(markdown).markdown).toBe(markdown)
  })

  it('still split paragraphs in Markdown that does not pad its lines', () => {
    const {markdown} = cleanArticle('第一行文字，这里是很长的一段正文内容。  \n第二行文字，这里是很长的一段正文内容。\n')
    expect(markdown).toBe('第一行文字，这里是很长的一段正文内容。\n\n第二行文字，这里是很长的一段正文内容。\n')
  })
})

describe('a converter\'s output, generated', () => {
  /** Pieces a WeChat export's lines are made of: CJK text and punctuation, Latin words, emphasis, quotes, links. */
  const piece = fc.constantFrom('研究团队', '披露了', '，', '。', '“', '”', 'Blue SDK', 'word', '**', '*', '2025', '[链接](https://a.example/x)', '![](https://a.example/i.png)', '# ', '- ', '> ', ' ')
  const line = fc.array(piece, {maxLength: 8}).map((pieces) => pieces.join(''))
  // Each line carries its number, so no two lines repeat (a repeated first line is a title and its copy, another matter).
  const document = fc.array(line, {minLength: 3, maxLength: 16}).map((lines) => lines.map((text, index) => `${text}第${index}行  `).join('\n'))

  it('cleans to Markdown that cleans to itself', () => {
    fc.assert(fc.property(document, (markdown) => {
      const once = cleanArticle(markdown).markdown
      expect(cleanArticle(once).markdown).toBe(once)
    }), {seed: 20261124, numRuns: 300})
  })
})
