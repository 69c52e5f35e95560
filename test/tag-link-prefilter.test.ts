import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isTagLink, isTagLinkParsed, mayBeTagLink} from '../src/plugins/unwrap-neutralized-anchors.js'

const PIECES = ['https://x.test', 'http://', '//h.test', '/', '/tag/', '/TAGS/', 'tag', 'Tags', 'keyword', '\u212Aeyword', 'label',
  'LABELS', '/search', 'search.php', '?q=a', '?s=', '&tag=x', '%74ag', '%2F', 'ta\ng', 'ta\tg', '\\', 'releases', '-', 'a', '..', '#x']
const href = fc.array(fc.oneof({weight: 5, arbitrary: fc.constantFrom(...PIECES)}, {weight: 1, arbitrary: fc.string({maxLength: 3})}),
  {maxLength: 8}).map((parts) => parts.join(''))

describe('mayBeTagLink', () => {
  it('never rejects a tag link', () => {
    let tagLinks = 0
    fc.assert(fc.property(href, (value) => {
      const parsed = isTagLinkParsed(value)
      if (parsed) tagLinks++
      expect(isTagLink(value)).toBe(parsed)
      return !parsed || mayBeTagLink(value)
    }), {numRuns: 5000})
    expect(tagLinks).toBeGreaterThan(100)
  })

  it('rejects ordinary links and passes escaped ones to the parser', () => {
    expect(mayBeTagLink('https://example.com/2020/01/story.html')).toBe(false)
    expect(mayBeTagLink('https://example.com/%74ag/x')).toBe(true)
    expect(isTagLink('https://example.com/%74ag/x')).toBe(true)
    expect(isTagLink('https://example.com/\u212Aeyword/x')).toBe(true)
    expect(isTagLink('https://example.com/ta\ng/x')).toBe(true)
  })
})
