import {describe, expect, it} from 'vitest'
import {cleanArticle, DEFAULT_MAX_INPUT_LENGTH} from '../src/index.js'
import {MAX_TREE_DEPTH} from '../src/tree/html-to-hast.js'
import type {CleanResult} from '../src/types.js'
import {rawHtmlNodes} from './helpers/render.js'

/** Results only, no timings: every hostile input must give a real result. */
function clean(input: string): CleanResult {
  const result = cleanArticle(input)
  expect(result.warnings.filter((warning) => warning.rule === 'internal/error')).toEqual([])
  return result
}

describe('hostile sizes', () => {
  it('cleans a 10 MB input of many paragraphs', () => {
    const paragraph = `<p>${'段落中文 text here, '.repeat(500)}<b>end</b></p>\n`
    const input = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)).slice(0, 9_999_000)
    const result = clean(input)
    expect(result.warnings.map((warning) => warning.rule)).not.toContain('input/max-length')
    expect(result.markdown.startsWith('段落中文 text here, 段落中文')).toBe(true)
    expect(result.markdown.split('\n\n').length).toBeGreaterThan(900)
  })

  it('cleans one 5 MB line', () => {
    const result = clean(`<p>${'a'.repeat(5_000_000)}</p>`)
    expect(result.markdown).toBe('a'.repeat(5_000_000) + '\n')
  })

  it('cuts input longer than maxInputLength and warns', () => {
    expect(DEFAULT_MAX_INPUT_LENGTH).toBe(10_000_000)
    const result = clean('word '.repeat(100))
    expect(result.warnings.map((warning) => warning.rule)).not.toContain('input/max-length')
    const cut = cleanArticle('word '.repeat(100), {maxInputLength: 12})
    expect(cut.markdown).toBe('word word wo\n')
    expect(cut.warnings).toContainEqual({rule: 'input/max-length', message: 'input cut to 12 characters (maxInputLength)'})
  })

  it('cuts a default-size overflow at DEFAULT_MAX_INPUT_LENGTH', () => {
    const result = clean('x'.repeat(DEFAULT_MAX_INPUT_LENGTH + 10))
    expect(result.warnings.map((warning) => warning.rule)).toContain('input/max-length')
    expect(result.markdown).toBe('x'.repeat(DEFAULT_MAX_INPUT_LENGTH) + '\n')
  })

  // More siblings than a spread call (`push(...nodes)`) can pass as arguments.
  it('cleans 160 000 paragraphs in one <div>', () => {
    const result = clean(`<div>${'<p>x</p>'.repeat(160_000)}</div>`)
    expect(result.markdown).toBe('x\n\n'.repeat(160_000).trimEnd() + '\n')
  })

  it('cleans a run of 160 000 loose bold words', () => {
    const result = clean('<b>x</b> '.repeat(160_000))
    expect(result.markdown).toBe(`**${Array.from({length: 160_000}, () => 'x').join(' ')}**\n`)
  })

  it('cleans an element with 100 000 attributes', () => {
    const attributes = Array.from({length: 100_000}, (_, index) => `data-a${index}="v"`).join(' ')
    expect(clean(`<p ${attributes}>kept text</p>`).markdown).toBe('kept text\n')
  })
})

