import {describe, expect, it} from 'vitest'
import {cleanArticle, DEFAULT_MAX_INPUT_LENGTH} from '../src/index.js'

describe('cleanArticle: contract', () => {
  it('throws a clear TypeError on non-string input', () => {
    for (const value of [undefined, null, 42, {}, [], Buffer.from('x')]) {
      expect(() => cleanArticle(value as unknown as string)).toThrow(TypeError)
    }
    expect(() => cleanArticle(42 as unknown as string)).toThrow('cleanArticle expects the article as a string, got a number')
  })

  it('throws a TypeError when options is not an object', () => {
    expect(() => cleanArticle('x', 'y' as never)).toThrow(TypeError)
  })

  it('returns the full result shape for the empty string', () => {
    expect(cleanArticle('')).toEqual({
      markdown: '',
      metadata: {
        title: null,
        url: null,
        mirrorUrl: null,
        publisher: null,
        syndicator: null,
        authors: [],
        credits: [],
        publishedAt: null,
        archivedAt: null,
        tags: [],
        categories: [],
        lang: null,
        leadImage: null,
        images: [],
        excerpt: null,
        stats: {characters: 0, paragraphs: 0, images: 0}
      },
      removed: [],
      warnings: []
    })
  })

  it('cuts input longer than maxInputLength, with a warning', () => {
    const result = cleanArticle('<p>' + 'a'.repeat(100) + '</p><p>tail</p>', {maxInputLength: 50})
    expect(result.warnings).toContainEqual({rule: 'input/max-length', message: 'input cut to 50 characters (maxInputLength)'})
    expect(result.markdown).not.toContain('tail')
    expect(DEFAULT_MAX_INPUT_LENGTH).toBe(10_000_000)
  })

  it('handles binary junk without throwing', () => {
    let junk = ''
    for (let code = 0; code < 2048; code += 7) junk += String.fromCharCode(code)
    const result = cleanArticle(junk)
    expect(typeof result.markdown).toBe('string')
    expect(result.warnings.filter((warning) => warning.rule === 'internal/error')).toEqual([])
  })

  it('turns plain text into paragraphs split at blank lines', () => {
    expect(cleanArticle('First paragraph of the story, long enough to read as prose.\n\nSecond one.').markdown).toBe(
      'First paragraph of the story, long enough to read as prose.\n\nSecond one.\n'
    )
  })

  it('joins hard-wrapped plain-text lines', () => {
    const wrapped = 'This is a long line of prose that was wrapped by a mail client\nat seventy-two characters or so.'
    expect(cleanArticle(wrapped).markdown).toBe(
      'This is a long line of prose that was wrapped by a mail client at seventy-two characters or so.\n'
    )
  })

  it('keeps Markdown bodies as Markdown, with inline HTML parsed', () => {
    expect(cleanArticle('Some *text* and <b>bold</b>.\n\n- one\n- two').markdown).toBe(
      'Some *text* and **bold**.\n\n- one\n- two\n'
    )
  })

  it('does not turn indented HTML source into code blocks', () => {
    const out = cleanArticle('Intro line with [a link](https://x.test/).\n\n    <p>indented paragraph</p>').markdown
    expect(out).not.toContain('```')
    expect(out).toContain('indented paragraph')
  })

  it('prepends front matter when asked', () => {
    const out = cleanArticle('---\ntitle: Hello\n---\n<p>Body text.</p>', {frontMatter: true}).markdown
    expect(out.startsWith('---\ntitle: "Hello"\n')).toBe(true)
    expect(out.endsWith('---\n\nBody text.\n')).toBe(true)
  })
})
