// The whole cleaning stage (the `unsyndicate` preset) on a hast tree you already have.
import {fromHtml} from 'hast-util-from-html'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {unsyndicate} from 'unsyndicate'

const tree = fromHtml(
  '<p>（德国之声中文网）路透社周二独家报导指出，美国政府正在审查阿里巴巴的云端业务。</p>' +
    '<p>分享到：微博 微信</p>' +
    '<p><em>© 2022年德国之声版权声明：本文所有内容受到著作权法保护。</em></p>',
  {fragment: true}
)

const processor = unified()
  .use(unsyndicate, {url: 'https://www.dw.com/zh/a-60469586'})
  .use(rehypeStringify)
const file = new VFile()
const cleaned = processor.runSync(tree, file)

console.log(processor.stringify(cleaned, file))
console.log(JSON.stringify(file.data.unsyndicate?.removed, null, 2))
const {publisher, lang, url} = file.data.article ?? {}
console.log(JSON.stringify({publisher, lang, url}))
