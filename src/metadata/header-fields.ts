/** Labels of the fields a WeChat export's or clipper's header holds, each before a colon. */
const FIELD_LABEL = /(?:(?:来自|來自)?(?:微信)?(?:公众号|公眾號)|原作者|作者|来源|來源|发布时间|發布時間|發佈時間|发布日期|發布日期|原文链接|原文連結|原文地址)[ ]?[:：]/gu
/** Longest text read as header fields. */
const LONGEST_FIELDS = 300

/**
 * The fields of a text that is only header fields run together (two or
 * more, the first at the start), each from its label to the next; `null`
 * otherwise.
 */
export function headerFields(text: string): string[] | null {
  if (text.length > LONGEST_FIELDS) return null
  const starts: number[] = []
  for (const match of text.matchAll(FIELD_LABEL)) starts.push(match.index)
  if (starts.length < 2 || starts[0] !== 0) return null
  return starts.map((start, index) => text.slice(start, starts[index + 1] ?? text.length).trim())
}
