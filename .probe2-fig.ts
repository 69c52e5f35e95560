import {fromHtml} from 'hast-util-from-html'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {rehypeFigures} from './src/index.js'
import {bodyToHast} from './src/tree/to-hast.js'
import {parseEnvelope} from './src/envelope/parse-envelope.js'
const p = unified().use(rehypeFigures).use(rehypeStringify)
const e = parseEnvelope('<strong>0<p>')
console.log(e.format, JSON.stringify(bodyToHast(e.body, e.format)).slice(0, 400))
console.log(p.stringify(p.runSync(fromHtml('<strong>0<p>', {fragment: true}))))
