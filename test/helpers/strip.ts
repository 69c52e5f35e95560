import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {builtinRules, rehypeStripBoilerplate, type Rule} from '../../src/index.js'
import {getState} from '../../src/pipeline/state.js'

/** Run rehypeStripBoilerplate alone (built-in rules by default) on an HTML fragment. */
export function strip(html: string, options: {rules?: readonly Rule[]; url?: string} = {}) {
  const tree = fromHtml(html, {fragment: true})
  const file = new VFile()
  unified()
    .use(rehypeStripBoilerplate, {rules: options.rules ?? builtinRules, url: options.url})
    .runSync(tree, file)
  const state = getState(file)
  return {html: toHtml(tree), removed: state.removed, lifted: state.lifted}
}

/** A paragraph of ordinary article text, to stand around the debris. */
export const BODY = '<p>美国政府正在审查阿里巴巴的云端业务，以确定其是否对美国国家安全构成风险。</p>'
