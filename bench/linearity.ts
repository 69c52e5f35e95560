/**
 * Linear growth, measured in one fresh process: `tsx bench/linearity.ts`.
 * Times `cleanArticle` on the synthetic 1 MB and 10 MB articles in turn
 * (after one untimed call each) and prints one JSON line
 * ({@link LinearityResult}). One process for both sizes, so the ratio does
 * not depend on how fast the machine ran two different processes.
 */
import {builtPackage} from './built-package.js'
import {loadDataset} from './datasets.js'
import {quantile} from './measure.js'

const {cleanArticle} = await builtPackage()

/** Median milliseconds of cleanArticle on each size. */
export interface LinearityResult {
  oneMB: number
  tenMB: number
}

const [one] = loadDataset('1MB') as [string]
const [ten] = loadDataset('10MB') as [string]
const time = (input: string): number => {
  const start = performance.now()
  cleanArticle(input)
  return performance.now() - start
}
time(one)
time(ten)
const oneTimes: number[] = []
const tenTimes: number[] = []
for (let round = 0; round < 3; round++) {
  oneTimes.push(time(one), time(one))
  tenTimes.push(time(ten))
}
const result: LinearityResult = {oneMB: quantile(oneTimes, 0.5), tenMB: quantile(tenTimes, 0.5)}
console.log(JSON.stringify(result))
