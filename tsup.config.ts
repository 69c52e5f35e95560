import {readFileSync} from 'node:fs'
import {defineConfig} from 'tsup'

const {version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {version: string}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    testing: 'src/testing/index.ts',
    // The `unsyndicate` command and its worker threads. Its `#!/usr/bin/env node`
    // line (first line of the source) is kept by esbuild; the only entry using Node built-ins.
    cli: 'src/cli/index.ts'
  },
  format: ['esm'],
  // Types for the library entries only; the CLI has no API.
  dts: {entry: {index: 'src/index.ts', testing: 'src/testing/index.ts'}},
  clean: true,
  sourcemap: false,
  target: 'es2022',
  // The library stays platform-neutral; the CLI's `node:` imports are left as they are.
  platform: 'neutral',
  external: [/^node:/],
  removeNodeProtocol: false,
  define: {__UNSYNDICATE_VERSION__: JSON.stringify(version)},
  treeshake: true
})
