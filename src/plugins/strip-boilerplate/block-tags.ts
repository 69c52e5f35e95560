/** Elements that start a block of their own (a "line" ends before and after them). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'iframe', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'video', 'audio', 'object', 'embed'
])

/** Elements that are content even without text (an element holding one is never "empty"). */
export const MEDIA_TAGS: ReadonlySet<string> = new Set([
  'img', 'picture', 'video', 'audio', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math', 'input'
])

/** Elements whose text is not article text (never read, only removable by selector). */
export const OPAQUE_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'head', 'title'])
