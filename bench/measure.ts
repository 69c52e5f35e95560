import {execFileSync} from 'node:child_process'
import {repoPath} from '../scripts/eval/corpus.js'
import type {ChildResult} from './child.js'
import type {CompetitorName} from './competitors.js'
import type {DatasetName} from './datasets.js'

/** Run one competitor on one dataset in a fresh Node process (so memory is its own). */
export function measure(name: CompetitorName, dataset: DatasetName, iterations: number): ChildResult | string {
  return runChild<ChildResult>('child.ts', [name, dataset, String(iterations)])
}

/** Run `bench/<script>` in a fresh Node process (through tsx) and parse the JSON it prints last; a string when it fails. */
export function runChild<T>(script: string, args: string[]): T | string {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', repoPath('bench', script), ...args], {
      cwd: repoPath(),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore']
    })
    return JSON.parse(out.trim().split('\n').at(-1)!) as T
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
  }
}

/** Quantile `q` (0–1) of `values` (nearest rank). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN
}
