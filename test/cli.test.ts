/**
 * The `unsyndicate` command: `main()` run in-process on a temporary folder,
 * then the bundle built by tsup, run as a user runs it: the worker-thread
 * path needs a JavaScript module to load, and the built CLI is its own.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeEach, describe, expect, it} from 'vitest'
import {main, type CliIo} from '../src/cli/main.js'
import {cleanArticle} from '../src/index.js'
import {runOk} from './helpers/run.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const seedNames = ['dw-feedx', 'sina-plaintext']
const seeds = Object.fromEntries(
  seedNames.map((name) => [name, readFileSync(join(root, 'fixtures', 'seeds', name, 'input.txt'), 'utf8')])
)

let work = ''
const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'unsyndicate-cli-'))
  folders.push(work)
})

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Run `main` with in-memory streams. */
async function cli(argv: string[], options: {stdin?: string; tty?: boolean; io?: Partial<CliIo>} = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const stdin = (async function* () {
    if (options.stdin !== undefined) yield new TextEncoder().encode(options.stdin)
  })()
  const code = await main(argv, {
    stdout: {write: (chunk: string) => (stdout += chunk)},
    stderr: {write: (chunk: string) => (stderr += chunk), isTTY: options.tty ?? false, columns: 60},
    stdin,
    cwd: work,
    cpus: 1,
    ...options.io
  })
  return {code, stdout, stderr}
}

/** Every file under `dir`, as sorted relative paths. */
function tree(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}

/** Copy the two seeds into `work` as `<seed>.html`, and `copies` more of each as `<seed>-<n>.html`. */
function seedFiles(copies = 0): string[] {
  const names: string[] = []
  for (const name of seedNames) {
    writeFileSync(join(work, `${name}.html`), seeds[name]!)
    names.push(`${name}.html`)
    for (let n = 1; n <= copies; n++) {
      writeFileSync(join(work, `${name}-${n}.html`), seeds[name]!)
      names.push(`${name}-${n}.html`)
    }
  }
  return names
}

const expectedMarkdown = (name: string): string => cleanArticle(seeds[name]!, {frontMatter: true}).markdown

