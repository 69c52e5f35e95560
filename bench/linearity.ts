/**
 * Linear growth, measured in one fresh process: `tsx bench/linearity.ts`.
 * Times `cleanArticle` on the synthetic 1 MB and 10 MB articles in turn
 * (after one untimed call each) and prints one JSON line
 * ({@link LinearityResult}). One process for both sizes, so the ratio does
 * not depend on how fast the machine ran two different processes. The
 * parse-only floor is timed the same way, for reference: how much the
 * machine itself slows down per byte on the larger tree.
 */
import {fromHtml} from 'hast-util-from-html'
import {builtPackage} from './built-package.js'
import {loadDataset} from './datasets.js'
import {quantile} from './measure.js'

const {cleanArticle} = await builtPackage()

/** Median milliseconds of cleanArticle on each size. */
export interface LinearityResult {
  oneMB: number
  tenMB: number
  /** The same for the parse-only floor (hast-util-from-html). */
  floorOneMB: number
  floorTenMB: number
  /** Rounds timed: each median is over twice this many 1 MB calls and this many 10 MB calls. */
  rounds: number
}

const [one] = loadDataset('1MB') as [string]
const [ten] = loadDataset('10MB') as [string]
const clean = (input: string): unknown => cleanArticle(input)
/** Rounds of 1 MB, 1 MB, 10 MB: a single 1 MB call moves by ±30 % with what the machine is doing, so one median takes ten. */
const ROUNDS = 5
const floor = (input: string): unknown => fromHtml(input)

/** Median milliseconds of `run` on the 1 MB and the 10 MB article, interleaved: 1, 1, 10, {@link ROUNDS} times. */
function medians(run: (input: string) => unknown): [number, number] {
  const time = (input: string): number => {
    const start = performance.now()
    run(input)
    return performance.now() - start
  }
  time(one)
  time(ten)
  const oneTimes: number[] = []
  const tenTimes: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    oneTimes.push(time(one), time(one))
    tenTimes.push(time(ten))
  }
  return [quantile(oneTimes, 0.5), quantile(tenTimes, 0.5)]
}

const [oneMB, tenMB] = medians(clean)
const [floorOneMB, floorTenMB] = medians(floor)
const result: LinearityResult = {oneMB, tenMB, floorOneMB, floorTenMB, rounds: ROUNDS}
console.log(JSON.stringify(result))
