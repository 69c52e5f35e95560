/**
 * `npx tsx scripts/eval/lost.ts FILE…`: print the body paragraphs of each
 * file that the cleaned output lost, and the debris markers it kept: the
 * detail behind one row of `npm run eval`.
 */
import {readFileSync} from 'node:fs'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toString} from 'mdast-util-to-string'
import {cleanArticle} from '../../src/index.js'
import {findDebrisMarkers} from './markers.js'
import {extractBodyParagraphs, squash} from './paragraphs.js'

for (const path of process.argv.slice(2)) {
  const input = readFileSync(path, 'utf8')
  const result = cleanArticle(input)
  const text = squash(toString(fromMarkdown(result.markdown)))
  const lost = extractBodyParagraphs(input).filter((paragraph) => !text.includes(paragraph))
  console.log(`== ${path}: ${lost.length} lost; markers: ${findDebrisMarkers(result.markdown).join(', ') || 'none'}`)
  for (const paragraph of lost) console.log(`  - ${paragraph.slice(0, 160)}`)
}
