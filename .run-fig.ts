import {readFileSync} from 'node:fs'
import {cleanArticle} from './src/index.js'
const r = cleanArticle(readFileSync(process.argv[2]!, 'utf8'))
console.log(r.markdown)
console.log(JSON.stringify(r.metadata.images, null, 1))
console.log(JSON.stringify(r.removed.filter(x => x.rule.startsWith('fig') || x.rule.startsWith('metadata')), null, 0))
