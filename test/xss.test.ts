import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import type {CleanOptions, CleanResult} from '../src/types.js'
import {isScriptLikeUrl, renderDangerously, unsafeParts} from './helpers/render.js'
import {allVectorCount, frontMatterVectors, htmlVectors, markdownVectors, scriptUrls} from './xss-vectors.js'

function asHtmlBody(vector: string): string {
  return `<p>Some article text here.</p>\n${vector}\n<p>More article text.</p>`
}

function asMarkdownBody(vector: string): string {
  return `Some *article* text here.\n\n${vector}\n\nMore article text.\n`
}

/** Problems in the rendered Markdown and in the metadata of one result. */
function problemsOf(result: CleanResult, options: CleanOptions = {}): string[] {
  // A front-matter-aware renderer skips the YAML block; it is checked as data below.
  const body = options.frontMatter ? result.markdown.replace(/^---\n[\s\S]*?\n---\n/, '') : result.markdown
  const problems = unsafeParts(renderDangerously(body), {allowDataImages: options.allowDataImages})
  const meta = result.metadata
  const urls = [meta.url, meta.mirrorUrl, meta.leadImage, ...meta.images.map((image) => image.src)]
  for (const url of urls) if (url !== null && isScriptLikeUrl(url)) problems.push(`metadata url ${url}`)
  return problems
}

const optionSets: Array<[string, CleanOptions]> = [
  ['defaults', {}],
  ['anchors restore + data images + front matter', {anchors: 'restore', allowDataImages: true, frontMatter: true}]
]

describe('XSS vectors', () => {
  it('has at least 100 vectors', () => {
    expect(allVectorCount).toBeGreaterThanOrEqual(100)
  })

  for (const [label, options] of optionSets) {
    describe(label, () => {
      it.each(htmlVectors)('HTML body: %s', (vector) => {
        expect(problemsOf(cleanArticle(asHtmlBody(vector), options), options)).toEqual([])
        expect(problemsOf(cleanArticle(vector, options), options)).toEqual([])
      })

      it.each(htmlVectors)('HTML inside a Markdown body: %s', (vector) => {
        expect(problemsOf(cleanArticle(asMarkdownBody(vector), options), options)).toEqual([])
      })

      it.each(markdownVectors)('Markdown body: %s', (vector) => {
        expect(problemsOf(cleanArticle(asMarkdownBody(vector), options), options)).toEqual([])
        expect(problemsOf(cleanArticle(vector, options), options)).toEqual([])
      })

      it.each(scriptUrls)('script URL in every link and image position: %s', (url) => {
        const quoted = url.replaceAll('"', '&quot;')
        const inputs = [
          asHtmlBody(`<p><a href="${quoted}">link</a> <img src="${quoted}" alt="i"></p>`),
          asHtmlBody(`<p><span href="${quoted}">neutralized</span></p>`),
          asHtmlBody(`<figure><img src="${quoted}"><figcaption>cap</figcaption></figure>`),
          asMarkdownBody(`[link](${url.replaceAll(' ', '%20')}) ![i](${url.replaceAll(' ', '%20')})`),
          asMarkdownBody(`[link][r]\n\n[r]: <${url}>`),
          asMarkdownBody(`<${url}>`),
          `[Title](${url})\n\n----\n\nBody text of the article.\n`,
          `---\ntitle: T\nurl: ${JSON.stringify(url)}\nimage: ${JSON.stringify(url)}\n---\n\nBody text.\n`
        ]
        for (const input of inputs) {
          expect(problemsOf(cleanArticle(input, options), options), input).toEqual([])
        }
      })

      it.each(frontMatterVectors)('front matter: %s', (line) => {
        const input = `---\n${line}\n---\n\n<p>Body text of the article.</p>\n`
        const result = cleanArticle(input, options)
        expect(problemsOf(result, options)).toEqual([])
        const mdInput = `---\n${line}\n---\n\nBody *text* of the article.\n`
        expect(problemsOf(cleanArticle(mdInput, options), options)).toEqual([])
      })
    })
  }

  it('keeps data:image URLs on images only when allowDataImages is set', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const input = `<p>Text of the article.</p><p><img src="${png}" alt="dot"></p>`
    expect(cleanArticle(input).markdown).not.toContain('data:')
    expect(cleanArticle(input, {allowDataImages: true}).markdown).toContain(`![dot](${png})`)
  })

  it('keeps the text of a neutralized script link and drops the URL', () => {
    const result = cleanArticle('<p>Read <span href="javascript:alert(1)">the report</span> now.</p>')
    expect(result.markdown).toBe('Read the report now.\n')
  })
})
