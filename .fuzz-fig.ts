import fc from 'fast-check'
import {cleanArticle} from './src/index.js'
const TAGS = ['p', 'div', 'span', 'b', 'strong', 'i', 'em', 'a', 'img', 'br', 'ul', 'ol', 'li', 'blockquote',
  'figure', 'figcaption', 'code', 'script', 'style', 'small', 'sup', 'del', 'hr', 'section', 'font', 'center']
const ATTRIBUTES = ['href', 'src', 'alt', 'class']
const VALUES = ['https://example.com/a.jpg', '/rel/path.png', 'javascript:alert(1)', 'x', '', 'wp-caption-text', 'data:image/png;base64,AA==']
const TEXTS = ['中文段落，', '小标题', '（图片说明）说明', '（图片来源：Getty Images）', 'word', ' ', '\n', '\n\n', '。', '？', '：',
  '“', '”', '*', '**', '#', '01', 'Caption text', '(照片来自路透社)', '导读：', '\u200b', '\u00a0', '!', '[', ']']
const htmlish = fc.array(fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...TEXTS)},
  {weight: 3, arbitrary: fc.tuple(fc.constantFrom(...TAGS), fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...VALUES)), {maxLength: 2}))
    .map(([tag, attrs]) => `<${tag}${attrs.map(([n, v]) => ` ${n}="${v}"`).join('')}>`)},
  {weight: 2, arbitrary: fc.constantFrom(...TAGS).map((tag) => `</${tag}>`)}
), {maxLength: 40}).map((p) => p.join(''))
const seed = Number(process.argv[2] ?? 1)
try {
  fc.assert(fc.property(htmlish, (input) => {
    const first = cleanArticle(input)
    if (first.warnings.some((w) => w.rule === 'internal/error')) throw new Error('internal error ' + JSON.stringify(first.warnings))
    const second = cleanArticle(first.markdown)
    if (second.markdown !== first.markdown) throw new Error('not idempotent:\n' + JSON.stringify(first.markdown) + '\n' + JSON.stringify(second.markdown))
  }), {seed, numRuns: Number(process.argv[3] ?? 3000)})
  console.log('ok', seed)
} catch (e) { console.log(String(e).slice(0, 1500)) }
