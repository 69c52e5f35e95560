/**
 * The package as a user gets it: build with tsup, `npm pack`, lint the
 * tarball with publint and @arethetypeswrong/cli, install it into an empty
 * project, then load every entry of its `exports` map with `import` and with
 * `require` (Node ≥ 20.19 loads ESM through `require`).
 *
 * The build goes to a staging folder, not to `dist/`, so this file never races
 * another test that reads `dist/`. The install needs the npm registry (or a
 * warm npm cache) for the dependencies.
 */
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {publint} from 'publint'
import {formatMessage} from 'publint/utils'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as source from '../src/index.js'
import {fixtureCases} from './helpers/fixtures.js'
import {run, runOk} from './helpers/run.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (name: string) => join(root, 'node_modules', '.bin', name)
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

interface PackageJson {
  name: string
  files?: string[]
  exports: Record<string, unknown>
  bin?: string | Record<string, string>
  [key: string]: unknown
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson

/** Subpaths of the `exports` map that are JavaScript modules (not `./package.json`). */
const moduleSubpaths = Object.keys(pkg.exports).filter((subpath) => !subpath.endsWith('.json'))
/** `unsyndicate`, `unsyndicate/testing`, … */
const specifiers = moduleSubpaths.map((subpath) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`))

/** Every file path an export condition points to, without `./`. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/^\.\//, '')]
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets)
  return []
}

const TINY_INPUT = '<p>Hello <b>world</b>, this is <a href="https://example.com/">a link</a>.</p>'
const TINY_MARKDOWN = 'Hello **world**, this is [a link](https://example.com/).\n'

let work = ''
let tarball = ''
let tarballFiles: string[] = []
let consumer = ''

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'unsyndicate-package-'))
  const stage = join(work, 'stage')
  mkdirSync(stage)

  // 1. Build what `npm run build` builds, into the staging folder.
  await runOk(bin('tsup'), ['--out-dir', join(stage, 'dist')], {cwd: root})
  // 2. Everything else `files` publishes, and package.json itself.
  cpSync(join(root, 'package.json'), join(stage, 'package.json'))
  for (const entry of pkg.files ?? []) {
    const from = join(root, entry)
    if (entry !== 'dist' && existsSync(from)) cpSync(from, join(stage, entry), {recursive: true})
  }
  // 3. Pack (no lifecycle scripts: the build is done).
  const packed = await runOk(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {cwd: stage})
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{
    filename: string
    files: Array<{path: string}>
  }>
  tarball = join(work, info[0]!.filename)
  tarballFiles = info[0]!.files.map((file) => file.path).sort()

  // 4. An empty project with the tarball installed.
  consumer = join(work, 'consumer')
  mkdirSync(consumer)
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({name: 'consumer', version: '1.0.0', private: true}))
  await runOk(npm, ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], {
    cwd: consumer,
    timeout: 180_000
  })
}, 300_000)

afterAll(() => {
  if (work) rmSync(work, {recursive: true, force: true})
})

describe('package', () => {
  it('the tarball holds the build and nothing from src/, test/ or fixtures/', () => {
    expect(tarballFiles).toContain('package.json')
    for (const file of tarballFiles) {
      expect(file, file).not.toMatch(/^(src|test|fixtures|scripts|bench|node_modules)\//)
    }
    for (const subpath of Object.keys(pkg.exports)) {
      for (const target of exportTargets(pkg.exports[subpath])) {
        expect(tarballFiles, `exports["${subpath}"] → ${target}`).toContain(target)
      }
    }
    const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {})
    for (const target of bins) expect(tarballFiles, `bin → ${target}`).toContain(target.replace(/^\.\//, ''))
  })

  it('publint: no errors, warnings or suggestions', async () => {
    const bytes = readFileSync(tarball)
    const {messages, pkg: packed} = await publint({
      pack: {tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer},
      level: 'suggestion',
      strict: true
    })
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, packed)}`)).toEqual([])
  })

  it('arethetypeswrong (ESM-only profile): no problems', async () => {
    const result = await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color', '--no-emoji'], {
      cwd: work
    })
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0)
  })

  it('import: every export loads, and cleanArticle gives the expected Markdown', async () => {
    const script = `
      import {cleanArticle} from ${JSON.stringify(pkg.name)}
      const names = {}
      for (const specifier of ${JSON.stringify(specifiers)}) names[specifier] = Object.keys(await import(specifier)).sort()
      const result = cleanArticle(${JSON.stringify(TINY_INPUT)})
      process.stdout.write(JSON.stringify({names, markdown: result.markdown, title: result.metadata.title}))
    `
    const {stdout} = await runOk(process.execPath, ['--input-type=module', '-e', script], {cwd: consumer})
    const out = JSON.parse(stdout) as {names: Record<string, string[]>; markdown: string; title: string | null}
    expect(out.markdown).toBe(TINY_MARKDOWN)
    expect(out.title).toBeNull()
    expect(out.names[pkg.name]).toEqual(Object.keys(source).sort())
    for (const specifier of specifiers) expect(out.names[specifier]?.length, specifier).toBeGreaterThan(0)
  })

  it.skipIf(!process.features.require_module)('require: every export loads from CommonJS (require of ESM)', async () => {
    const script = `
      const {cleanArticle} = require(${JSON.stringify(pkg.name)})
      const names = {}
      for (const specifier of ${JSON.stringify(specifiers)}) names[specifier] = Object.keys(require(specifier)).sort()
      const result = cleanArticle(${JSON.stringify(TINY_INPUT)})
      process.stdout.write(JSON.stringify({names, markdown: result.markdown}))
    `
    const {stdout} = await runOk(process.execPath, ['--input-type=commonjs', '-e', script], {cwd: consumer})
    const out = JSON.parse(stdout) as {names: Record<string, string[]>; markdown: string}
    expect(out.markdown).toBe(TINY_MARKDOWN)
    // A namespace loaded through require() may carry `__esModule`; the API is the same.
    expect(out.names[pkg.name]?.filter((name) => name !== '__esModule')).toEqual(Object.keys(source).sort())
    for (const specifier of specifiers) expect(out.names[specifier]?.length, specifier).toBeGreaterThan(0)
  })

  it('bin: every command runs from node_modules/.bin (--version, and stdin to stdout)', async () => {
    const bins = typeof pkg.bin === 'string' ? {[pkg.name]: pkg.bin} : (pkg.bin ?? {})
    for (const name of Object.keys(bins)) {
      const command = join(consumer, 'node_modules', '.bin', name)
      const version = await runOk(command, ['--version'], {cwd: consumer})
      expect(version.stdout, `${name} --version`).toContain(String(pkg.version))
      const cleaned = await runOk(command, [], {cwd: consumer, input: TINY_INPUT})
      expect(cleaned.stdout.endsWith(TINY_MARKDOWN), `${name} < input printed:\n${cleaned.stdout}`).toBe(true)
    }
  })

  it('the installed build cleans a seed exactly like the source does', async () => {
    const seed = fixtureCases('seeds').find((fixture) => fixture.name === 'dw-feedx')!
    const inputPath = join(work, 'seed-input.txt')
    writeFileSync(inputPath, seed.input)
    const script = `
      import {readFileSync} from 'node:fs'
      import {cleanArticle} from ${JSON.stringify(pkg.name)}
      process.stdout.write(JSON.stringify(cleanArticle(readFileSync(${JSON.stringify(inputPath)}, 'utf8'))))
    `
    const {stdout} = await runOk(process.execPath, ['--input-type=module', '-e', script], {cwd: consumer})
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(source.cleanArticle(seed.input))))
  })
})
