import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

/** One input file and where its results go. */
export interface PlannedFile {
  /** Absolute path of the input. */
  input: string
  /** The path as shown in messages (relative to the working directory when inside it). */
  display: string
  /** Absolute path of the Markdown output, or `null` when nothing is written (`--json`). */
  markdown: string | null
  /** Absolute path of the JSON output, or `null`. */
  json: string | null
}

/** The files to clean, and the inputs that named nothing. */
export interface Plan {
  /** The files to clean, in order. */
  files: PlannedFile[]
  /** One line per problem found while planning (e.g. a glob that matches nothing). */
  problems: Array<{display: string; message: string}>
}

/**
 * Expand globs, drop duplicates, and decide each output path: `<stem>.md`
 * (and `<stem>.json`) next to the input or under `out`, mirroring the paths
 * below the inputs' common parent directory. A name that would hit an input
 * becomes `<stem>.clean.md`; two inputs that would still share an output are
 * a problem for the second one.
 */
export async function planFiles(
  patterns: string[],
  options: {cwd: string; out: string | null; write: boolean; jsonFiles: boolean}
): Promise<Plan> {
  const problems: Plan['problems'] = []
  const inputs: string[] = []
  const seen = new Set<string>()
  const add = (path: string): void => {
    const absolute = resolve(options.cwd, path)
    if (seen.has(absolute)) return
    seen.add(absolute)
    inputs.push(absolute)
  }
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      add(pattern)
      continue
    }
    const matches = await glob(pattern, {cwd: options.cwd, absolute: true, onlyFiles: true, dot: false})
    if (matches.length === 0) {
      problems.push({display: pattern, message: 'no files match this pattern'})
      continue
    }
    for (const match of matches.sort()) add(match)
  }

  const display = (path: string): string => {
    const rel = relative(options.cwd, path)
    return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel) ? rel : path
  }
  const files: PlannedFile[] = []
  if (!options.write) {
    for (const input of inputs) files.push({input, display: display(input), markdown: null, json: null})
    return {files, problems}
  }

  const outDir = options.out === null ? null : resolve(options.cwd, options.out)
  const base = outDir === null ? null : commonParent(inputs)
  const claimed = new Map<string, string>()
  for (const input of inputs) {
    const dir = outDir === null || base === null ? dirname(input) : join(outDir, relative(base, dirname(input)))
    const stem = basename(input, extname(input))
    const markdown = outputPath(dir, stem, '.md', seen)
    const json = options.jsonFiles ? outputPath(dir, stem, '.json', seen) : null
    const clash = [markdown, json].find((path) => path !== null && claimed.has(path))
    if (clash) {
      problems.push({
        display: display(input),
        message: `its output ${display(clash)} would also be written for ${display(claimed.get(clash)!)}; rename one of them`
      })
      continue
    }
    claimed.set(markdown, input)
    if (json !== null) claimed.set(json, input)
    files.push({input, display: display(input), markdown, json})
  }
  return {files, problems}
}

function outputPath(dir: string, stem: string, ext: string, inputs: Set<string>): string {
  const plain = join(dir, stem + ext)
  return inputs.has(plain) ? join(dir, `${stem}.clean${ext}`) : plain
}

/** The deepest directory holding every input. */
function commonParent(inputs: string[]): string | null {
  let common: string[] | null = null
  for (const input of inputs) {
    const parts = dirname(input).split(sep)
    if (common === null) {
      common = parts
      continue
    }
    let i = 0
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++
    common = common.slice(0, i)
  }
  if (common === null) return null
  const path = common.join(sep)
  // The root: '' on POSIX, a bare drive ('C:') on Windows.
  return path === '' || /^[a-zA-Z]:$/.test(path) ? path + sep : path
}