describe('cli: files', () => {
  it('writes <name>.md next to each input: exactly cleanArticle(…, {frontMatter: true}).markdown', async () => {
    const inputs = seedFiles()
    const run = await cli(inputs)
    expect(run.stderr).toMatch(/^unsyndicate: 2 files, 2 ok, 0 errors\nremoved \d+ blocks:\n/)
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    for (const name of seedNames) {
      expect(readFileSync(join(work, `${name}.md`), 'utf8')).toBe(expectedMarkdown(name))
    }
    expect(tree(work)).toEqual(['dw-feedx.html', 'dw-feedx.md', 'sina-plaintext.html', 'sina-plaintext.md'])
  })

  it('sorts the summary of removed blocks by count, then rule id', async () => {
    const run = await cli(seedFiles())
    const rows = run.stderr.split('\n').filter((line) => /^ +\d+ {2}\S/.test(line)).map((line) => {
      const [, n, rule] = /^ +(\d+) {2}(\S+)$/.exec(line)!
      return {n: Number(n), rule: rule!}
    })
    const expected = new Map<string, number>()
    for (const name of seedNames) for (const {rule} of cleanArticle(seeds[name]!).removed) expected.set(rule, (expected.get(rule) ?? 0) + 1)
    expect(new Map(rows.map(({rule, n}) => [rule, n]))).toEqual(expected)
    const sorted = [...rows].sort((a, b) => b.n - a.n || (a.rule < b.rule ? -1 : 1))
    expect(rows).toEqual(sorted)
  })

  it('--out mirrors the paths below the inputs\' common folder; --json-files adds <name>.json', async () => {
    for (const name of seedNames) {
      mkdirSync(join(work, 'in', name), {recursive: true})
      writeFileSync(join(work, 'in', name, 'input.txt'), seeds[name]!)
    }
    const run = await cli(['in/*/input.txt', '--out', 'out', '--json-files'])
    expect(run.code, run.stderr).toBe(0)
    expect(tree(join(work, 'out'))).toEqual([
      'dw-feedx/input.json', 'dw-feedx/input.md', 'sina-plaintext/input.json', 'sina-plaintext/input.md'
    ])
    for (const name of seedNames) {
      expect(readFileSync(join(work, 'out', name, 'input.md'), 'utf8')).toBe(expectedMarkdown(name))
      const {metadata, removed, warnings} = cleanArticle(seeds[name]!)
      const json = readFileSync(join(work, 'out', name, 'input.json'), 'utf8')
      expect(json).toBe(`${JSON.stringify({metadata, removed, warnings}, null, 2)}\n`)
    }
    expect(tree(join(work, 'in'))).toEqual(['dw-feedx/input.txt', 'sina-plaintext/input.txt'])
  })

  it('--json prints one JSON line per input, in input order, and writes nothing', async () => {
    seedFiles()
    const ok = await cli(['--json', 'sina-plaintext.html', 'dw-feedx.html'])
    expect(ok.code, ok.stderr).toBe(0)
    const lines = ok.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(parsed.map((object) => object['file'])).toEqual(['sina-plaintext.html', 'dw-feedx.html'])
    for (const object of parsed) {
      const name = String(object['file']).replace('.html', '')
      const {file, ...rest} = object
      expect(file).toBeTypeOf('string')
      expect(rest).toEqual(JSON.parse(JSON.stringify(cleanArticle(seeds[name]!))))
    }
    expect(tree(work)).toEqual(['dw-feedx.html', 'sina-plaintext.html'])
  })

  it('a missing or unreadable file gets one line and exit code 1; the others are still written', async () => {
    const inputs = seedFiles()
    writeFileSync(join(work, 'latin1.html'), Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]))
    mkdirSync(join(work, 'folder'))
    const run = await cli([inputs[0]!, 'missing.html', 'latin1.html', 'folder', 'nothing/*.html', inputs[1]!])
    expect(run.code).toBe(1)
    const lines = run.stderr.split('\n')
    expect(lines).toContain('unsyndicate: nothing/*.html: no files match this pattern')
    expect(lines).toContain('unsyndicate: missing.html: no such file or directory')
    expect(lines).toContain('unsyndicate: latin1.html: not UTF-8 text (convert it first, e.g. iconv -f GB18030 -t UTF-8)')
    expect(lines).toContain('unsyndicate: folder: is a directory (give a glob such as "dir/**/*.html")')
    expect(lines).toContain('unsyndicate: 6 files, 2 ok, 4 errors')
    for (const name of seedNames) expect(readFileSync(join(work, `${name}.md`), 'utf8')).toBe(expectedMarkdown(name))
    expect(tree(work)).toEqual(['dw-feedx.html', 'dw-feedx.md', 'latin1.html', 'sina-plaintext.html', 'sina-plaintext.md'])
  })

  it('never overwrites an input: a .md input gives <name>.clean.md', async () => {
    writeFileSync(join(work, 'post.md'), seeds['dw-feedx']!)
    const run = await cli(['post.md'])
    expect(run.code, run.stderr).toBe(0)
    expect(readFileSync(join(work, 'post.md'), 'utf8')).toBe(seeds['dw-feedx'])
    expect(readFileSync(join(work, 'post.clean.md'), 'utf8')).toBe(expectedMarkdown('dw-feedx'))
  })

  it('two inputs that would share an output: the second is an error', async () => {
    writeFileSync(join(work, 'a.html'), seeds['dw-feedx']!)
    writeFileSync(join(work, 'a.txt'), seeds['sina-plaintext']!)
    const run = await cli(['a.html', 'a.txt'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('unsyndicate: a.txt: its output a.md would also be written for a.html; rename one of them\n')
    expect(readFileSync(join(work, 'a.md'), 'utf8')).toBe(expectedMarkdown('dw-feedx'))
    // An input named like another input's output is never overwritten either.
    writeFileSync(join(work, 'b.html'), seeds['dw-feedx']!)
    writeFileSync(join(work, 'b.md'), 'notes\n')
    const both = await cli(['b.html', 'b.md'])
    expect(both.stderr).toContain('unsyndicate: b.md: its output b.clean.md would also be written for b.html; rename one of them\n')
    expect(readFileSync(join(work, 'b.md'), 'utf8')).toBe('notes\n')
    expect(readFileSync(join(work, 'b.clean.md'), 'utf8')).toBe(expectedMarkdown('dw-feedx'))
  })

  it('a failed write leaves no temporary file behind', async () => {
    seedFiles()
    writeFileSync(join(work, 'out'), 'a file where the output folder should be')
    const run = await cli(['*.html', '--out', 'out/sub'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/unsyndicate: dw-feedx\.html: cannot write .*dw-feedx\.md: /)
    expect(tree(work)).toEqual(['dw-feedx.html', 'out', 'sina-plaintext.html'])
  })

  it('passes --url, --anchors, --no-headings, --time-zone and --no-front-matter to cleanArticle', async () => {
    const input = '<p>Date: 2020-01-02 03:04</p><p>Short heading</p><p><span href="https://example.com/a">a link</span> in a long enough paragraph of text here.</p>'
    writeFileSync(join(work, 'x.html'), input)
    const argv = ['x.html', '--url', 'https://example.org/x', '--anchors', 'restore', '--no-headings', '--time-zone', '+05:30', '--no-front-matter']
    expect((await cli(argv)).code).toBe(0)
    const options = {url: 'https://example.org/x', anchors: 'restore', headings: false, timeZone: '+05:30'} as const
    expect(readFileSync(join(work, 'x.md'), 'utf8')).toBe(cleanArticle(input, options).markdown)
    expect(readFileSync(join(work, 'x.md'), 'utf8')).not.toBe(cleanArticle(input).markdown)
  })

  it('draws a progress bar only when stderr is a terminal', async () => {
    const inputs = seedFiles()
    const tty = await cli(inputs, {tty: true})
    expect(tty.stderr).toContain('\r\u001b[K[')
    expect(tty.stderr).toContain('] 2/2 ')
    const plain = await cli(inputs)
    expect(plain.stderr).not.toContain('\r')
    const quiet = await cli([...inputs, '--quiet'], {tty: true})
    expect(quiet.stderr).toBe('')
  })
})

describe('cli: standard input, options', () => {
  it('cleans standard input to standard output (no files, or "-")', async () => {
    const seed = seeds['dw-feedx']!
    expect(await cli([], {stdin: seed})).toEqual({code: 0, stdout: expectedMarkdown('dw-feedx'), stderr: ''})
    expect(await cli(['-'], {stdin: seed})).toEqual({code: 0, stdout: expectedMarkdown('dw-feedx'), stderr: ''})
    const json = await cli(['--json'], {stdin: seed})
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(cleanArticle(seed))))
    expect(tree(work)).toEqual([])
  })

  it('refuses to wait on a terminal for standard input', async () => {
    const run = await cli([], {io: {stdin: Object.assign((async function* () {})(), {isTTY: true})}})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('standard input is a terminal')
  })

  it('--help and --version', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: unsyndicate \[options\] <files\|globs\.\.\.>/)
    const version = await cli(['-v'])
    expect(version.code).toBe(0)
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?\n$/)
  })

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--json', '--out', 'x', 'a.html'], /--json prints to stdout/],
    [['--anchors', 'keep', 'a.html'], /--anchors must be "unwrap" or "restore"/],
    [['--time-zone', 'Mars/Olympus', 'a.html'], /--time-zone must be an offset/],
    [['--jobs', '0', 'a.html'], /--jobs must be a whole number/],
    [['-', 'a.html'], /cannot be combined with files/],
    [['--out', 'x'], /standard input is cleaned to standard output/]
  ])('usage error %j: exit code 2', async (argv, message) => {
    const run = await cli(argv, {stdin: ''})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toContain('Try "unsyndicate --help".')
  })
})

