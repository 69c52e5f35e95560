import {randomBytes} from 'node:crypto'
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {cleanArticle} from '../pipeline/clean-article.js'
import type {CleanResult} from '../types.js'
import type {CliCleanOptions} from './args.js'

/** One file to clean: sent to a worker thread, so plain data only. */
export interface FileTask {
  /** Absolute path of the input. */
  input: string
  /** The input's name as shown to the user (the `file` of a JSON line). */
  display: string
  /** Where to write the Markdown, or `null` to return a JSON line instead. */
  markdown: string | null
  /** Where to write the JSON (metadata, removed, warnings), or `null`. */
  json: string | null
  /** Prepend YAML front matter to the Markdown file. */
  frontMatter: boolean
  /** Options passed to `cleanArticle`. */
  clean: CliCleanOptions
}

/** What became of one file: plain data only. */
export type FileOutcome =
  | {
      ok: true
      /** Removed blocks counted by rule id. */
      removed: Record<string, number>
      /** The result as one line of JSON (without a newline), when no file was written. */
      line: string | null
    }
  | {ok: false; message: string}

/**
 * Read, clean and write one file. Never throws: failures come back as
 * `{ok: false, message}`. Outputs are written to a temporary name in the same
 * directory and renamed, so no output is ever left half-written.
 */
export async function processFile(task: FileTask): Promise<FileOutcome> {
  let text: string
  try {
    text = decodeUtf8(await readFile(task.input))
  } catch (error) {
    return {ok: false, message: describeError(error)}
  }
  let result: CleanResult
  try {
    result = cleanArticle(text, {...task.clean, frontMatter: task.markdown !== null && task.frontMatter})
  } catch (error) {
    return {ok: false, message: `cannot clean it: ${describeError(error)}`}
  }
  const removed = countRemoved(result)
  if (task.markdown === null) return {ok: true, removed, line: JSON.stringify({file: task.display, ...resultJson(result)})}
  const outputs: Array<[string, string]> = [[task.markdown, result.markdown]]
  if (task.json !== null) outputs.push([task.json, `${JSON.stringify(sidecarJson(result), null, 2)}\n`])
  try {
    await writeAllAtomic(outputs)
  } catch (error) {
    return {ok: false, message: describeError(error)}
  }
  return {ok: true, removed, line: null}
}

/** The object `--json` prints for one result (`file` is added by the caller). */
export function resultJson(result: CleanResult): CleanResult {
  return {markdown: result.markdown, metadata: result.metadata, removed: result.removed, warnings: result.warnings}
}

/** The content of a `<name>.json` file. */
export function sidecarJson(result: CleanResult): Omit<CleanResult, 'markdown'> {
  return {metadata: result.metadata, removed: result.removed, warnings: result.warnings}
}

/** Removed blocks counted by rule id. */
export function countRemoved(result: CleanResult): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const {rule} of result.removed) counts[rule] = (counts[rule] ?? 0) + 1
  return counts
}

/** Decode UTF-8 strictly (a byte order mark is dropped); throws {@link NotUtf8Error}. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    throw new NotUtf8Error()
  }
}

/** The input is not UTF-8 text. */
export class NotUtf8Error extends Error {
  override name = 'NotUtf8Error'
  constructor() {
    super('not UTF-8 text (convert it first, e.g. iconv -f GB18030 -t UTF-8)')
  }
}

/** Write every file to a temporary sibling first, then rename them all into place. */
async function writeAllAtomic(outputs: Array<[string, string]>): Promise<void> {
  const temps: Array<[string, string]> = []
  let target = ''
  try {
    for (const [path, content] of outputs) {
      target = path
      await mkdir(dirname(path), {recursive: true})
      const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
      temps.push([temp, path])
      await writeFile(temp, content, {flag: 'wx'})
    }
    for (const [temp, path] of temps) {
      target = path
      await rename(temp, path)
    }
  } catch (error) {
    await Promise.all(temps.map(([temp]) => rm(temp, {force: true})))
    throw new Error(`cannot write ${target}: ${describeError(error)}`)
  }
}

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory (give a glob such as "dir/**/*.html")',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'a file is in the way',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  ENAMETOOLONG: 'file name too long'
}

/** One line, without a stack trace, for a failure. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const {code} = error as NodeJS.ErrnoException
    if (code !== undefined && ERRNO[code] !== undefined) return ERRNO[code]
    return error.message.split('\n')[0] || error.name
  }
  return String(error)
}
