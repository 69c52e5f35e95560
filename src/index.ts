/**
 * unsyndicate: clean syndicated article dumps into Markdown and metadata.
 *
 * @packageDocumentation
 * @module unsyndicate
 */
export {cleanArticle, DEFAULT_MAX_INPUT_LENGTH} from './pipeline/clean-article.js'
export {unsyndicate} from './preset.js'
export {parseEnvelope} from './envelope/parse-envelope.js'
export type {Envelope, BodyFormat, TitleHeader} from './envelope/types.js'
export {rehypeSelectArticle, ARTICLE_SELECTORS} from './plugins/select-article.js'
export {rehypeRemoveHidden} from './plugins/remove-hidden.js'
export {rehypeEmojiImages, isEmojiImage} from './plugins/emoji-images.js'
export {rehypeStripBoilerplate, type StripBoilerplateOptions} from './plugins/strip-boilerplate.js'
export {rehypeUnwrapNeutralizedAnchors, isTagLink, type UnwrapNeutralizedAnchorsOptions} from './plugins/unwrap-neutralized-anchors.js'
export {rehypeUnproxyImages, type UnproxyImagesOptions} from './plugins/unproxy-images.js'
export {unproxyUrl, unknownProxyHost} from './util/unproxy-url.js'
export {builtinProxies} from './rules/image-proxies.js'
export {rehypeUnwrapRedirects} from './plugins/unwrap-redirects.js'
export {unredirectUrl} from './util/unredirect-url.js'
export {LINK_REDIRECTS, type LinkRedirect} from './rules/link-redirects.js'
export {rehypeUnwrapLayoutTables, isLayoutTable} from './plugins/unwrap-layout-tables.js'
export {rehypeResolveUrls, resolveUrl, type ResolveUrlsOptions} from './plugins/resolve-urls.js'
export {rehypeFigures} from './plugins/figures.js'
export {rehypeArticleSanitize, articleSchema, type ArticleSchemaOptions, type RehypeArticleSanitizeOptions} from './plugins/sanitize.js'
export {rehypeNormalizeWhitespace} from './plugins/normalize-whitespace.js'
export {rehypeArticleMetadata, type ArticleMetadataOptions} from './plugins/article-metadata.js'
export {rehypeCollectPageMetadata, type PageMetadata} from './plugins/collect-page-metadata.js'
export {parseDate, findDate, type ParseDateOptions, type FoundDate} from './date/parse-date.js'
export {articleMetadataSchema, type JsonSchema} from './metadata/schema.js'
export {parseCreditLine, splitCaptionCredit, type CaptionCredit} from './metadata/credit-line.js'
export {detectLang} from './metadata/detect-lang.js'
export {publisherForUrl} from './metadata/publishers.js'
export {builtinRules} from './rules/index.js'
export type {RuleCreditExtract, RuleLinkLines} from './types.js'
export type {
  AnchorMode,
  ArticleMetadata,
  ArticleStats,
  CleanOptions,
  CleanResult,
  Credit,
  CreditRole,
  ImageInfo,
  ProxyPattern,
  Removal,
  Rule,
  RuleExtract,
  Warning
} from './types.js'
