import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {cleanArticle, rehypeEmojiImages} from '../src/index.js'

const run = (html: string): string =>
  String(unified().use(rehypeParse, {fragment: true}).use(rehypeEmojiImages).use(rehypeStringify).processSync(html))

const SMILEY = 'https://s.w.org/images/core/emoji/12.0.0-1/72x72/1f437.png'

describe('rehypeEmojiImages', () => {
  it('turns a WordPress smiley image into its emoji, inside the sentence', () => {
    expect(run(`<p>评论让<img src="${SMILEY}" alt="🐷" class="wp-smiley" style="height: 1em; max-height: 1em;">给拱没了</p>`)).toBe(
      '<p>评论让🐷给拱没了</p>'
    )
  })

  it('keeps emoji sequences (skin tones, joiners, enclosed ideographs)', () => {
    expect(run('<p>a<img class="emoji" alt="🙏🏻" src="x.png">b<img class="wp-smiley" alt="㊗" src="y.png"></p>')).toBe('<p>a🙏🏻b㊗</p>')
    expect(run('<p><img class="emoji" alt="👩‍👩‍👧" src="x.png"></p>')).toBe('<p>👩‍👩‍👧</p>')
  })

  it('recognises an emoji image by its image set when it has no class', () => {
    expect(run(`<p>ok<img src="${SMILEY}" alt="🐷"></p>`)).toBe('<p>ok🐷</p>')
  })

  it('keeps real images, even with an emoji alt or an emoji class but a described alt', () => {
    const photo = '<p><img src="https://x.test/photo.jpg" alt="🐷"></p>'
    expect(run(photo)).toBe(photo)
    const described = '<p><img class="wp-smiley" src="https://x.test/a.png" alt="a pig"></p>'
    expect(run(described)).toBe(described)
    const noAlt = `<p><img class="wp-smiley" src="${SMILEY}"></p>`
    expect(run(noAlt)).toBe(noAlt)
  })

  it('keeps a sentence whole in the cleaned Markdown', () => {
    const {markdown, metadata} = cleanArticle(`<p>谢谢大家<img src="${SMILEY}" alt="🙏" class="wp-smiley">明天见。</p>`)
    expect(markdown).toBe('谢谢大家🙏明天见。\n')
    expect(metadata.images).toEqual([])
  })
})
