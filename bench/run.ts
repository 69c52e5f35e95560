/**
 * `npm run bench`: time parse-only, cleanArticle, Readability+turndown and
 * Defuddle (its own Markdown output) on the corpus and on synthetic 1 MB /
 * 10 MB articles, each in a fresh child process; then cleanArticle stage by
 * stage; print and write `docs/benchmarks.md`.
 */
import {writeFileSync} from 'node:fs'
import {cpus, loadavg, totalmem} from 'node:os'
import {parseEnvelope} from '../src/envelope/parse-envelope.js'
import {repoPath} from '../scripts/eval/corpus.js'
import {loadDataset} from './datasets.js'
import type {ChildResult} from './child.js'
import {COMPETITORS} from './competitors.js'
import type {DatasetName} from './datasets.js'
import {measure, quantile, runChild} from './measure.js'
import type {StageResult} from './stages.js'

/** Hand-kept notes on the hot spots fixed (numbers from runs of this benchmark and of bench/stages.ts). */
const HISTORY = `## Hot spots (hand-kept notes)

Found with \`node --cpu-prof\` through tsx and \`bench/stages.ts\`; each fix keeps the
output byte for byte (Markdown and metadata of every corpus file and seed
compared before and after).

| where | what | before → after |
| --- | --- | --- |
| hast → mdast (\`src/markdown/to-markdown.ts\`) | hast-util-to-mdast runs hast-util-minify-whitespace, which removes every empty or whitespace-only text node with its own \`children.splice\`: quadratic in the number of siblings. The 10 MB article is ~37,000 paragraphs under one parent with emptied text between them (1.3 s of a 10 s profile). \`dropWhitespaceAfterBlocks\` removes exactly those nodes first, in one pass. | hastToMdast on 10 MB: 2.66 s → 1.43 s (1 MB: ~0.2 s, so 10 MB/1 MB went from ~13× to ~7×) |
| metadata (\`src/metadata/leaf-blocks.ts\`, \`excerpt.ts\`, \`body-metadata.ts\`) | the leaf blocks were built three times per document (body lines, excerpt, stats), each with a \`toString\` per block and again per child; the character count ran a regex per character; \`nextText\` did \`indexOf\` + \`slice\`. Now one string per child serves lines and text, excerpt and stats walk lazily without lines, code points are counted directly. | rehypeArticleMetadata on the corpus: 1.55× → 1.00× parse-only |
| boilerplate selectors (\`src/plugins/strip-boilerplate.ts\`) | 31 selectors, one \`selectAll\` (a whole-tree walk) each. Now one list per rule, and all rules as one list first (no match: one walk). Pseudo-class or invalid selectors keep the old one-by-one path and its warnings. | small: rehypeStripBoilerplate 2.1× → 1.9× parse-only (within noise); the cost is per element × selector (property-information \`find\` on every attribute test), not the walks |
| bare URL linking (\`src/markdown/to-markdown.ts\`) | the GFM autolink-literal find-and-replace walk is skipped when no text has \`http://\`, \`https://\`, \`www.\` or \`@\` (every pattern needs one) | small |
| body format (\`src/envelope/detect-format.ts\`) | a feed archive's HTML under one date line (\`日期：…\`, all of cdt-feed), and HTML whose text merely looks like Markdown (\`*\`, \`[…](…)\` inside \`<p>\`, the synthetic articles), went through remark + mdast-util-to-hast + hast-util-raw. Now text inside CommonMark HTML blocks is not taken as Markdown evidence, and one label line over HTML is read as HTML (the line becomes its own paragraph); the output of all 119 corpus files is byte-identical | body → hast on the corpus ~2.4× → ~1.25× parse-only; on 1 MB ~4.1× → ~0.6× |
| boilerplate selectors, again | every rule's selectors in one \`selectAll\`; each match goes to the first rule whose own list \`matches\` it (one walk instead of one per rule) | rehypeStripBoilerplate ~2.1× → ~1.9× |
| credit lines (\`src/metadata/credit-line.ts\`) | every body line was tried against ~50 labels, and runs of credit lines against every label at every position; now a line must start with a label's first character, and a run needs two separators | rehypeArticleMetadata 1.85× → ~1.1× |

What is left (library stages, not fixed here): on the corpus, hast-util-to-mdast
costs ~2.6–3× the parse-only floor (its \`structuredClone\` of the whole tree and
its minify-whitespace pass included) and mdast-util-to-markdown ~1.7–2×: these
two stages, which the design mandates, alone exceed the 4× target, and with
them cleanArticle stays ~1.5× slower than Readability + turndown on the corpus
median (turndown writes Markdown straight from the DOM, with no second tree).
Per call, micromark and mdast-util-to-markdown also rebuild their extension
tables: about 0.1–0.2 ms of fixed cost on every document. rehypeStripBoilerplate's
selector matching (~1× parse-only) could drop with a prefilter on each
selector's subject (tag, attribute present) before calling hast-util-select.
`

