import fc from 'fast-check'
import {fromHtml} from 'hast-util-from-html'
import {toString} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import {readBodyMetadata} from '../src/metadata/body-metadata.js'
import {parseCreditLine} from '../src/metadata/credit-line.js'
import {findDate} from '../src/date/parse-date.js'
import {ScriptCounts, detectLang} from '../src/metadata/detect-lang.js'
import {bodyStats, codePointLength, makeExcerpt, splitSentences, textCharacters} from '../src/metadata/excerpt.js'
import {leafBlockTexts, leafBlocks} from '../src/metadata/leaf-blocks.js'
import {collapseWhitespace, countNonWhitespaceCodePoints, hasNonWhitespace, isCollapsed, isWhitespaceCode, mayHoldDate} from '../src/metadata/text.js'

/** Strings rich in whitespace of every kind, surrogate halves and CJK. */
const PIECES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', 'a', 'Zz', '中文',
  '\ud83d\ude00', '\ud83d', '\ude00', '。', '编辑：', '文|', 'By ']
const messy = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({maxLength: 4})), {maxLength: 12}).map((parts) => parts.join(''))

/** The definitions the helpers replace. */
function referenceCount(text: string): number {
  const kept = text.replace(/\s/gu, '')
  let count = kept.length
  for (let index = 0; index < kept.length - 1; index++) {
    const code = kept.charCodeAt(index)
    const next = kept.charCodeAt(index + 1)
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      count--
      index++
    }
  }
  return count
}

