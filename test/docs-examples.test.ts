/**
 * The code in README.md and docs/ is real: every example lives in `examples/` and is shown
 * verbatim in the docs after a marker line, and what a script prints is shown
 * after another:
 *
 *     <!-- example: examples/custom-pipeline.ts -->
 *     ```ts
 *     …the file, verbatim…
 *     ```
 *
 *     <!-- output: examples/custom-pipeline.ts -->
 *     ```text
 *     …what `npx tsx examples/custom-pipeline.ts` prints…
 *     ```
 *
 * This test checks both (the scripts run here, with `console.log` captured;
 * `unsyndicate` resolves to `src/` through the alias in vitest.config.ts).
 * Example tests (`examples/**\/*.test.ts`) run as part of the suite.
 *
 * After changing an example or the library's output, rewrite the blocks with
 * `UPDATE_DOCS_EXAMPLES=1 npx vitest run test/docs-examples.test.ts`, then
 * read the diff.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it, vi} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const docsDir = join(root, 'docs')
const update = process.env.UPDATE_DOCS_EXAMPLES === '1'

/** `<!-- example: path -->` or `<!-- output: path -->`, then a fenced block. */
const BLOCK = /<!-- (example|output): (\S+) -->\n(```+)([\w-]*)\n([\s\S]*?)\n?\3\n/g

interface Block {
  doc: string
  kind: 'example' | 'output'
  path: string
  body: string
}

function listFiles(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort()
}

const docs = ['README.md', ...listFiles(docsDir, (name) => name.endsWith('.md')).filter((doc) => !doc.startsWith('docs/api/'))]
const blocks: Block[] = docs.flatMap((doc) =>
  Array.from(readFileSync(join(root, doc), 'utf8').matchAll(BLOCK), (match) => ({
    doc,
    kind: match[1] as 'example' | 'output',
    path: match[2]!,
    body: match[5]!
  }))
)
const examples = listFiles(join(root, 'examples'), (name) => name.endsWith('.ts'))

/** What a script prints with `console.log`, one call per line. */
const outputs = new Map<string, Promise<string>>()
function outputOf(path: string): Promise<string> {
  let output = outputs.get(path)
  if (!output) {
    output = (async () => {
      const lines: string[] = []
      const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        lines.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '))
      })
      try {
        await import(/* @vite-ignore */ pathToFileURL(join(root, path)).href)
      } finally {
        spy.mockRestore()
      }
      return lines.join('\n').replace(/\n+$/, '')
    })()
    outputs.set(path, output)
  }
  return output
}

/** Replace the body of one marked block in `doc`. */
function rewrite(doc: string, kind: string, path: string, body: string): void {
  const file = join(root, doc)
  const text = readFileSync(file, 'utf8').replace(BLOCK, (whole, k, p, fence, lang) =>
    k === kind && p === path ? `<!-- ${k}: ${p} -->\n${fence}${lang}\n${body}\n${fence}\n` : whole
  )
  writeFileSync(file, text)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('docs examples', () => {
  it('the docs show examples', () => {
    expect(blocks.filter((block) => block.kind === 'example').length).toBeGreaterThan(0)
  })

  it('every file in examples/ is shown in the docs', () => {
    const shown = new Set(blocks.filter((block) => block.kind === 'example').map((block) => block.path))
    expect(examples.filter((path) => !shown.has(path))).toEqual([])
  })

  it('relative links in the docs point to files that exist', () => {
    const broken: string[] = []
    for (const doc of docs) {
      // Without code: fenced blocks, then inline code spans.
      const text = readFileSync(join(root, doc), 'utf8')
        .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm, '')
        .replace(/(`+)[\s\S]*?\1/g, '')
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z][a-z0-9+.-]*:|^#/i.test(target!)) continue
        const path = target!.replace(/#.*$/, '')
        if (!existsSync(join(root, dirname(doc), path))) broken.push(`${doc}: ${target}`)
      }
    }
    expect(broken).toEqual([])
  })

  for (const block of blocks.filter((candidate) => candidate.kind === 'example')) {
    it(`${block.doc} shows ${block.path} verbatim`, () => {
      const source = readFileSync(join(root, block.path), 'utf8').replace(/\n+$/, '')
      if (update && block.body !== source) rewrite(block.doc, 'example', block.path, source)
      else expect(block.body, `${block.doc}: the block after <!-- example: ${block.path} -->`).toBe(source)
    })
  }

  for (const block of blocks.filter((candidate) => candidate.kind === 'output')) {
    it(`${block.doc} shows what ${block.path} prints`, async () => {
      const output = await outputOf(block.path)
      expect(output.length).toBeGreaterThan(0)
      if (update && block.body !== output) rewrite(block.doc, 'output', block.path, output)
      else expect(block.body, `${block.doc}: the block after <!-- output: ${block.path} -->`).toBe(output)
    })
  }
})
