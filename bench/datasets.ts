import {fromHtml} from 'hast-util-from-html'
import {toString} from 'hast-util-to-string'
import {selectAll} from 'hast-util-select'
import {loadCorpus} from '../scripts/eval/corpus.js'

/** Names of the benchmark datasets. */
export type DatasetName = 'corpus' | '1MB' | '10MB'

/** Documents of a dataset. */
export function loadDataset(name: DatasetName): string[] {
  const corpus = loadCorpus().map((doc) => doc.input)
  if (name === 'corpus') return corpus
  return [syntheticArticle(corpus, name === '1MB' ? 1_000_000 : 10_000_000)]
}

/** One HTML article of at least `bytes` UTF-8 bytes, made by repeating corpus paragraphs in order. */
function syntheticArticle(corpus: string[], bytes: number): string {
  const paragraphs = corpus.flatMap((input) =>
    selectAll('p', fromHtml(input, {fragment: true}))
      .map((node) => toString(node).trim())
      .filter((text) => text.length >= 20)
  )
  const parts = ['<!doctype html><html lang="zh"><head><title>Synthetic</title></head><body><article><h1>Synthetic</h1>']
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const html = `<p>${escapeHtml(paragraphs[index % paragraphs.length]!)}</p>\n`
    parts.push(html)
    size += Buffer.byteLength(html)
  }
  parts.push('</article></body></html>')
  return parts.join('')
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}