describe('metadata whitespace helpers', () => {
  it('isWhitespaceCode is \\s for every BMP code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      expect(isWhitespaceCode(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)))
    }
  })

  it('collapseWhitespace equals replace(/\\s+/g, " ").trim()', () => {
    fc.assert(fc.property(messy, (text) => collapseWhitespace(text) === text.replace(/\s+/g, ' ').trim()), {numRuns: 2000})
    expect(collapseWhitespace(' a')).toBe('a')
    expect(collapseWhitespace('a ')).toBe('a')
    expect(collapseWhitespace('a  b')).toBe('a b')
    expect(collapseWhitespace('a\u3000b')).toBe('a b')
    expect(collapseWhitespace(' ')).toBe('')
  })

  it('isCollapsed tells exactly the texts collapsing leaves as they are', () => {
    const reference = (text: string): boolean => text === text.replace(/\s+/g, ' ').trim()
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`
      expect(isCollapsed(text), code.toString(16)).toBe(reference(text))
    }
    fc.assert(fc.property(messy, (text) => isCollapsed(text) === reference(text)), {numRuns: 2000})
    for (const text of ['', ' ', 'a', ' a', 'a ', 'a  b', 'a b']) expect(isCollapsed(text), JSON.stringify(text)).toBe(reference(text))
  })

  it('hasNonWhitespace equals trim() !== ""', () => {
    fc.assert(fc.property(messy, (text) => hasNonWhitespace(text) === (text.trim() !== '')), {numRuns: 2000})
  })

  it('countNonWhitespaceCodePoints counts code points without whitespace', () => {
    fc.assert(fc.property(messy, (text) => countNonWhitespaceCodePoints(text) === referenceCount(text)), {numRuns: 2000})
    // A pair split by whitespace joins once the whitespace is gone.
    expect(countNonWhitespaceCodePoints('\ud83d \ude00')).toBe(1)
    expect(countNonWhitespaceCodePoints('\ud83d\ud83d\ude00')).toBe(2)
    expect(countNonWhitespaceCodePoints('\ude00\ud83d')).toBe(2)
  })
})

describe('parseCreditLine prefilter', () => {
  it('leading and inner whitespace do not change the result', () => {
    const line = fc.tuple(fc.constantFrom('', ' ', '\u3000', '\n '), fc.constantFrom('编辑', '文', '图', 'By', '记者', 'x'),
      fc.constantFrom('：', '|', ' ', '/'), fc.constantFrom('张三', 'A B', '新华社', '张三。', ''))
      .map(([pad, label, sep, names]) => `${pad}${label}${sep}${names}`)
    fc.assert(fc.property(line, (text) => {
      expect(parseCreditLine(text)).toEqual(parseCreditLine(text.replace(/\s+/g, ' ').trim()))
    }), {numRuns: 500})
    expect(parseCreditLine(' \u3000编辑：张三')).toEqual([{role: 'editor', name: '张三'}])
    expect(parseCreditLine('  ')).toBeNull()
    expect(parseCreditLine(' 张三：编辑')).toBeNull()
  })
})

describe('leaf blocks', () => {
  const html = fc.array(fc.constantFrom('<p>a  b</p>', '<p>x<br>\n y <br><img src="i.png"><br> </p>', '<div><p>in</p> tail</div>',
    '<figure><img src="f.png"><figcaption>cap</figcaption></figure>', '<p><!-- c -->z<b> w </b></p>', '<li>one</li>',
    '<table><tr><td>t</td></tr></table>', '<p>Sentence one. Two!</p>', '<p>中文。句子</p>', '<section> </section>'),
  {maxLength: 8}).map((parts) => parts.join(''))

  it('block and line texts are the collapsed text of their children', () => {
    fc.assert(fc.property(html, (source) => {
      const tree = fromHtml(source, {fragment: true})
      const blocks = leafBlocks(tree)
      expect(leafBlockTexts(tree).map((b) => [b.node, b.text])).toEqual(blocks.map((b) => [b.node, b.text]))
      for (const block of blocks) {
        expect(block.text).toBe(toString(block.node).replace(/\s+/g, ' ').trim())
        for (const line of block.lines) {
          const text = block.node.children.slice(line.start, line.end).map((child) => toString(child)).join('')
          expect(line.text).toBe(text.replace(/\s+/g, ' ').trim())
        }
      }
    }), {numRuns: 300})
  })

  it('leafBlockTexts takes the text of each block still as it was read, after removals, and reads the others', () => {
    const paragraphs = fc.array(fc.constantFrom('<p>a</p>', '<p>b <i>c</i></p>', '<div><p>d</p><p>e</p></div>', '<li>f</li>'), {maxLength: 40})
    // Each block: 0 keep, 1 remove (a `<div>` whose paragraphs all go becomes a new leaf block), 2 replace its children.
    const edits = fc.array(fc.integer({min: 0, max: 2}), {maxLength: 40})
    fc.assert(fc.property(paragraphs, edits, (parts, actions) => {
      const tree = fromHtml(parts.join(''), {fragment: true})
      const known = leafBlocks(tree)
      known.forEach((block, index) => {
        const action = actions[index] ?? 0
        const siblings = block.parent.children
        if (action === 1) siblings.splice(siblings.indexOf(block.node), 1)
        else if (action === 2) block.node.children = [{type: 'text', value: `new ${index}`}]
      })
      // Marked texts show which blocks were taken from `known` rather than read again.
      known.forEach((block, index) => {
        block.text = `known ${index}`
      })
      const expected = leafBlockTexts(tree).map(({node, text}) => {
        const before = known.find((block) => block.node === node && block.children === node.children)
        return [node, before ? before.text : text]
      })
      expect(leafBlockTexts(tree, known).map((b) => [b.node, b.text])).toEqual(expected)
    }), {numRuns: 500})
  })

  it('leafBlockTexts still finds earlier blocks after a long run of them was removed', () => {
    const tree = fromHtml(Array.from({length: 12}, (_, index) => `<p>p${index}</p>`).join(''), {fragment: true})
    const known = leafBlocks(tree)
    known.forEach((block, index) => {
      block.text = `known ${index}`
    })
    tree.children.splice(0, 9)
    expect(leafBlockTexts(tree, known).map((block) => block.text)).toEqual(['known 9', 'known 10', 'known 11'])
  })

  it('bodyStats and makeExcerpt give the same with or without precomputed blocks', () => {
    fc.assert(fc.property(html, (source) => {
      const tree = fromHtml(source, {fragment: true})
      const blocks = leafBlockTexts(tree)
      expect(bodyStats(tree, 3, blocks)).toEqual(bodyStats(tree, 3))
      expect(makeExcerpt(tree, blocks)).toBe(makeExcerpt(tree))
      const characters = referenceCount(toString(tree))
      expect(bodyStats(tree, 0).characters).toBe(characters)
    }), {numRuns: 300})
  })
})

describe('ScriptCounts', () => {
  const piece = fc.oneof(fc.constantFrom('这国会', '這國會', 'ひらがな', '한국어', 'The quick fox', ' ', '\u4dc0', '\u3400', '中', '\u3000', ''),
    fc.string({maxLength: 6}), fc.string({unit: 'binary', maxLength: 4}))
  it('counts pieces as detectLang counts their concatenation', () => {
    fc.assert(fc.property(fc.array(piece, {maxLength: 12}), (pieces) => {
      const counts = new ScriptCounts()
      for (const p of pieces) counts.add(p)
      const joined = pieces.join('')
      expect(counts.lang()).toBe(detectLang(joined))
      expect(counts.ideographs).toBe(/[\u3400-\u9fff]/.test(joined))
      expect(counts.visible).toBe(joined.replace(/\s+/g, ' ').trim() !== '')
      expect(counts.characters).toBe(pieces.reduce((sum, p) => sum + referenceCount(p), 0))
    }), {numRuns: 2000})
  })
})

describe('mayHoldDate', () => {
  const PIECES_DATE = ['2020', '1', '12', '０９', '２０２０', '年', '月', '日', '二〇二〇', '〇', '-', '/', '.', ' ', ':', 'Jan', 'March',
    'Sep.', 'T', 'Z', '+08:00', '下午', '时', 'GMT', '1600000000', '1600000000000', ',', 'x', '中']
  const text = fc.array(fc.oneof(fc.constantFrom(...PIECES_DATE), fc.string({maxLength: 3})), {maxLength: 10}).map((parts) => parts.join(''))
  it('never rejects text findDate reads a date from', () => {
    let dates = 0
    fc.assert(fc.property(text, (value) => {
      const found = findDate(value, {})
      if (found !== null) dates++
      return found === null || mayHoldDate(value)
    }), {numRuns: 5000})
    expect(dates).toBeGreaterThan(10)
  })
  it('rejects text without digits or 年', () => {
    expect(mayHoldDate('March Sep. 下午 二〇二〇 GMT')).toBe(false)
    expect(findDate('March Sep. 下午 二〇二〇 GMT', {})).toBeNull()
    expect(mayHoldDate('二〇二〇年')).toBe(true)
    expect(findDate('二〇二〇年三月', {})).toBeNull()
    expect(mayHoldDate('２０２０')).toBe(true)
  })
})

describe('readBodyMetadata', () => {
  const html = fc.array(fc.constantFrom('<p>编辑：张三</p>', '<p>2020年9月1日</p>', '<p>正文第一段，很长的句子在这里。</p>', '<p>(路透社)</p>',
    '<p>Title</p>', '<p>a<br>文|AI财经社 牛耕<br>b</p>', '<p>原文链接：https://x.test/a</p>', '<div><p>in</p>tail</div>',
    '<p><a href="https://x.test/o">转载自看中国</a></p>', '<figure><img src="a.png"><figcaption>图/新华社</figcaption></figure>'),
  {maxLength: 6}).map((parts) => parts.join(''))

  it('reports removals exactly when it changes the tree', () => {
    fc.assert(fc.property(html, fc.constantFrom(null, 'Title'), (source, title) => {
      const tree = fromHtml(source, {fragment: true})
      const before = JSON.stringify(tree)
      const blocks = leafBlocks(tree)
      const charactersBefore = textCharacters(tree)
      const body = readBodyMetadata(tree, {title, timeZone: undefined}, blocks)
      // What it reports removed is exactly what left the tree.
      const removedCharacters = body.removedNodes.reduce((sum, node) => sum + textCharacters(node), 0)
      expect(charactersBefore - removedCharacters).toBe(textCharacters(tree))
      expect(body.removedNodes.length === 0).toBe(body.removed.length === 0)
      expect(body.removed.length === 0).toBe(JSON.stringify(tree) === before)
      // Texts kept from before the edit are the texts read afresh.
      expect(leafBlockTexts(tree, blocks)).toEqual(leafBlockTexts(tree))
    }), {numRuns: 500})
  })

  it('does not keep the text of a block whose children were replaced', () => {
    const tree = fromHtml('<p>old</p><p>same</p>', {fragment: true})
    const blocks = leafBlocks(tree)
    const first = blocks[0]!.node
    first.children = [{type: 'text', value: 'new'}]
    expect(leafBlockTexts(tree, blocks).map((b) => b.text)).toEqual(['new', 'same'])
  })
})

describe('splitSentences and codePointLength', () => {
  const CLOSERS = new Set(['”', '’', '」', '』', ')', '）', '"', "'"])
  /** splitSentences as first written (over code points, one character at a time). */
  function referenceSplit(text: string): string[] {
    const chars = Array.from(text)
    const out: string[] = []
    let current = ''
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i]!
      current += char
      const cjkEnd = char === '。' || char === '！' || char === '？'
      const latinEnd = (char === '.' || char === '!' || char === '?') && (i + 1 === chars.length || /\s/.test(chars[i + 1]!))
        && !(char === '.' && abbreviationAt(chars, i))
      if (!cjkEnd && !latinEnd) continue
      while (i + 1 < chars.length && CLOSERS.has(chars[i + 1]!)) current += chars[++i]
      out.push(current)
      current = ''
    }
    if (current.trim()) out.push(current)
    return out
  }
  const ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'mt', 'ave', 'no',
    'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']
  /** A full stop after an initial, a known abbreviation, or before a lower-case letter or digit ends no sentence. */
  function abbreviationAt(chars: string[], at: number): boolean {
    let word = ''
    for (let j = at - 1; j >= 0 && /^[A-Za-z]$/.test(chars[j]!); j--) word = chars[j]! + word
    if (/^[A-Z]$/.test(word) || ABBREVIATIONS.includes(word.toLowerCase())) return true
    const rest = chars.slice(at + 1).join('').trimStart()
    return /^[a-z\d]/.test(rest)
  }
  const text = fc.array(fc.oneof(fc.constantFrom('。', '！', '？', '.', '!', '?', '”', '）', "'", ' ', '\u3000', '\n', 'a', 'W', 'Jan', '5', '中',
    '\ud83d\ude00', '\ud83d', '\ude00'), fc.string({maxLength: 3})), {maxLength: 14}).map((parts) => parts.join(''))

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(splitSentences('LITTLE ROCK, Ark., Jan. 02, 2026 -- Bank OZK announced a dividend. It is up.')).toEqual(
      ['LITTLE ROCK, Ark., Jan. 02, 2026 -- Bank OZK announced a dividend.', ' It is up.'])
    expect(splitSentences('Frederick W. Kagan said so. Mr. Smith agreed. AAR CORP. (NYSE: AIR) rose.')).toEqual(
      ['Frederick W. Kagan said so.', ' Mr. Smith agreed.', ' AAR CORP. (NYSE: AIR) rose.'])
    expect(splitSentences('It ended. The next one began.')).toEqual(['It ended.', ' The next one began.'])
  })

  it('splits as the code point version did', () => {
    fc.assert(fc.property(text, (value) => {
      expect(splitSentences(value)).toEqual(referenceSplit(value))
      expect(codePointLength(value)).toBe(Array.from(value).length)
    }), {numRuns: 3000})
  })
})