const DATASETS: Array<[DatasetName, number]> = [['corpus', 5], ['1MB', 5], ['10MB', 2]]
const STAGE_DATASETS: Array<[DatasetName, number]> = [['corpus', 3], ['1MB', 2]]
const started = performance.now()
const load = loadavg()[0]!
const formatCounts = new Map<string, number>()
for (const doc of loadDataset('corpus')) {
  const format = parseEnvelope(doc).format
  formatCounts.set(format, (formatCounts.get(format) ?? 0) + 1)
}
const corpusFormats = [...formatCounts].sort().map(([format, count]) => `${count} read as ${format}`).join(', ')
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, load average ${load.toFixed(1)} at start`
const results = new Map<string, ChildResult | string>()
for (const [dataset, iterations] of DATASETS) {
  for (const name of COMPETITORS) {
    process.stderr.write(`${name} on ${dataset}…\n`)
    results.set(`${name}/${dataset}`, measure(name, dataset, iterations))
  }
}
const stages = new Map<DatasetName, StageResult | string>()
for (const [dataset, iterations] of STAGE_DATASETS) {
  process.stderr.write(`cleanArticle stages on ${dataset}…\n`)
  stages.set(dataset, runChild<StageResult>('stages.ts', [dataset, String(iterations)]))
}

const fmt = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : '–')
const median = (result: ChildResult): number => quantile(result.times, 0.5)
const lines: string[] = []
for (const [dataset] of DATASETS) {
  const floor = results.get(`parse-only/${dataset}`)
  lines.push(`\n### ${dataset}\n`, '| converter | median ms | p95 ms | × parse-only (median) | MB/s | peak RSS Δ MB | heap Δ MB |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const name of COMPETITORS) {
    const result = results.get(`${name}/${dataset}`)!
    if (typeof result === 'string') {
      lines.push(`| ${name} | ${result} | | | | | |`)
      continue
    }
    const total = result.times.reduce((sum, time) => sum + time, 0)
    const ratio = typeof floor === 'string' || floor === undefined ? Number.NaN : median(result) / median(floor)
    lines.push(`| ${name} | ${fmt(median(result))} | ${fmt(quantile(result.times, 0.95))} | ${fmt(ratio)}× | ${fmt(result.bytes / 1e6 / (total / 1000))} | ${fmt(result.rssDelta, 1)} | ${fmt(result.heapDelta, 1)} |`)
  }
}
const stageLines: string[] = []
for (const [dataset, iterations] of STAGE_DATASETS) {
  const result = stages.get(dataset)!
  stageLines.push(`\n#### ${dataset} (sum over ${iterations} passes)\n`)
  if (typeof result === 'string') {
    stageLines.push(result)
    continue
  }
  const floor = result[0]![1]
  const pipeline = result.slice(1).reduce((sum, [, ms]) => sum + ms, 0)
  stageLines.push('| stage | ms | × parse-only | share of cleanArticle |', '| --- | ---: | ---: | ---: |')
  for (const [stage, ms] of result) {
    stageLines.push(`| ${stage} | ${fmt(ms, 1)} | ${fmt(ms / floor)}× | ${stage.startsWith('parse-only') ? '' : `${fmt((100 * ms) / pipeline, 1)} %`} |`)
  }
  stageLines.push(`| **all stages** | ${fmt(pipeline, 1)} | ${fmt(pipeline / floor)}× | 100 % |`)
}
const medianOf = (key: string): number => {
  const result = results.get(key)
  return result === undefined || typeof result === 'string' ? Number.NaN : median(result)
}
const linear = medianOf('cleanArticle/10MB') / medianOf('cleanArticle/1MB')
const corpusRatio = medianOf('cleanArticle/corpus') / medianOf('parse-only/corpus')
const vsReadability = medianOf('cleanArticle/corpus') / medianOf('readability+turndown/corpus')
const vsDefuddle = medianOf('cleanArticle/corpus') / medianOf('defuddle/corpus')
const targets = [
  `- linearity: time(10 MB) / time(1 MB) for cleanArticle = ${fmt(linear)}× (target ≤ 12×: ${linear <= 12 ? 'met' : 'NOT met'})`,
  `- corpus median, cleanArticle / parse-only = ${fmt(corpusRatio)}× (target ≤ 4×: ${corpusRatio <= 4 ? 'met' : 'NOT met'})`,
  `- corpus median, cleanArticle / Readability+turndown = ${fmt(vsReadability)}× (target: faster, < 1×: ${vsReadability < 1 ? 'met' : 'NOT met'})`,
  `- corpus median, cleanArticle / Defuddle = ${fmt(vsDefuddle)}× (for reference)`
]
const minutes = (performance.now() - started) / 60000
const body = `Machine: ${machine}. The whole run took ${fmt(minutes, 1)} minutes.
${lines.join('\n')}

Targets (from this run):

${targets.join('\n')}

### Where cleanArticle's time goes

\`bench/stages.ts\` runs cleanArticle's steps one at a time (the same calls
\`cleanArticle\` makes; each plugin of the \`unsyndicate\` preset on its own) and
sums each step's time over all documents. Sums, not medians: this weighs large
documents more than the median row above does.
${stageLines.join('\n')}
`
console.log(body)
writeFileSync(repoPath('docs', 'benchmarks.md'), `# Benchmarks

Generated by \`npm run bench\` (\`bench/run.ts\`; a few minutes on 2 cores).

Method: every converter × dataset runs in a **fresh child process**
(\`bench/child.ts\`) with tinybench (\`iterations\` fixed, no time budget: 5 on
the corpus and 1 MB, 2 on 10 MB; one untimed warm-up pass over the
whole dataset first, the same for every converter). Per document
the median of the iterations is taken; "median"/"p95" are over documents (for
the synthetic sets there is one document). "× parse-only" divides medians by
the parse-only floor (\`hast-util-from-html\` on the raw input) of the same
dataset, so ratios stay comparable on a noisy machine. MB/s = UTF-8 input bytes
/ sum of per-document medians. Memory: "peak RSS Δ" is \`process.resourceUsage().maxRSS\`
at the end minus \`process.memoryUsage().rss\` after loading code and data and the warm-up pass;
"heap Δ" is the highest \`heapUsed\` sampled after each call minus the
baseline (garbage still counts, so it is an upper bound).

**Noise.** The machine has 2 cores shared with other work (see the load average
below); absolute times move by ±30 % or more between runs, and so do the
ratios of small medians (the corpus parse-only median is well under a
millisecond). Compare rows within one run, and read ratios to ±20 %.

Datasets: the corpus (\`fixtures/corpus/**\` + the five seeds; ${corpusFormats}); synthetic 1 MB and
10 MB articles made by repeating corpus \`<p>\` paragraphs inside one
\`<article>\`. Their paragraphs carry Markdown-like text (\`*\`, \`[…](…)\`), so cleanArticle reads
them as Markdown with inline HTML (remark, then the HTML re-parsed), its slowest path.
The parse-only floor parses every input as HTML with \`hast-util-from-html\`
(for Markdown input that parses its inline HTML and leaves the Markdown as text).

Converters: \`parse-only\` (the floor); \`cleanArticle\` (Markdown and
metadata); \`readability+turndown\` (linkedom document, Mozilla Readability,
turndown on its HTML); \`defuddle\` (\`defuddle/node\` on a linkedom document with
\`markdown: true\`, its own Markdown converter, and \`useAsync: false\` so it
never fetches).

${body}
${HISTORY}`)
