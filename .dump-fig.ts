import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {toHtml} from 'hast-util-to-html'
import type {Root} from 'hast'
import {parseEnvelope} from '/work/main/src/envelope/parse-envelope.js'
import {bodyToHast} from '/work/main/src/tree/to-hast.js'
import {createState} from '/work/main/src/pipeline/state.js'
import {rehypeRemoveHidden} from '/work/main/src/plugins/remove-hidden.js'
import {rehypeStripBoilerplate} from '/work/main/src/plugins/strip-boilerplate.js'
import {rehypeUnwrapNeutralizedAnchors} from '/work/main/src/plugins/unwrap-neutralized-anchors.js'
import {rehypeUnproxyImages} from '/work/main/src/plugins/unproxy-images.js'
import {selectRules} from '/work/main/src/rules/select-rules.js'
const text = readFileSync(process.argv[2]!, 'utf8')
const envelope = parseEnvelope(text)
const file = new VFile(); file.data.unsyndicate = createState(envelope)
const tree: Root = bodyToHast(envelope.body, envelope.format)
const out = unified().use(rehypeRemoveHidden).use(rehypeStripBoilerplate, {rules: selectRules({}), url: undefined})
  .use(rehypeUnwrapNeutralizedAnchors, {mode: 'unwrap'}).use(rehypeUnproxyImages, {proxies: []}).runSync(tree, file) as Root
console.log(envelope.format)
console.log(toHtml(out))
