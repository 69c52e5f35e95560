import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** Absolute path of the repository's `fixtures/` folder. */
export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url))

/** One fixture case: a folder with `input.*`, `expected.md` and `expected.json`. */
export interface FixtureCase {
  name: string
  dir: string
  inputPath: string
  input: string
}

/** The cases under `fixtures/<group>/` (one folder each), sorted by name. */
export function fixtureCases(group = 'seeds'): FixtureCase[] {
  const root = join(fixturesDir, group)
  return readdirSync(root, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(root, name)
      const inputName = readdirSync(dir).find((file) => file.startsWith('input.'))
      if (!inputName) throw new Error(`fixture ${name} has no input.* file`)
      const inputPath = join(dir, inputName)
      return {name, dir, inputPath, input: readFileSync(inputPath, 'utf8')}
    })
}

/** The corpus files under `fixtures/corpus/<source>/`, sorted. */
export function corpusFiles(): Array<{source: string; name: string; path: string}> {
  const root = join(fixturesDir, 'corpus')
  const out: Array<{source: string; name: string; path: string}> = []
  for (const source of readdirSync(root, {withFileTypes: true})) {
    if (!source.isDirectory()) continue
    for (const name of readdirSync(join(root, source.name)).sort()) {
      out.push({source: source.name, name, path: join(root, source.name, name)})
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
