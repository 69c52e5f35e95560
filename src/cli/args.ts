import {parseArgs} from 'node:util'
import {normalizeZone} from '../date/parse-date.js'
import type {AnchorMode} from '../types.js'

/** Cleaning options the CLI passes to `cleanArticle` (all serializable, for worker threads). */
export interface CliCleanOptions {
  /** `--url`. */
  url?: string
  /** `--anchors`. */
  anchors?: AnchorMode
  /** `false` with `--no-headings`. */
  headings?: boolean
  /** `--time-zone`. */
  timeZone?: string
}

/** What the command line asks for. */
export interface CliArgs {
  /** `--help`. */
  help: boolean
  /** `--version`. */
  version: boolean
  /** Files and glob patterns; empty or `['-']` reads standard input. */
  inputs: string[]
  /** `--out DIR`: write there, mirroring the inputs' relative paths. */
  out: string | null
  /** `--json-files`: also write `<name>.json` (metadata, removed, warnings). */
  jsonFiles: boolean
  /** `--json`: print results as JSON to stdout instead of writing files. */
  json: boolean
  /** `--no-front-matter`: Markdown without the YAML front matter. */
  frontMatter: boolean
  /** `--jobs N`, or `null` for the default. */
  jobs: number | null
  /** `--quiet`: no progress bar and no summary. */
  quiet: boolean
  /** Options passed to `cleanArticle`. */
  clean: CliCleanOptions
}

/** A mistake on the command line (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** The `--help` text. */
export const HELP = `Usage: unsyndicate [options] <files|globs...>
       unsyndicate [options] < article.html      (or "-": read stdin)

Clean syndicated article dumps into Markdown with YAML front matter.
Each input <dir>/<name>.<ext> is written to <dir>/<name>.md (an input that is
already <name>.md, or another input's name, gives <name>.clean.md).
Standard input is cleaned to standard output.

Output:
  -o, --out <dir>        write into <dir>, mirroring the inputs' paths below
                         their common parent directory
      --json-files       also write <name>.json: {metadata, removed, warnings}
      --json             print JSON to stdout instead of writing files: one
                         object per input, one per line
      --no-front-matter  Markdown without the YAML front matter

Cleaning:
      --url <url>        where the copy was found (site rules, relative links)
      --anchors <mode>   neutralized <span href> links: unwrap (default) or restore
      --no-headings      do not promote heading-like lines to headings
      --time-zone <tz>   offset for dates without one, e.g. +08:00

Run:
  -j, --jobs <n>         worker threads for large batches (default: CPUs - 1)
  -q, --quiet            no progress bar and no summary
  -h, --help             show this help
  -v, --version          show the version

Globs (quote them): 'archive/**/*.html'. Exit status: 0 when every input was
cleaned, 1 when some failed (one line each on stderr), 2 on a usage error.
`

/** Parse `argv` (without the node and script paths). Throws {@link UsageError}. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: {type: 'string', short: 'o'},
        'json-files': {type: 'boolean'},
        json: {type: 'boolean'},
        'no-front-matter': {type: 'boolean'},
        url: {type: 'string'},
        anchors: {type: 'string'},
        'no-headings': {type: 'boolean'},
        'time-zone': {type: 'string'},
        jobs: {type: 'string', short: 'j'},
        quiet: {type: 'boolean', short: 'q'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const {values, positionals} = parsed
  const clean: CliCleanOptions = {}
  if (values.url !== undefined) clean.url = values.url
  if (values.anchors !== undefined) {
    if (values.anchors !== 'unwrap' && values.anchors !== 'restore') {
      throw new UsageError(`--anchors must be "unwrap" or "restore", not "${values.anchors}"`)
    }
    clean.anchors = values.anchors
  }
  if (values['no-headings']) clean.headings = false
  if (values['time-zone'] !== undefined) {
    if (normalizeZone(values['time-zone']) === null) {
      throw new UsageError(`--time-zone must be an offset such as +08:00, not "${values['time-zone']}"`)
    }
    clean.timeZone = values['time-zone']
  }
  let jobs: number | null = null
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!/^\d+$/.test(values.jobs) || !Number.isSafeInteger(jobs) || jobs < 1) {
      throw new UsageError(`--jobs must be a whole number of at least 1, not "${values.jobs}"`)
    }
  }
  const args: CliArgs = {
    help: values.help ?? false,
    version: values.version ?? false,
    inputs: positionals,
    out: values.out ?? null,
    jsonFiles: values['json-files'] ?? false,
    json: values.json ?? false,
    frontMatter: !(values['no-front-matter'] ?? false),
    jobs,
    quiet: values.quiet ?? false,
    clean
  }
  if (args.json && (args.out !== null || args.jsonFiles)) {
    throw new UsageError('--json prints to stdout; it cannot be combined with --out or --json-files')
  }
  if (args.inputs.includes('-') && args.inputs.length > 1) {
    throw new UsageError('"-" (standard input) cannot be combined with files')
  }
  if (isStdin(args) && (args.out !== null || args.jsonFiles)) {
    throw new UsageError('standard input is cleaned to standard output; --out and --json-files need files')
  }
  return args
}

/** Whether the input is standard input (no files, or `-`). */
export function isStdin(args: CliArgs): boolean {
  return args.inputs.length === 0 || (args.inputs.length === 1 && args.inputs[0] === '-')
}
