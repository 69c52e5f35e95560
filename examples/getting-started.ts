// Clean one feed-archive page: Markdown, metadata, and what was removed and why.
import {cleanArticle} from 'unsyndicate'

const input = `<!--1642555024000-->
[英媒：阿里巴巴美国云端业务恐不保](https://www.dw.com/zh/a-60469586)
------

<div><i><br>2022-01-19T01:08:24.238Z</i></div><img src="https://images.weserv.nl/?url=static.dw.com/image/57152918_303.jpg" width="100%"><div><small style="color: #999;"> 路透社周二 (1月18日)独家报导指出，美国政府正在审查阿里巴巴的云端业务。</small></div><p>(德国之声中文网) 路透社周二 (1月18日)独家报导指出，美国政府正在审查阿里巴巴的云端业务，以确定其是否对美国国家安全构成风险。</p>
<p><em>© 2022</em><em>年德国之声版权声明：本文所有内容受到著作权法保护，如无德国之声特别授权，不得擅自使用。</em></p><br><hr><div>获取更多RSS：<br><a href="https://feedx.net">https://feedx.net</a></div>`

const {markdown, metadata, removed, warnings} = cleanArticle(input)

console.log(markdown)
const {title, url, publisher, syndicator, publishedAt, archivedAt, lang, leadImage} = metadata
console.log(JSON.stringify({title, url, publisher, syndicator, publishedAt, archivedAt, lang, leadImage}, null, 2))
console.log(JSON.stringify(removed, null, 2))
console.log(JSON.stringify(warnings))
