import {readFileSync} from 'node:fs'
import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {getState} from '../src/pipeline/state.js'
import {rehypeUnproxyImages} from '../src/plugins/unproxy-images.js'
import {builtinProxies} from '../src/rules/image-proxies.js'
import type {ProxyPattern} from '../src/types.js'
import {parseSrcset, bestSrcsetCandidate} from '../src/util/srcset.js'
import {unknownProxyHost, unproxyUrl} from '../src/util/unproxy-url.js'
import {corpusFiles, fixtureCases} from './helpers/fixtures.js'

/** Hex-encode UTF-8 text (camo). */
function hex(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** Base64url-encode UTF-8 text, unpadded (Inoreader). */
function base64url(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

/** Run the plugin alone on an HTML fragment. */
function run(html: string, proxies?: ProxyPattern[]) {
  const tree = fromHtml(html, {fragment: true})
  const file = new VFile()
  const processor = unified().use(rehypeUnproxyImages, proxies ? {proxies} : undefined).use(rehypeStringify)
  const out = processor.runSync(tree, file)
  return {html: processor.stringify(out, file), warnings: getState(file).warnings, tree: out}
}

describe('unproxyUrl: weserv', () => {
  it.each([
    ['https://images.weserv.nl/?url=static.dw.com/image/57152918_303.jpg', 'https://static.dw.com/image/57152918_303.jpg'],
    ['https://images.weserv.nl?url=gdb.voanews.com/a_w900.jpg', 'https://gdb.voanews.com/a_w900.jpg'],
    ['https://images.weserv.nl/?url=ssl:example.com/a.jpg&w=600', 'https://example.com/a.jpg'],
    ['https://wsrv.nl/?url=https%3A%2F%2Fexample.com%2Fa%20b.jpg', 'https://example.com/a%20b.jpg'],
    ['https://wsrv.nl/?url=https%253A%252F%252Fexample.com%252Fa%2520b.jpg', 'https://example.com/a%20b.jpg'],
    ['https://wsrv.nl/?w=300&url=example.com%2Fa.jpg%3Fv%3D2&h=200', 'https://example.com/a.jpg?v=2'],
    ['https://images.weserv.nl/?url=http://example.com/a.jpg', 'http://example.com/a.jpg'],
    ['https://images.weserv.nl/?url=ssl%3Aexample.com%2Fa.jpg', 'https://example.com/a.jpg'],
    ['//images.weserv.nl/?url=example.com/a.jpg', 'https://example.com/a.jpg'],
    ['https://images.weserv.nl/?url=example.com/a+b.jpg', 'https://example.com/a+b.jpg'],
    ['https://images.weserv.nl/?url=example.com/%E5%9B%BE.jpg', 'https://example.com/%E5%9B%BE.jpg']
  ])('%s', (input, expected) => {
    expect(unproxyUrl(input)).toBe(expected)
  })

  it('undoes nested proxies', () => {
    const inner = 'https://wsrv.nl/?url=' + encodeURIComponent('https://i0.wp.com/example.com/a.jpg?w=300')
    expect(unproxyUrl('https://images.weserv.nl/?url=' + encodeURIComponent(inner) + '&w=600')).toBe('https://example.com/a.jpg')
  })

  it('stops after a bounded number of rounds', () => {
    let url = 'https://example.com/a.jpg'
    for (let index = 0; index < 50; index++) url = 'https://wsrv.nl/?url=' + encodeURIComponent(url)
    const result = unproxyUrl(url)
    expect(result.startsWith('https://wsrv.nl/')).toBe(true)
    expect(result.length).toBeLessThan(url.length)
  })
})

describe('unproxyUrl: other proxies', () => {
  it.each([
    ['https://i0.wp.com/chinadigitaltimes.net/chinese/files/2020/06/x.jpg?resize=600%2C400&ssl=1', 'https://chinadigitaltimes.net/chinese/files/2020/06/x.jpg'],
    ['https://i1.wp.com/example.com/a.jpg?w=640', 'https://example.com/a.jpg'],
    ['https://i2.wp.com/example.com/a.jpg?fit=1024%2C683&ssl=1&v=3', 'https://example.com/a.jpg?v=3'],
    ['https://i3.wp.com/example.com/wp-content/uploads/a.png', 'https://example.com/wp-content/uploads/a.png'],
    ['https://www.example.com/_next/image?url=%2Fimages%2Fa.jpg&w=1080&q=75', 'https://www.example.com/images/a.jpg'],
    ['https://www.example.com/_next/image?url=https%3A%2F%2Fcdn.example.org%2Fa.png&w=640&q=75', 'https://cdn.example.org/a.png'],
    ['/_next/image?url=%2Fimages%2Fa.jpg&w=1080&q=75', '/images/a.jpg'],
    ['https://example.com/cdn-cgi/image/width=800,quality=75/uploads/a.jpg', 'https://example.com/uploads/a.jpg'],
    ['https://example.com/cdn-cgi/image/width=800,quality=75/https://other.org/a.jpg', 'https://other.org/a.jpg'],
    ['https://example.com/cdn-cgi/image/fit=cover/https%3A%2F%2Fother.org%2Fa.jpg', 'https://other.org/a.jpg'],
    ['https://camo.githubusercontent.com/0123456789abcdef0123456789abcdef01234567/' + hex('https://example.com/a.png'), 'https://example.com/a.png'],
    ['https://images.feedbinusercontent.com/0123456789abcdef0123456789abcdef01234567/' + hex('http://example.com/b.gif'), 'http://example.com/b.gif'],
    [
      'https://www.inoreader.com/camo/syTLE-a1MEdDXhwx3ApEOV-s5_G8gDPx0rW5DvgKbE2Q,b64/aHR0cHM6Ly90dmF4Mi5zaW5haW1nLmNuL2xhcmdlLzhkZmI2ZDA2Z3kxZ3pwY2ttZWJkemoyMHJzMGZtZGkwLmpwZw',
      'https://tvax2.sinaimg.cn/large/8dfb6d06gy1gzpckmebdzj20rs0fmdi0.jpg'
    ],
    ['https://www.inoreader.com/camo/abc,q80,x120,b64/' + base64url('https://example.com/图.jpg?x=1'), 'https://example.com/%E5%9B%BE.jpg?x=1'],
    ['https://external-content.duckduckgo.com/iu/?u=https%3A%2F%2Fexample.com%2Fa.jpg&f=1&nofb=1', 'https://example.com/a.jpg'],
    [
      'https://substackcdn.com/image/fetch/w_1456,c_limit,f_webp,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fa.png',
      'https://substack-post-media.s3.amazonaws.com/public/images/a.png'
    ],
    ['https://imgproxy.example.com/insecure/rs:fit:300:300/plain/https://example.com/a.jpg@webp', 'https://example.com/a.jpg'],
    ['https://imageproxy.example.net/100x150,q80/https://example.com/a.jpg', 'https://example.com/a.jpg'],
    ['https://thumbor.example.net/unsafe/fit-in/300x200/https://example.com/a.jpg', 'https://example.com/a.jpg'],
    ['https://example.com/_ipx/w_300/images/a.jpg', 'https://example.com/images/a.jpg']
  ])('%s', (input, expected) => {
    expect(unproxyUrl(input)).toBe(expected)
  })

  it.each([
    'https://static.dw.com/image/57152918_303.jpg',
    'https://cdn.example.com/a.jpg?w=600&q=80',
    '/images/a.jpg',
    'a.jpg',
    'https://web.archive.org/web/20200101000000im_/https://example.com/a.jpg',
    'https://i0.wp.com/not-a-host/a.jpg',
    'https://example.com/_next/image?w=640',
    'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    '',
    '   '
  ])('keeps %j as it is', (input) => {
    expect(unproxyUrl(input)).toBe(input)
  })
})

describe('unproxyUrl: safety', () => {
  it.each([
    'https://images.weserv.nl/?url=javascript:alert(1)',
    'https://images.weserv.nl/?url=javascript%3Aalert(document.cookie)',
    'https://wsrv.nl/?url=data:text/html,<script>alert(1)</script>',
    'https://www.example.com/_next/image?url=javascript%3Aalert(1)&w=64',
    'https://camo.githubusercontent.com/0123456789abcdef0123456789abcdef01234567/' + hex('javascript:alert(1)'),
    'https://www.inoreader.com/camo/abc,b64/' + base64url('javascript:alert(1)'),
    'https://www.inoreader.com/camo/abc,b64/' + base64url('data:image/svg+xml,<svg onload=alert(1)>'),
    'https://external-content.duckduckgo.com/iu/?u=vbscript%3Amsgbox(1)'
  ])('does not produce a non-http URL from %s', (input) => {
    const result = unproxyUrl(input)
    expect(result).toBe(input)
    expect(result).toMatch(/^(?:https?:)?\/\//)
  })

  it('ignores a user pattern that throws or returns garbage', () => {
    const patterns = [
      {name: 'throws', unproxy: () => { throw new Error('boom') }},
      {name: 'garbage', unproxy: () => 42 as unknown as string},
      {name: 'script', unproxy: () => 'javascript:alert(1)'},
      {name: 'broken'} as unknown as ProxyPattern
    ]
    expect(unproxyUrl('https://wsrv.nl/?url=example.com/a.jpg', patterns)).toBe('https://example.com/a.jpg')
    expect(unproxyUrl('https://proxy.test/x', patterns)).toBe('https://proxy.test/x')
  })

  it('never throws on odd input', () => {
    const odd = ['%', 'https://wsrv.nl/?url=%E0%A4%A', 'https://wsrv.nl/?url=%%%', 'http://[::1', '//', 'https://i0.wp.com/',
      'https://x.test/cdn-cgi/image/', 'https://x.test/a,b64/!!!', null as unknown as string, 7 as unknown as string]
    for (const input of odd) expect(() => unproxyUrl(input)).not.toThrow()
    expect(unproxyUrl('https://wsrv.nl/?url=example.com/%E0%A4%A.jpg')).toBe('https://example.com/%E0%A4%A.jpg')
  })

  it('every built-in pattern has a name and returns null for an ordinary URL', () => {
    for (const pattern of builtinProxies) {
      expect(pattern.name).toMatch(/^[a-z0-9-]+$/)
      expect(pattern.unproxy(new URL('https://cdn.example.com/images/a.jpg?w=600'))).toBeNull()
    }
  })
})

describe('unproxyUrl: user patterns', () => {
  it('are tried before the built-in ones', () => {
    const mine: ProxyPattern = {
      name: 'mine',
      unproxy: (url) => (url.hostname === 'wsrv.nl' ? 'https://mirror.example.org/' + url.searchParams.get('url') : null)
    }
    expect(unproxyUrl('https://wsrv.nl/?url=example.com/a.jpg', [mine])).toBe('https://mirror.example.org/example.com/a.jpg')
  })

  it('handle proxies the built-ins do not know', () => {
    const mine: ProxyPattern = {
      name: 'proxy-test',
      unproxy: (url) => (url.hostname === 'proxy.example.net' ? url.searchParams.get('src') : null)
    }
    expect(unproxyUrl('https://proxy.example.net/get?src=https%3A%2F%2Fexample.com%2Fa.jpg', [mine])).toBe('https://example.com/a.jpg')
  })
})

describe('unknownProxyHost', () => {
  it.each([
    ['https://proxy.example.net/fetch?url=https%3A%2F%2Fexample.com%2Fa.jpg', 'proxy.example.net'],
    ['https://img.example.net/i?u=example.com/a.jpg', 'img.example.net'],
    ['https://img.example.net/i?image=//example.com/a.jpg', 'img.example.net'],
    ['https://img.example.net/get/~x/https%3A%2F%2Fexample.com%2Fa.jpg', 'img.example.net'],
    ['/proxy?src=https://example.com/a.jpg', '(relative URL)']
  ])('%s is an unknown proxy on %s', (input, host) => {
    expect(unknownProxyHost(input)).toBe(host)
  })

  it.each([
    'https://cdn.example.com/a.jpg?w=600&q=80',
    'https://cdn.example.com/a.jpg?src=rss&source=feed',
    'https://static.dw.com/image/57152918_303.jpg',
    'https://web.archive.org/web/2020/https://example.com/a.jpg',
    'data:image/png;base64,AAAA'
  ])('%s is not', (input) => {
    expect(unknownProxyHost(input)).toBeNull()
  })
})

describe('srcset', () => {
  it('parses candidates, commas inside URLs included', () => {
    expect(parseSrcset('a.jpg 300w, https://x.test/cdn-cgi/image/w=1,q=2/b.jpg 600w,c.jpg')).toEqual([
      {url: 'a.jpg', width: 300, density: null},
      {url: 'https://x.test/cdn-cgi/image/w=1,q=2/b.jpg', width: 600, density: null},
      {url: 'c.jpg', width: null, density: null}
    ])
  })

  it('picks the largest width, else the largest density, else the first', () => {
    expect(bestSrcsetCandidate(parseSrcset('a.jpg 300w, b.jpg 1024w, c.jpg 768w'))).toBe('b.jpg')
    expect(bestSrcsetCandidate(parseSrcset('a.jpg, b.jpg 2x, c.jpg 1.5x'))).toBe('b.jpg')
    expect(bestSrcsetCandidate(parseSrcset('a.jpg, b.jpg'))).toBe('a.jpg')
    expect(bestSrcsetCandidate(parseSrcset(''))).toBeNull()
  })
})

describe('rehypeUnproxyImages', () => {
  it('works alone in a unified pipeline', () => {
    const {html, warnings} = run('<p><img src="https://images.weserv.nl/?url=static.dw.com/image/57152918_303.jpg" width="100%"></p>')
    expect(html).toBe('<p><img src="https://static.dw.com/image/57152918_303.jpg" width="100%"></p>')
    expect(warnings).toEqual([])
  })

  it('leaves ordinary images alone (and warns about nothing)', () => {
    const input = '<img src="https://cdn.example.com/a.jpg?w=600&#x26;q=80" alt="A">'
    const {html, warnings} = run(input)
    expect(html).toBe(input)
    expect(warnings).toEqual([])
  })

  it.each([
    ['data-src', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://example.com/a.jpg" alt="x">'],
    ['data-original', '<img src="/wp-content/themes/x/images/blank.gif" data-original="https://example.com/a.jpg" alt="x">'],
    ['data-lazy-src', '<img data-lazy-src="https://example.com/a.jpg" alt="x">'],
    ['data-actualsrc', '<img src="" data-actualsrc="https://example.com/a.jpg" alt="x">'],
    ['data-echo', '<img src="https://example.com/img/spacer.gif" data-echo="https://example.com/a.jpg" alt="x">'],
    ['lazy placeholder', '<img src="https://example.com/plugins/a3-lazy-load/lazy_placeholder.gif" data-src="https://example.com/a.jpg" alt="x">'],
    ['data-srcset', '<img src="data:image/svg+xml,%3Csvg%3E" data-srcset="https://example.com/small.jpg 300w, https://example.com/a.jpg 900w" alt="x">'],
    ['srcset', '<img srcset="https://example.com/small.jpg 1x, https://example.com/a.jpg 2x" sizes="100vw" alt="x">']
  ])('turns %s into src', (_name, input) => {
    expect(run(input).html).toBe('<img src="https://example.com/a.jpg" alt="x">')
  })

  it('keeps a real src and drops srcset and lazy attributes', () => {
    const input = '<img src="https://example.com/a-150x150.jpg" data-src="https://example.com/a.jpg" srcset="https://example.com/a.jpg 1044w" sizes="(max-width: 500px) 100vw" alt="">'
    expect(run(input).html).toBe('<img src="https://example.com/a-150x150.jpg" alt="">')
  })

  it('keeps a placeholder when there is nothing better, and ignores unsafe lazy URLs', () => {
    expect(run('<img src="blank.gif" data-src="javascript:alert(1)">').html).toBe('<img src="blank.gif">')
    expect(run('<img data-src="data:image/gif;base64,R0lGOD">').html).toBe('<img>')
  })

  it('unproxies the URL it chose from lazy attributes and srcset', () => {
    const input = '<img src="data:image/gif;base64,R0lGOD" srcset="https://i0.wp.com/example.com/a.jpg?w=300 300w, https://i0.wp.com/example.com/a.jpg?w=900&#x26;ssl=1 900w">'
    expect(run(input).html).toBe('<img src="https://example.com/a.jpg">')
  })

  it('handles a srcset with commas inside its URLs', () => {
    const input = '<img srcset="https://x.test/cdn-cgi/image/width=300,quality=75/a.jpg 300w, https://x.test/cdn-cgi/image/width=900,quality=75/a.jpg 900w">'
    expect(run(input).html).toBe('<img src="https://x.test/a.jpg">')
  })

  it('uses <picture><source> only when the img has no src, and drops the sources', () => {
    const withImg = '<picture><source type="image/webp" srcset="https://example.com/a.webp 1x, https://example.com/a@2x.webp 2x"><img src="https://example.com/a.jpg" alt="a"></picture>'
    expect(run(withImg).html).toBe('<picture><img src="https://example.com/a.jpg" alt="a"></picture>')
    const lazyImg = '<picture><source data-srcset="https://images.weserv.nl/?url=example.com/b.jpg 800w"><img src="data:image/gif;base64,R0lGOD" alt="b"></picture>'
    expect(run(lazyImg).html).toBe('<picture><img src="https://example.com/b.jpg" alt="b"></picture>')
    const noImg = '<picture><source srcset="https://example.com/c.jpg"></picture>'
    expect(run(noImg).html).toBe('<picture><img src="https://example.com/c.jpg"></picture>')
  })

  it('applies user proxies first', () => {
    const mine: ProxyPattern = {name: 'mine', unproxy: (url) => (url.hostname === 'wsrv.nl' ? 'https://mine.example.org/a.jpg' : null)}
    expect(run('<img src="https://wsrv.nl/?url=example.com/a.jpg">', [mine]).html).toBe('<img src="https://mine.example.org/a.jpg">')
  })

  it('does not turn a javascript: payload into src', () => {
    const input = '<img src="https://images.weserv.nl/?url=javascript:alert(1)">'
    const {tree} = run(input)
    const [image] = selectAll('img', tree)
    expect(image?.properties.src).toBe('https://images.weserv.nl/?url=javascript:alert(1)')
  })

  it('keeps an unknown proxy URL and warns once per host, naming it', () => {
    const input =
      '<img src="https://proxy.example.net/fetch?url=https%3A%2F%2Fexample.com%2Fa.jpg">' +
      '<img src="https://proxy.example.net/fetch?url=https%3A%2F%2Fexample.com%2Fb.jpg">'
    const {html, warnings} = run(input)
    expect(html).toBe(input)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.rule).toBe('unproxy-images/unknown-proxy')
    expect(warnings[0]!.message).toContain('proxy.example.net')
  })

  it('warns about an unknown proxy left inside a known one', () => {
    const input = '<img src="https://wsrv.nl/?url=' + encodeURIComponent('https://px.example.org/p?url=https://example.com/a.jpg') + '">'
    const {warnings} = run(input)
    expect(warnings.map((warning) => warning.message)).toEqual([expect.stringContaining('px.example.org')])
  })

  it('only touches images', () => {
    const input = '<a href="https://images.weserv.nl/?url=example.com/a.jpg">link</a>'
    expect(run(input).html).toBe(input)
  })
})

describe('rehypeUnproxyImages on the corpus', () => {
  const PROXY_URL = /https?:\/\/[^\s"'<>)]*(?:weserv|wsrv|wp\.com|_next\/image|cdn-cgi|camo|,b64\/)[^\s"'<>)]*/g
  const inputs = [
    ...fixtureCases('seeds').map((fixture) => fixture.input),
    ...corpusFiles().map((file) => readFileSync(file.path, 'utf8'))
  ]
  const found = [...new Set(inputs.flatMap((input) => input.match(PROXY_URL) ?? []))]
  const images = found.filter((url) => url.includes('weserv') || url.includes('wsrv') || /\/\/i\d\.wp\.com\//.test(url))

  it('finds the proxied images of the seeds', () => {
    expect(images).toContain('https://images.weserv.nl/?url=static.dw.com/image/57152918_303.jpg')
    expect(images).toContain('https://images.weserv.nl?url=gdb.voanews.com/FDA7D6D7-18E6-4F2E-AD27-39F19552E5FE_r1_s_w900.jpg')
  })

  it('unproxies every one of them', () => {
    for (const url of images) {
      const result = unproxyUrl(url)
      expect(result).not.toBe(url)
      expect(result).not.toMatch(/weserv|wsrv|wp\.com/)
    }
  })

  it('gives the originals of real fixture URLs', () => {
    expect(unproxyUrl('https://images.weserv.nl/?url=static.dw.com/image/57152938_303.jpg')).toBe('https://static.dw.com/image/57152938_303.jpg')
    expect(unproxyUrl('https://images.weserv.nl?url=gdb.voanews.com/FDA7D6D7-18E6-4F2E-AD27-39F19552E5FE_r1_s_w900.jpg'))
      .toBe('https://gdb.voanews.com/FDA7D6D7-18E6-4F2E-AD27-39F19552E5FE_r1_s_w900.jpg')
  })

  it('leaves no proxy host in the images of any fixture', () => {
    for (const input of inputs) {
      if (!input.includes('weserv')) continue
      const {tree} = run(input)
      for (const image of selectAll('img', tree)) {
        expect(String(image.properties.src)).not.toMatch(/weserv|wsrv/)
      }
    }
  })
})
