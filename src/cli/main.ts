import {availableParallelism} from 'node:os'
import {cleanArticle} from '../pipeline/clean-article.js'
import {HELP, isStdin, parseCliArgs, UsageError, type CliArgs} from './args.js'
import {planFiles, type PlannedFile} from './plan.js'
import {decodeUtf8, describeError, processFile, resultJson, type FileOutcome, type FileTask} from './process-file.js'
import {formatSummary, Progress, type OutputStream} from './report.js'

declare const __UNSYNDICATE_VERSION__: string | undefined

/** The package version (set at build time). */
export const VERSION = typeof __UNSYNDICATE_VERSION__ === 'string' ? __UNSYNDICATE_VERSION__ : '0.0.0-dev'

/** Batches larger than this use worker threads (when `--jobs` allows more than one). */
export const WORKER_THRESHOLD = 8

/** Where the CLI reads and writes; injectable for tests. */
export interface CliIo {
  stdout: OutputStream
  stderr: OutputStream
  stdin: AsyncIterable<Uint8Array | string> & {isTTY?: boolean}
  /** Directory that relative paths and globs start from. */
  cwd: string
  /**
   * A module whose default export is `processFile`, run in worker threads for
   * large batches (the CLI bundle itself). Without it, no worker threads.
   */
  workerFile?: string | URL
  /** Number of CPUs (default `os.availableParallelism()`). */
  cpus?: number
}

/**
 * Run the command line. Resolves to the exit code: 0 when every input was
 * cleaned, 1 when some failed, 2 on a usage error.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let args: CliArgs
  try {
    args = parseCliArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`unsyndicate: ${error.message}\nTry "unsyndicate --help".\n`)
    return 2
  }
  if (args.help) {
    io.stdout.write(HELP)
    return 0
  }
  if (args.version) {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (isStdin(args)) return runStdin(args, io)
  return runFiles(args, io)
}

async function runStdin(args: CliArgs, io: CliIo): Promise<number> {
  if (io.stdin.isTTY && args.inputs.length === 0) {
    io.stderr.write(`unsyndicate: no input files, and standard input is a terminal\n\n${HELP}`)
    return 2
  }
  let text: string
  try {
    const chunks: Uint8Array[] = []
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
    text = decodeUtf8(Buffer.concat(chunks))
  } catch (error) {
    io.stderr.write(`unsyndicate: standard input: ${describeError(error)}\n`)
    return 1
  }
  const result = cleanArticle(text, {...args.clean, frontMatter: !args.json && args.frontMatter})
  io.stdout.write(args.json ? `${JSON.stringify(resultJson(result))}\n` : result.markdown)
  return 0
}

async function runFiles(args: CliArgs, io: CliIo): Promise<number> {
  const plan = await planFiles(args.inputs, {cwd: io.cwd, out: args.out, write: !args.json, jsonFiles: args.jsonFiles})
  const {files} = plan
  const batch = files.length + plan.problems.length > 1
  const progress = new Progress(io.stderr, files.length, batch && !args.quiet && io.stderr.isTTY === true)
  for (const problem of plan.problems) progress.line(`unsyndicate: ${problem.display}: ${problem.message}`)

  const removed = new Map<string, number>()
  let failed = 0
  let done = 0
  // JSON lines are printed in input order, whatever order the files finish in.
  const lines: Array<string | null | undefined> = []
  let nextLine = 0
  const finish = (index: number, file: PlannedFile, outcome: FileOutcome): void => {
    done++
    if (outcome.ok) {
      for (const [rule, n] of Object.entries(outcome.removed)) removed.set(rule, (removed.get(rule) ?? 0) + n)
      lines[index] = outcome.line
    } else {
      failed++
      lines[index] = null
      progress.line(`unsyndicate: ${file.display}: ${outcome.message}`)
    }
    for (; nextLine < files.length && lines[nextLine] !== undefined; nextLine++) {
      const line = lines[nextLine]
      if (line) io.stdout.write(`${line}\n`)
      lines[nextLine] = null
    }
    progress.update(done, file.display)
  }

  const tasks = files.map((file): FileTask => ({
    input: file.input,
    display: file.display,
    markdown: file.markdown,
    json: file.json,
    frontMatter: args.frontMatter,
    clean: args.clean
  }))
  const jobs = args.jobs ?? Math.max(1, (io.cpus ?? availableParallelism()) - 1)
  let threads = 0
  if (io.workerFile !== undefined && jobs > 1 && files.length > WORKER_THRESHOLD) {
    const {Piscina} = await import('piscina')
    threads = Math.min(jobs, files.length)
    const pool = new Piscina<FileTask, FileOutcome>({
      filename: String(io.workerFile),
      minThreads: threads,
      maxThreads: threads
    })
    try {
      await Promise.all(tasks.map(async (task, index) => {
        let outcome: FileOutcome
        try {
          outcome = await pool.run(task)
        } catch (error) {
          outcome = {ok: false, message: describeError(error)}
        }
        finish(index, files[index]!, outcome)
      }))
    } finally {
      await pool.destroy()
    }
  } else {
    for (const [index, task] of tasks.entries()) finish(index, files[index]!, await processFile(task))
  }

  progress.clear()
  const errors = failed + plan.problems.length
  if (batch && !args.quiet) io.stderr.write(formatSummary(files.length + plan.problems.length, errors, removed, threads))
  return errors > 0 ? 1 : 0
}
