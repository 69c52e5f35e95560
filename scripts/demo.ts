/**
 * The demo: clean every bundled example (the five seed samples) and print
 * the Markdown, the metadata and what was removed and why.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {cleanArticle} from '../src/index.js'

const root = new URL('../fixtures/seeds/', import.meta.url).pathname
const rule = '─'.repeat(72)
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name)
  const inputName = readdirSync(dir).find((file) => file.startsWith('input.'))
  if (!inputName) continue
  const input = readFileSync(join(dir, inputName), 'utf8')
  const {markdown, metadata, removed, warnings} = cleanArticle(input)
  console.log(`${rule}\n${name} (${input.length} chars in → ${markdown.length} chars out)\n${rule}`)
  console.log(markdown)
  console.log('metadata:', JSON.stringify(metadata, null, 2))
  console.log(`removed (${removed.length}):`)
  for (const item of removed) console.log(`  [${item.rule}] ${item.text}`)
  if (warnings.length > 0) console.log('warnings:', warnings)
  console.log()
}
