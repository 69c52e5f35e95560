import type {Root} from 'hast'
import type {Plugin} from 'unified'
import {rehypeArticleMetadata} from './plugins/article-metadata.js'
import {rehypeCollectPageMetadata} from './plugins/collect-page-metadata.js'
import {rehypeEmojiImages} from './plugins/emoji-images.js'
import {rehypeFigures} from './plugins/figures.js'
import {rehypeNormalizeWhitespace} from './plugins/normalize-whitespace.js'
import {rehypeRemoveHidden} from './plugins/remove-hidden.js'
import {rehypeResolveUrls} from './plugins/resolve-urls.js'
import {rehypeSelectArticle} from './plugins/select-article.js'
import {rehypeArticleSanitize} from './plugins/sanitize.js'
import {rehypeStripBoilerplate} from './plugins/strip-boilerplate.js'
import {rehypeUnproxyImages} from './plugins/unproxy-images.js'
import {rehypeUnwrapLayoutTables} from './plugins/unwrap-layout-tables.js'
import {rehypeUnwrapNeutralizedAnchors} from './plugins/unwrap-neutralized-anchors.js'
import {rehypeUnwrapRedirects} from './plugins/unwrap-redirects.js'
import {selectRules} from './rules/select-rules.js'
import type {CleanOptions} from './types.js'

/**
 * The whole cleaning stage as one unified preset (hast → hast): the page's
 * `<head>` metadata (read before anything is removed), the article of a full page, emoji images, hidden content, boilerplate, neutralized anchors, image proxies, link redirects, relative URLs, figures,
 * sanitizing, whitespace, then metadata into `file.data.article`.
 *
 * @example
 * ```ts
 * import rehypeParse from 'rehype-parse'
 * import rehypeStringify from 'rehype-stringify'
 * import {unified} from 'unified'
 * import {unsyndicate} from 'unsyndicate'
 *
 * const file = unified().use(rehypeParse, {fragment: true}).use(unsyndicate).use(rehypeStringify)
 *   .processSync('<p>Text</p><ins class="adsbygoogle"></ins>')
 * ```
 */
export const unsyndicate: Plugin<[CleanOptions?], Root> = function (options) {
  const settings = options ?? {}
  this.use(rehypeCollectPageMetadata)
    .use(rehypeSelectArticle)
    .use(rehypeEmojiImages)
    .use(rehypeRemoveHidden)
    .use(rehypeStripBoilerplate, {rules: selectRules(settings), url: settings.url})
    .use(rehypeUnwrapNeutralizedAnchors, {mode: settings.anchors ?? 'unwrap'})
  if (settings.unproxyImages !== false) {
    this.use(rehypeUnproxyImages, {proxies: settings.proxies ?? []})
  }
  this.use(rehypeUnwrapRedirects)
    .use(rehypeResolveUrls, {base: settings.url})
    .use(rehypeUnwrapLayoutTables)
    .use(rehypeFigures, {headings: settings.headings !== false})
    .use(rehypeArticleSanitize, {allowDataImages: settings.allowDataImages === true})
    .use(rehypeNormalizeWhitespace)
    .use(rehypeArticleMetadata, {url: settings.url, timeZone: settings.timeZone})
}
