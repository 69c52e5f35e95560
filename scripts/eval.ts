/**
 * `npm run eval`: clean every corpus file and seed, print the quality table,
 * the debris markers left and the files with the lowest retention, and write
 * them to `docs/quality.md`. Exits 1 when any file errored.
 */
import {writeFileSync} from 'node:fs'
import {loadCorpus, repoPath} from './eval/corpus.js'
import {qualityDocument} from './eval/quality-doc.js'
import {lowestRetention, qualityTable, topMarkers} from './eval/report.js'
import {scoreDocument} from './eval/score.js'

const scores = loadCorpus().map(scoreDocument)
const sections = {
  table: qualityTable(scores),
  markers: topMarkers(scores),
  lowest: lowestRetention(scores)
}
console.log(`${sections.table}\n\nTop debris markers left:\n${sections.markers}\n\nMost body paragraphs lost:\n${sections.lowest}`)
writeFileSync(repoPath('docs', 'quality.md'), qualityDocument(sections))
const errors = scores.filter((score) => score.error)
if (errors.length > 0) {
  console.error(`\n${errors.length} file(s) errored: ${errors.map((score) => score.path).join(', ')}`)
  process.exitCode = 1
}
