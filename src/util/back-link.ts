/** Pictographs used as labels (`📅`, `🔗`, `🔙`) and the joiners and selectors that go with them. */
export const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu

/** GitHub emoji shortcodes (`:house:`), as Markdown archives write them. */
const SHORTCODES = /:[a-z\d_+-]{1,30}:/g

/** A link back to the archive's own pages: `返回日历`, `回到首页`, `Back to index`, `Home`. */
const BACK_LABEL = /^(?:(?:返回|回到)[^\s]{0,8}|back(?: to [\w ]{1,20})?|home(?:page)?|index|首页|首頁|主页|主頁|目录|目錄)$/i

/** A link's label with pictographs and emoji shortcodes dropped and whitespace collapsed. */
export function bareLabel(label: string): string {
  return label.replace(PICTOGRAPHS, ' ').replace(SHORTCODES, ' ').replace(/\s+/g, ' ').trim()
}

/** Whether a link labelled `label` leads back to the archive (`🔙 返回日历`, `:house:返回首頁`, `Back to index`). */
export function isBackLabel(label: string): boolean {
  return BACK_LABEL.test(bareLabel(label))
}
