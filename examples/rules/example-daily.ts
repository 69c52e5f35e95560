import type {Rule} from 'unsyndicate'

/** Example Daily (a made-up site), and the mirrors that copy it. */
const EXAMPLE_DAILY_HOSTS = ['news.example.com', 'github.com/example-daily-mirror']

/** The "本文来源：URL" line: dropped, and its URL kept as the original article's. */
export const exampleDailySource: Rule = {
  id: 'example-daily/source',
  description: 'Example Daily\'s "本文来源：URL" line; the URL becomes metadata.url.',
  hosts: EXAMPLE_DAILY_HOSTS,
  maxLength: 300,
  removeText: [/^本文来源\s?[:：]\s?https?:\/\/\S+$/],
  extract: {url: /^本文来源\s?[:：]\s?(https?:\/\/\S+)$/, syndicator: 'example-daily'}
}

/** The app promo at the end of every article, and whatever follows it. */
export const exampleDailyFooter: Rule = {
  id: 'example-daily/footer',
  description: 'The "下载Example日报App…" promo and everything after it.',
  hosts: EXAMPLE_DAILY_HOSTS,
  maxLength: 200,
  cutFrom: [/^(?:下载|下載)\s?Example\s?日报\s?App/]
}

/** The Example Daily rules, to pass as `cleanArticle(input, {rules: exampleDailyRules})`. */
export const exampleDailyRules: Rule[] = [exampleDailySource, exampleDailyFooter]