describe('hostile nesting', () => {
  it.each([
    ['div', '<div>'],
    ['blockquote', '<blockquote>'],
    ['span', '<span>'],
    ['table cell', '<table><tr><td>']
  ])('flattens 100 000 nested %s elements and keeps the text', (_, open) => {
    const input = `<p>before</p>${open.repeat(100_000)}deep text<p>after</p>`
    const markdown = clean(input).markdown
    expect(markdown).toContain('before')
    expect(markdown).toContain('deep text')
    expect(markdown).toContain('after')
    expect(rawHtmlNodes(markdown)).toEqual([])
  })

  it('flattens 100 000 nested <b> and keeps the text', () => {
    const result = clean(`<p>${'<b>'.repeat(100_000)}bold text${'</b>'.repeat(100_000)}</p><p>Body.</p>`)
    // A short line that is all bold is promoted to a heading.
    expect(result.markdown).toBe('## bold text\n\nBody.\n')
  })

  it('keeps text exactly at the depth cap', () => {
    const depth = MAX_TREE_DEPTH + 5
    const result = clean(`${'<div>'.repeat(depth)}<p>one</p><p>two</p>${'</div>'.repeat(depth)}`)
    expect(result.markdown).toContain('one')
    expect(result.markdown).toContain('two')
  })

  it('caps 100 000 nested Markdown quotes and lists', () => {
    for (const marker of ['>', '> ', '- ', '1. ']) {
      const result = clean(`Intro *text*.\n\n${marker.repeat(100_000)}quoted\n\nOutro *text*.\n`)
      expect(result.markdown).toContain('quoted')
      expect(result.markdown.endsWith('Outro *text*.\n')).toBe(true)
    }
  })

  it('handles 100 000 nested raw HTML elements inside Markdown', () => {
    const result = clean(`Intro *text*.\n\n${'<div>'.repeat(100_000)}deep text\n\nOutro *text*.\n`)
    expect(result.markdown).toContain('deep text')
    expect(result.markdown.startsWith('Intro *text*.')).toBe(true)
  })
})

describe('hostile shapes', () => {
  it('drops an unclosed comment and keeps the text before it', () => {
    expect(clean('<p>kept</p><!-- never closed <p>hidden</p>').markdown).toBe('kept\n')
  })

  it('drops unclosed CDATA', () => {
    // Outside SVG/MathML, CDATA is a bogus comment that ends at the first `>`.
    expect(clean('<p>kept</p><![CDATA[ never closed <p>x</p>').markdown).toBe('kept\n\nx\n')
    expect(clean('<p>kept</p><svg><![CDATA[ never closed <p>x</p>').markdown).toBe('kept\n')
  })

  it('replaces NUL and lone surrogates with U+FFFD', () => {
    const result = clean('<p>a\0b\uD800c\uDC00d</p>')
    expect(result.markdown).toBe('a\uFFFDb\uFFFDc\uFFFDd\n')
    expect(/[\uD800-\uDFFF]/.test(result.markdown)).toBe(false)
  })

  it('survives a YAML alias bomb (billion laughs) and drops the front matter', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const previous = String.fromCharCode(97 + index)
      levels.push(`${name}: &${name} [${Array(9).fill('*' + previous).join(',')}]`)
    }
    const body = '这是文章的正文，第一段讲述了事情的经过，内容足够长，是一个真正的段落。'
    const result = clean(`---\n${levels.join('\n')}\ntitle: x\n---\n\n${body}\n\n${body}\n`)
    expect(result.markdown).toContain(body)
    expect(result.markdown).not.toContain('lol')
    expect(result.warnings.map((warning) => warning.rule)).toContain('envelope/front-matter')
  })

  it('ignores __proto__, constructor and prototype keys in front matter', () => {
    const input = [
      '---',
      'title: Real title',
      '__proto__:',
      '  polluted: yes',
      'constructor:',
      '  prototype:',
      '    polluted: yes',
      'prototype:',
      '  polluted: yes',
      'tags: [a, b]',
      '---',
      '',
      'Body text.',
      ''
    ].join('\n')
    const result = clean(input)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.metadata.title).toBe('Real title')
    expect(result.markdown).toBe('Body text.\n')
    expect(JSON.stringify(result.metadata)).not.toContain('polluted')
  })

  it('falls back to escaped plain text when the pipeline fails', () => {
    const options = {
      get url(): string {
        throw new Error('boom')
      }
    }
    const result = cleanArticle('<p>First *para*</p>\n\n<p>second</p>', options)
    expect(result.warnings.map((warning) => warning.rule)).toEqual(['internal/error'])
    expect(result.markdown).toBe('\\<p>First \\*para\\*\\</p>\n\n\\<p>second\\</p>\n')
  })
})
