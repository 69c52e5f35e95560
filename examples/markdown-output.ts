// How the output rules look on a small page.
import {cleanArticle} from 'unsyndicate'

const input = `<h2>小标题</h2>
<p>他说<strong>“引语”</strong>在这里，修改了
  <strong>技术</strong>
  出口。</p>
<figure><img src="https://example.com/a.jpg" alt="地铁"><figcaption>新线路开通（图：路透社）</figcaption></figure>
<p>See https://example.com/page — and <a href="https://example.com/more">a link</a>.</p>
<p>Stars and underscores are text: **not bold**, _not emphasis_, 1. not a list</p>
<p>line one<br>line two</p>
<ul><li>one</li><li>two</li></ul>
<table><tr><th>年份</th><th>数量</th></tr><tr><td>2020</td><td>12</td></tr></table>
<pre><code>const x = 1</code></pre>
<p>A <span href="https://example.com/neutralized">neutralized anchor</span> and <script>alert(1)</script>no script.</p>`

console.log(cleanArticle(input).markdown)
console.log(cleanArticle(input, {anchors: 'restore'}).markdown.split('\n').at(-2))
