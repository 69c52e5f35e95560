#!/usr/bin/env node
/**
 * The `unsyndicate` command. The same module is the worker-thread entry for
 * large batches: there its default export, {@link processFile}, is run.
 *
 * @packageDocumentation
 */
import process from 'node:process'
import {isMainThread} from 'node:worker_threads'
import {main} from './main.js'
import {processFile} from './process-file.js'

export default processFile

if (isMainThread) {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    workerFile: import.meta.url
  })
}
