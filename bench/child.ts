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
  /**
   * The same for the parse-only floor, timed in this process, each document
   * right after the converter's (ratios taken within one process do not move
   * with how fast the machine happened to run this process).
   */
  floorTimes: number[]
  /** Total bytes (UTF-8) of the dataset. */
  bytes: number
  /** Peak RSS minus the RSS after loading code and data and the warm-up pass (MB), over one more pass. */
  rssDelta: number
  /** Peak heap used minus heap used after the warm-up (MB), sampled after each call of that pass. */
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

// Memory: one more pass of the converter alone, sampling the heap after each call.
const rssBase = process.memoryUsage().rss
const heapBase = process.memoryUsage().heapUsed
let heapPeak = heapBase
for (const doc of docs) {
  await run(doc)
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
}
const rssDelta = (process.resourceUsage().maxRSS * 1024 - rssBase) / mb
const heapDelta = (heapPeak - heapBase) / mb

// Time: the converter and the parse-only floor on each document in turn
// (after a warm-up pass of the floor too), so both get the same warm-up and
// the same machine.
const floor = competitor('parse-only')
for (const doc of docs) floor(doc)
const bench = new Bench({iterations: Number(iterations), time: 0, warmupIterations: 0, warmupTime: 0})
// `async` is given explicitly: otherwise tinybench calls each task once more to find out.
const async = name === 'defuddle'
docs.forEach((doc, index) => {
  bench.add(`converter ${index}`, async ? async () => void (await run(doc)) : () => void run(doc), {async})
  bench.add(`floor ${index}`, () => void floor(doc), {async: false})
})
await bench.run()
const p50 = (task: (typeof bench.tasks)[number]): number => (task.result as unknown as {latency: {p50: number}}).latency.p50
const result: ChildResult = {
  times: bench.tasks.filter((task) => task.name.startsWith('converter ')).map(p50),
  floorTimes: bench.tasks.filter((task) => task.name.startsWith('floor ')).map(p50),
  bytes: docs.reduce((sum, doc) => sum + Buffer.byteLength(doc), 0),
  rssDelta,
  heapDelta
}
console.log(JSON.stringify(result))
