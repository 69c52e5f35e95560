/**
 * Write `expected.md` and `expected.json` for every fixture of a group
 * (`seeds`, the default, or `wild`: `npx tsx scripts/update-fixtures.ts wild`)
 * from the current library. Review the diff line by line against the input before
 * committing: these files are the specification the tests hold us to.
 */
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {cleanArticle} from '../src/index.js'

const group = process.argv[2] === 'wild' ? 'wild' : 'seeds'
const root = new URL(`../fixtures/${group}/`, import.meta.url).pathname
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name)
  if (!statSync(dir).isDirectory()) continue
  const inputName = readdirSync(dir).find((file) => file.startsWith('input.'))
  if (!inputName) continue
  const result = cleanArticle(readFileSync(join(dir, inputName), 'utf8'))
  writeFileSync(join(dir, 'expected.md'), result.markdown)
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(result.metadata, null, 2) + '\n')
  console.log(`${name}: ${result.markdown.length} chars, ${result.removed.length} removed, ${result.warnings.length} warnings`)
}
