import {Readability} from '@mozilla/readability'
import {Defuddle} from 'defuddle/node'
import {fromHtml} from 'hast-util-from-html'
import {parseHTML} from 'linkedom'
import TurndownService from 'turndown'
import {builtPackage} from './built-package.js'

const {cleanArticle} = await builtPackage()

/** Names of the benchmarked converters. */
export const COMPETITORS = ['parse-only', 'cleanArticle', 'readability+turndown', 'defuddle'] as const

/** A benchmarked converter. */
export type CompetitorName = (typeof COMPETITORS)[number]

const turndown = new TurndownService({headingStyle: 'atx', codeBlockStyle: 'fenced'})

/** A full HTML document around `input` (corpus files are HTML fragments or Markdown with HTML). */
function asDocument(input: string): string {
  return /^\s*<!doctype|^\s*<html/i.test(input) ? input : `<!doctype html><html><head><title></title></head><body>${input}</body></html>`
}

/** The converter: input text → Markdown (or, for parse-only, a tree). Defuddle's is async. */
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
    case 'defuddle':
      // `defuddle/node` on a linkedom document, with Defuddle's own Markdown
      // converter (`markdown: true`); `useAsync: false` so no extractor may fetch.
      return async (input) => {
        const {document} = parseHTML(asDocument(input))
        const result = await Defuddle(document as unknown as Parameters<typeof Defuddle>[0], 'https://example.com/', {markdown: true, useAsync: false})
        return result.content
      }
  }
}
