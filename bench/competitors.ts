import {Readability} from '@mozilla/readability'
import Defuddle from 'defuddle'
import {fromHtml} from 'hast-util-from-html'
import {parseHTML} from 'linkedom'
import TurndownService from 'turndown'
import {cleanArticle} from '../src/index.js'

/** Names of the benchmarked converters. */
export const COMPETITORS = ['parse-only', 'cleanArticle', 'readability+turndown', 'defuddle+turndown'] as const

/** A benchmarked converter. */
export type CompetitorName = (typeof COMPETITORS)[number]

const turndown = new TurndownService({headingStyle: 'atx', codeBlockStyle: 'fenced'})

/** A full HTML document around `input` (corpus files are HTML fragments or Markdown with HTML). */
function asDocument(input: string): string {
  return /^\s*<!doctype|^\s*<html/i.test(input) ? input : `<!doctype html><html><head><title></title></head><body>${input}</body></html>`
}

/** The converter: input text → Markdown (or, for parse-only, a tree). */
export function competitor(name: CompetitorName): (input: string) => unknown {
  switch (name) {
    case 'parse-only':
      return (input) => fromHtml(input)
    case 'cleanArticle':
      return (input) => cleanArticle(input).markdown
    case 'readability+turndown':
      return (input) => {
        const {document} = parseHTML(asDocument(input))
        const article = new Readability(document).parse()
        return turndown.turndown(article?.content ?? '')
      }
    case 'defuddle+turndown':
      // Defuddle's own `markdown: true` needs `document.implementation.createHTMLDocument`
      // (JSDOM via defuddle/node); linkedom lacks it, so its HTML output goes through turndown.
      return (input) => {
        const {document} = parseHTML(asDocument(input))
        const result = new Defuddle(document as unknown as ConstructorParameters<typeof Defuddle>[0], {url: 'https://example.com/'}).parse()
        return turndown.turndown(result.content)
      }
  }
}