describe('cli: the built command', () => {
  it('bundled with tsup: shebang, version, and worker threads on a batch of 10 (--jobs 2)', async () => {
    // Built inside node_modules so the bundle resolves the package's dependencies.
    const out = join(root, 'node_modules', '.cache', 'unsyndicate-cli-test', String(process.pid))
    rmSync(out, {recursive: true, force: true})
    try {
      await runOk(join(root, 'node_modules', '.bin', 'tsup'), ['--out-dir', out, '--no-dts', '--silent'], {cwd: root})
      const bin = join(out, 'cli.js')
      expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
      expect((await runOk(process.execPath, [bin, '--version'], {cwd: work})).stdout).toBe(`${pkg.version}\n`)

      const inputs = seedFiles(4)
      expect(inputs).toHaveLength(10)
      const run = await runOk(process.execPath, [bin, '--jobs', '2', '--out', 'out', '*.html'], {cwd: work})
      expect(run.stderr).toMatch(/^unsyndicate: 10 files, 10 ok, 0 errors \(2 worker threads\)\n/)
      expect(tree(join(work, 'out'))).toEqual(inputs.map((input) => input.replace('.html', '.md')).sort())
      for (const input of inputs) {
        const name = input.replace(/(-\d+)?\.html$/, '')
        expect(readFileSync(join(work, 'out', input.replace('.html', '.md')), 'utf8')).toBe(expectedMarkdown(name))
      }
      expect(tree(work).filter((file) => !/^(out\/)?[\w-]+\.(html|md)$/.test(file))).toEqual([])

      // JSON lines come out in input order, whichever worker finishes first.
      const reversed = [...inputs].reverse()
      const json = await runOk(process.execPath, [bin, '--jobs', '2', '--json', '--quiet', ...reversed], {cwd: work})
      const lines = json.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; markdown: string})
      expect(lines.map((line) => line.file)).toEqual(reversed)
      expect(lines[0]!.markdown).toBe(cleanArticle(seeds['sina-plaintext']!).markdown)
      expect(json.stderr).toBe('')
    } finally {
      rmSync(out, {recursive: true, force: true})
    }
  })
})

describe('cli: the README example', () => {
  it('runs the command under <!-- cli-example --> on the bundled seeds', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const command = /<!-- cli-example -->\n```sh\n(.+)\n```/.exec(readme)?.[1]
    expect(command).toMatch(/^npx unsyndicate /)
    // Split like a POSIX shell does for this simple line: single quotes group, nothing else is special.
    const argv = Array.from(command!.replace(/^npx unsyndicate /, '').matchAll(/'([^']*)'|(\S+)/g), (m) => m[1] ?? m[2]!)
    const out = join(work, 'clean')
    const run = await cli(argv.map((arg) => (arg === 'clean' ? out : arg)), {io: {cwd: root}})
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^unsyndicate: 5 files, 5 ok, 0 errors/)
    const names = readdirSync(join(root, 'fixtures/seeds')).sort()
    expect(tree(out)).toEqual(names.flatMap((name) => [`${name}/input.json`, `${name}/input.md`]))
    const input = readFileSync(join(root, 'fixtures/seeds/dw-feedx/input.txt'), 'utf8')
    expect(readFileSync(join(out, 'dw-feedx/input.md'), 'utf8')).toBe(cleanArticle(input, {frontMatter: true}).markdown)
  })
})
