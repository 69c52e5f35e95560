import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {cleanArticle, rehypeSelectArticle} from '../src/index.js'

const run = (html: string, fragment = false) => {
  const file = unified().use(rehypeParse, {fragment}).use(rehypeSelectArticle).use(rehypeStringify).processSync(html)
  return {html: String(file), removed: file.data.unsyndicate?.removed ?? []}
}

const STORY = '<p>The council voted on Monday to bring back the night bus service on three routes.</p>' +
  '<p>Services start in April and run until 4 a.m. on Fridays and Saturdays.</p>'

const PAGE = '<!doctype html><html lang="en"><head><title>Night buses return - Example News</title>' +
  '<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head><body>' +
  '<header><a href="/">Example News</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>' +
  `<main><article><h1>Night buses return</h1>${STORY}</article>` +
  '<aside><h2>Most read</h2><ul><li><a href="/a">Rail strike called off</a></li><li><a href="/b">New library opens</a></li></ul></aside></main>' +
  '<footer><p>© 2024 Example News. All rights reserved.</p><p>Contact us | Privacy | Terms</p></footer></body></html>'

describe('rehypeSelectArticle', () => {
  it('keeps only the article of a full page and reports the rest', () => {
    const {html, removed} = run(PAGE)
    expect(html).toBe(`<article><h1>Night buses return</h1>${STORY}</article>`)
    expect(removed.map((r) => r.rule)).toEqual(['page/outside-article', 'page/outside-article', 'page/outside-article'])
    expect(removed[0]!.text).toContain('Example News')
    expect(removed[1]!.text).toContain('Most read')
  })

  it('prefers itemprop=articleBody over article, and the largest match', () => {
    const page = '<html><body><article><h1>T</h1><div itemprop="articleBody"><p>Body text of the story, long enough.</p></div>' +
      '<p>Comments: nice story</p></article></body></html>'
    expect(run(page).html).toBe('<div itemprop="articleBody"><p>Body text of the story, long enough.</p></div>')
    const cards = `<html><body><article><p>Card.</p></article><article>${STORY}</article></body></html>`
    expect(run(cards).html).toBe(`<article>${STORY}</article>`)
  })

  it('leaves a page alone when the article holds too little of its text', () => {
    const page = `<html><head></head><body>${STORY}${STORY}<article><p>A small embedded card.</p></article></body></html>`
    expect(run(page).html).toBe(page)
  })

  it('does not count the text of inline scripts and styles against the article', () => {
    const config = `<script>var s_domain = {${'"key": "value", '.repeat(40)}};</script><style>${'.a{color:red}'.repeat(40)}</style>`
    const page = `<html><head></head><body><div>Menu</div>${config}<div class="article-content">${STORY}</div></body></html>`
    expect(run(page).html).toBe(`<div class="article-content">${STORY}</div>`)
  })

  it('narrows a page that marks no article to the element whose paragraphs hold most of its text, with the headline right above it', () => {
    const para = (text: string) => `<p>${text} The council voted on Monday to bring back the night bus service.</p>`
    const story = `<div id="p-detail">${para('One.')}${para('Two.')}${para('Three.')}</div>`
    const page = `<html><head></head><body><div class="nav"><a href="/">Home</a> <a href="/w">World</a></div><div class="main"><h1>Night buses return</h1><div class="meta">2026-07-10 06:12</div>${story}</div><div class="footer"><p>Copyright the site, all rights reserved forever.</p></div></body></html>`
    const result = run(page)
    // The footer's paragraph keeps the container under nine tenths, so it widens to what holds the headline too.
    expect(result.html).toBe(`<div class="main"><h1>Night buses return</h1><div class="meta">2026-07-10 06:12</div>${story}</div>`)
    expect(result.removed.map((entry) => entry.rule)).toEqual(['page/outside-article', 'page/outside-article'])
    // A container with a headline right above keeps it; without one, only the container.
    const headed = `<html><head></head><body><div class="nav"><a href="/">Home</a> <a href="/w">World</a></div><div class="main"><h1>Night buses return</h1><div class="meta">2026-07-10 06:12</div>${story}</div><div class="footer">© Site</div></body></html>`
    expect(run(headed).html).toBe(`<h1>Night buses return</h1><div class="meta">2026-07-10 06:12</div>${story}`)
    const bare = `<html><head></head><body><div class="nav"><a href="/">Home</a></div>${story}<div class="footer">© Site</div></body></html>`
    expect(run(bare).html).toBe(story)
  })

  it('never takes a sidebar of paragraphs over an article written with <br>, and widens to hold an article split by an ad', () => {
    const line = 'This is a line of the article text that is long enough to count as a paragraph here.'
    const br = `<html><head></head><body><div id="endText">${Array(6).fill(line).join('<br><br>')}</div><div class="sidebar">${Array(4).fill('<p>A related blurb about something else, sixty chars long.</p>').join('')}</div></body></html>`
    expect(run(br).html).toBe(br)
    const p = (text: string) => `<p>${text} ${line}</p>`
    const content = `<div id="content"><div class="text">${['1', '2', '3', '4', '5', '6'].map(p).join('')}</div><div class="ad"></div><div class="text">${p('7')}</div></div>`
    expect(run(`<html><head></head><body><div class="nav"><a href="/">Home</a></div>${content}<div class="footer">© Site</div></body></html>`).html).toBe(content)
  })

  it('leaves a page alone when no element holds most of its paragraphs', () => {
    const para = '<p>The council voted on Monday to bring back the night bus service.</p>'
    const page = `<html><head></head><body><div>${para}${para}</div><div>${para}${para}</div></body></html>`
    expect(run(page).html).toBe(page)
  })

  it('never narrows a fragment', () => {
    const fragment = `${STORY}<article><p>An embedded related post with its own title and text.</p></article>`
    expect(run(fragment, true).html).toBe(fragment)
  })
})

describe('cleanArticle on a full page', () => {
  it('gives the story alone, with the page metadata', () => {
    const {markdown, metadata, removed} = cleanArticle(PAGE)
    expect(markdown).toBe('The council voted on Monday to bring back the night bus service on three routes.\n\n' +
      'Services start in April and run until 4 a.m. on Fridays and Saturdays.\n')
    expect(metadata.title).toBe('Night buses return')
    expect(metadata.publishedAt).toBe('2024-03-05T08:00:00Z')
    expect(removed.map((r) => r.rule)).toEqual(['page/outside-article', 'page/outside-article', 'page/outside-article', 'metadata/title-repeat'])
  })
})
