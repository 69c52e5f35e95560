// Dates: what parseDate reads, and the time zone it assumes when the text carries none.
import {cleanArticle, parseDate} from 'unsyndicate'

for (const text of [
  'Mon, 17 Aug 2020 15:53:13 GMT', // zone given: kept
  '2020-08-05 07:55 EDT',
  '1642555024000', // epoch milliseconds: UTC
  '2020年08月05日 07:55', // Chinese text, no zone: +08:00
  '2020-08-05 07:55', // no CJK, no zone: local time, no offset
  'August 14, 2020 3:04 pm',
  '2020年9月1日', // date only
  '2020-02-30' // impossible: null
]) {
  console.log(`${text} → ${parseDate(text)}`)
}
console.log(parseDate('2020-08-05 07:55', {timeZone: '-04:00'}))

const page = '<p>Published: Aug 5, 2020 7:55 am</p><p>The council voted on Monday to extend the night bus service.</p>'
console.log(cleanArticle(page).metadata.publishedAt)
console.log(cleanArticle(page, {timeZone: '-04:00'}).metadata.publishedAt)
