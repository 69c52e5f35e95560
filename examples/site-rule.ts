// Use your own site rules: pass them in `rules`; the built-in rules still apply.
import {cleanArticle} from 'unsyndicate'
import {exampleDailyRules} from './rules/example-daily.js'

const input = `<p>市政府周一宣布，地铁三号线将于下月延长运营时间至凌晨一点。</p>
<p>本文来源：https://www.example.org/metro/2024/0501.html</p>
<p>下载Example日报App，阅读更多本地新闻</p>
<p><a href="https://news.example.com/">首页</a> | <a href="https://news.example.com/local">本地</a></p>`

const {markdown, metadata, removed} = cleanArticle(input, {
  url: 'https://news.example.com/2024/05/01/123.html',
  rules: exampleDailyRules
})

console.log(markdown)
console.log(JSON.stringify({url: metadata.url, syndicator: metadata.syndicator}))
console.log(JSON.stringify(removed, null, 2))
