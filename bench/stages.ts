/**
 * Where `cleanArticle`'s time goes, by stage, in a fresh process:
 * `tsx bench/stages.ts <dataset> <iterations>`. Runs the same steps as
 * `cleanArticle` (envelope, body → hast, each plugin of the `unsyndicate`
 * preset in order, hast → Markdown) one at a time and sums
 * each stage's time over the documents and iterations (after one untimed
 * warm-up pass). Prints one JSON line ({@link StageResult}).
 */
import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {unified, type Pluggable} from 'unified'
import {VFile} from 'vfile'
import {parseEnvelope} from '../src/envelope/parse-envelope.js'
import {hastToMarkdown} from '../src/markdown/hast-to-markdown.js'
import {createState} from '../src/pipeline/state.js'
import {unsyndicate} from '../src/preset.js'
import {bodyToHast} from '../src/tree/to-hast.js'
import {loadDataset, type DatasetName} from './datasets.js'

/** Total milliseconds per stage, in pipeline order (`parse-only` first, for scale). */
export type StageResult = Array<[stage: string, ms: number]>

const [dataset, iterations] = process.argv.slice(2) as [DatasetName, string]
const docs = loadDataset(dataset)

// The preset's plugins, in order, each as its own processor.
const preset = unified().use(unsyndicate)
preset.freeze()
const plugins = preset.attachers
  .filter(([plugin]) => plugin !== unsyndicate)
  .map(([plugin, ...options]) => ({
    name: `plugin: ${plugin.name || 'anonymous'}`,
    processor: unified().use(plugin as Pluggable as never, ...(options as never[]))
  }))

const totals = new Map<string, number>()
let timing = false
function time<T>(stage: string, run: () => T): T {
  const start = performance.now()
  const result = run()
  if (timing) totals.set(stage, (totals.get(stage) ?? 0) + performance.now() - start)
  return result
}

for (let pass = -1; pass < Number(iterations); pass++) {
  timing = pass >= 0
  for (const doc of docs) {
    time('parse-only (hast-util-from-html)', () => fromHtml(doc))
    const envelope = time('envelope', () => parseEnvelope(doc))
    const file = new VFile()
    file.data.unsyndicate = createState(envelope)
    let tree: Root = time(`body → hast`, () => bodyToHast(envelope.body, envelope.format))
    for (const {name, processor} of plugins) tree = time(name, () => processor.runSync(tree, file) as Root)
    // One stage: on a wide article the conversion and the writing alternate, a run of blocks at a time.
    time('hast → Markdown (hastToMarkdown)', () => hastToMarkdown(tree))
  }
}
const result: StageResult = [...totals]
console.log(JSON.stringify(result))
