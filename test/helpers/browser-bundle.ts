import {builtinModules} from 'node:module'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url))

/** The library bundled for browsers: one ES module, and the modules it was made of. */
export interface BrowserBundle {
  code: string
  inputs: string[]
}

/**
 * Bundle `src/index.ts` for the browser (esbuild, platform `browser`, format
 * `esm`). esbuild refuses to resolve a Node built-in on this platform, so a
 * `node:` import anywhere in the library makes this throw.
 */
export async function bundleForBrowser(): Promise<BrowserBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent'
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error('esbuild produced no output')
  return {code: output.text, inputs: Object.keys(result.metafile.inputs)}
}

/** Node built-ins (`fs`, `node:fs`, …), for checking a bundle's inputs. */
export const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])
