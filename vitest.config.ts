import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // The examples (examples/*.ts, shown in docs/) import the package by name, as a user does: point it at the source.
    alias: [
      {find: /^unsyndicate$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url))},
      {find: /^unsyndicate\/testing$/, replacement: fileURLToPath(new URL('./src/testing/index.ts', import.meta.url))}
    ]
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 60_000
  }
})
