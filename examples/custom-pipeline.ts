// A pipeline of your own from unsyndicate's plugins: HTML in, cleaned HTML out.
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {
  builtinRules,
  rehypeRemoveHidden,
  rehypeStripBoilerplate,
  rehypeUnproxyImages
} from 'unsyndicate'

const html =
  '<p>路透社周二独家报导指出，美国政府正在审查阿里巴巴的云端业务。</p>' +
  '<p><img src="https://images.weserv.nl/?url=static.dw.com/image/57152918_303.jpg" alt="阿里巴巴"></p>' +
  '<p>Text.<span style="display:none">hidden tracking text</span></p>' +
  '<ins class="adsbygoogle" data-ad-slot="123"></ins>' +
  '<p>免责声明：本文仅代表作者观点。</p>'

const processor = unified()
  .use(rehypeParse, {fragment: true})
  .use(rehypeRemoveHidden)
  .use(rehypeStripBoilerplate, {rules: builtinRules})
  .use(rehypeUnproxyImages)
  .use(rehypeStringify)

const file = processor.processSync(html)

console.log(String(file))
// Every plugin reports what it dropped, and why, on the file:
console.log(JSON.stringify(file.data.unsyndicate?.removed, null, 2))
