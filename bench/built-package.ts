import {existsSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {repoPath} from '../scripts/eval/corpus.js'

/**
 * The library as users get it: the tsup build in `dist/` (`npm run bench`
 * builds it first). Timing the sources through tsx instead would count
 * esbuild's `keepNames` helper, which names every closure with
 * `defineProperty` each time it is created (about 2 % of cleanArticle), and
 * the competitors are timed from their published builds too.
 */
export async function builtPackage(): Promise<typeof import('../src/index.js')> {
  const entry = repoPath('dist', 'index.js')
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` first (`npm run bench` does)')
  return (await import(pathToFileURL(entry).href)) as typeof import('../src/index.js')
}
