/**
 * One measurement in a fresh process: `tsx bench/child.ts <competitor> <dataset> <iterations>`.
 * Prints one JSON line ({@link ChildResult}).
 */
import {Bench} from 'tinybench'
import {competitor, type CompetitorName} from './competitors.js'
import {loadDataset, type DatasetName} from './datasets.js'

/** What a child process measured. */
export interface ChildResult {
  /** Per-document median time (ms) of each document. */
  times: number[]
  /** Total bytes (UTF-8) of the dataset. */
  bytes: number
  /** Peak RSS minus the RSS after loading code and data (MB). */
  rssDelta: number
  /** Peak heap used minus heap used after loading (MB), sampled after each run. */
  heapDelta: number
}

const [name, dataset, iterations] = process.argv.slice(2) as [CompetitorName, DatasetName, string]
const docs = loadDataset(dataset)
const run = competitor(name)
// Warm-up, untimed and the same for every converter: one pass over the whole
// dataset loads lazily-initialised code, compiles each regular expression on
// its first use and lets the JIT see every document shape before timing, as
// in a scraper's long-running process.
for (const doc of docs) await run(doc)
const mb = 1024 * 1024
const rssBase = process.memoryUsage().rss
const heapBase = process.memoryUsage().heapUsed
let heapPeak = heapBase
const bench = new Bench({iterations: Number(iterations), time: 0, warmupIterations: 0, warmupTime: 0})
// `async` is given explicitly: otherwise tinybench calls each task once more to find out.
const async = name === 'defuddle'
docs.forEach((doc, index) =>
  bench.add(
    String(index),
    async
      ? async () => {
          await run(doc)
          heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
        }
      : () => {
          run(doc)
          heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
        },
    {async}
  )
)
await bench.run()
const result: ChildResult = {
  times: bench.tasks.map((task) => (task.result as unknown as {latency: {p50: number}}).latency.p50),
  bytes: docs.reduce((sum, doc) => sum + Buffer.byteLength(doc), 0),
  rssDelta: (process.resourceUsage().maxRSS * 1024 - rssBase) / mb,
  heapDelta: (heapPeak - heapBase) / mb
}
console.log(JSON.stringify(result))
