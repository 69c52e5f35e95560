import {execFile} from 'node:child_process'

/** What a finished command printed, and its exit code. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** Where and how to run a command. */
export interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Milliseconds before the command is killed (default 120 000). */
  timeout?: number
  /** Written to the command's standard input (default: nothing; stdin is closed). */
  input?: string
}

/**
 * Run a command without a shell and collect its output. Never rejects: a
 * failing command gives its exit code, so a test can show what it printed.
 */
export function run(
  command: string,
  args: string[],
  options: RunOptions
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env},
        timeout: options.timeout ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8'
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({code, stdout, stderr: error && code === 1 && !stderr ? String(error.message) : stderr})
      }
    )
    child.stdin?.end(options.input ?? '')
  })
}

/** Run a command and throw, with everything it printed, when it fails. */
export async function runOk(
  command: string,
  args: string[],
  options: RunOptions
): Promise<RunResult> {
  const result = await run(command, args, options)
  if (result.code !== 0) {
    throw new Error(
      `\`${[command, ...args].join(' ')}\` exited with ${result.code}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`
    )
  }
  return result
}
