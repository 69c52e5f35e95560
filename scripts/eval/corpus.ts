import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'

/** One document of the evaluation corpus. */
export interface CorpusDocument {
  /** Row the document is counted in: its folder under `fixtures/corpus/`, `seeds` or `wild`. */
  group: string
  /** Path relative to the repository root, for reports. */
  path: string
  /** The raw input text. */
  input: string
}

const ROOT = join(import.meta.dirname, '..', '..')

/** Every file below `dir`, sorted by path. */
function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? listFiles(path) : [path]
    })
}

/**
 * The corpus: every file in each folder of `fixtures/corpus/` (grouped by
 * folder) plus `fixtures/seeds/*\/input.txt` (group `seeds`) and
 * `fixtures/wild/*\/input.*` (group `wild`), sorted.
 */
export function loadCorpus(): CorpusDocument[] {
  const corpusDir = join(ROOT, 'fixtures', 'corpus')
  const seedsDir = join(ROOT, 'fixtures', 'seeds')
  const wildDir = join(ROOT, 'fixtures', 'wild')
  const corpus = readdirSync(corpusDir)
    .sort()
    .filter((name) => statSync(join(corpusDir, name)).isDirectory())
    .flatMap((group) => listFiles(join(corpusDir, group)).map((path) => ({group, path})))
  const seeds = readdirSync(seedsDir)
    .sort()
    .map((name) => ({group: 'seeds', path: join(seedsDir, name, 'input.txt')}))
  const wild = readdirSync(wildDir)
    .sort()
    .filter((name) => statSync(join(wildDir, name)).isDirectory())
    .flatMap((name) => {
      // A wild fixture's input keeps its source's extension (`input.md`, `input.html`).
      const input = readdirSync(join(wildDir, name)).find((file) => file.startsWith('input.'))
      return input === undefined ? [] : [{group: 'wild', path: join(wildDir, name, input)}]
    })
  return [...corpus, ...seeds, ...wild].map(({group, path}) => ({
    group,
    path: relative(ROOT, path),
    input: readFileSync(path, 'utf8')
  }))
}

/** Absolute path of a file inside the repository. */
export function repoPath(...parts: string[]): string {
  return join(ROOT, ...parts)
}
