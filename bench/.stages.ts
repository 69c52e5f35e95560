import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {loadDataset} from '../bench/datasets.js'
import {parseEnvelope} from '../src/envelope/parse-envelope.js'
import {hastToMdast, mdastToMarkdown} from '../src/markdown/to-markdown.js'
import {createState} from '../src/pipeline/state.js'
import {bodyToHast} from '../src/tree/to-hast.js'
import * as P from '../src/index.js'
import {rehypeNormalizeWhitespace} from '../src/plugins/normalize-whitespace.js'
import {rehypeArticleSanitize} from '../src/plugins/sanitize.js'
import {rehypeEmojiImages} from '../src/plugins/emoji-images.js'
import {selectRules} from '../src/rules/select-rules.js'
const ds = (process.argv[2] ?? 'corpus') as any
const reps = Number(process.argv[3] ?? 3)
const docs = loadDataset(ds)
const plugins: Array<[string, any, any]> = [
  ['emoji', rehypeEmojiImages, undefined],
  ['hidden', P.rehypeRemoveHidden, undefined],
  ['strip', P.rehypeStripBoilerplate, {rules: selectRules({}), url: undefined}],
  ['anchors', P.rehypeUnwrapNeutralizedAnchors, {mode: 'unwrap'}],
  ['unproxy', P.rehypeUnproxyImages, {proxies: []}],
  ['figures', P.rehypeFigures, {headings: true}],
  ['sanitize', rehypeArticleSanitize, {allowDataImages: false}],
  ['ws', rehypeNormalizeWhitespace, undefined],
  ['meta', P.rehypeArticleMetadata, {url: undefined, timeZone: undefined}]
]
const tot: Record<string, number> = {}
let warm = true
const add = (k: string, t: number) => { if (!warm) tot[k] = (tot[k] ?? 0) + t }
for (let r = -1; r < reps; r++) { warm = r < 0; for (const doc of docs) {
  let t = performance.now()
  fromHtml(doc); add('0 parse-only', performance.now() - t)
  t = performance.now()
  const env = parseEnvelope(doc); add('1 envelope', performance.now() - t)
  const state = createState(env)
  const file = new VFile(); file.data.unsyndicate = state
  t = performance.now()
  let tree: Root = bodyToHast(env.body, env.format); add('2 toHast', performance.now() - t)
  for (const [name, plugin, opts] of plugins) {
    const proc = unified().use(plugin, opts)
    t = performance.now()
    tree = proc.runSync(tree, file) as Root; add('3 ' + name, performance.now() - t)
  }
  t = performance.now()
  const md = hastToMdast(tree); add('4 toMdast', performance.now() - t)
  t = performance.now()
  mdastToMarkdown(md); add('5 toMarkdown', performance.now() - t)
}}
const floor = tot['0 parse-only']!
for (const [k, v] of Object.entries(tot).sort()) console.log(k.padEnd(16), (v / reps).toFixed(1).padStart(9), 'ms', (v / floor).toFixed(2) + '×')
console.log('sum(pipeline)/floor', (Object.entries(tot).filter(([k]) => !k.startsWith('0')).reduce((s, [, v]) => s + v, 0) / floor).toFixed(2))
