import type {Root} from 'hast'
import type {Plugin} from 'unified'
import {unredirectUrl} from '../util/unredirect-url.js'
import {eachElement} from '../util/walk.js'

/**
 * Point links that go through a known tracking redirect or exit
 * interstitial at their target (`<a href="https://link.zhihu.com/?target=https%3A//example.com/">`
 * → `https://example.com/`; the redirects are data, in
 * `src/rules/link-redirects.ts`). Links through anything else are left as
 * they are.
 *
 * @example
 * ```ts
 * unified().use(rehypeUnwrapRedirects).runSync(tree)
 * ```
 */
export const rehypeUnwrapRedirects: Plugin<[], Root> = function () {
  return (tree) => {
    eachElement(tree, (element) => {
      if (element.tagName !== 'a') return
      const href = element.properties['href']
      if (typeof href !== 'string') return
      const target = unredirectUrl(href.trim())
      if (target !== null) element.properties['href'] = target
    })
  }
}
