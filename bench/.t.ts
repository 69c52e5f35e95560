import {selectAll} from 'hast-util-select'
import {fromHtml} from 'hast-util-from-html'
const t = fromHtml('<p class=a>x</p>', {fragment: true})
for (const s of [':foo', 'p:hover', '::before', 'p[', ':nth-child(x)', 'a >', ':has()', ':is(p', ':dir(ltr)', ':lang(en)', ':any-link', 'p:focus']) {
  let a = 'ok', b = 'ok'
  try { selectAll(s, {type: 'root', children: []}) } catch (e) { a = String(e).slice(0, 60) }
  try { selectAll(s, t) } catch (e) { b = String(e).slice(0, 60) }
  console.log(s, '|', a, '|', b)
}
