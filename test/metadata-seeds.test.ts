import {describe, expect, it} from 'vitest'
import {articleMetadataSchema, cleanArticle} from '../src/index.js'
import {readFileSync} from 'node:fs'
import {corpusFiles, fixtureCases} from './helpers/fixtures.js'
import type {ArticleMetadata} from '../src/types.js'

const seeds = new Map(fixtureCases('seeds').map((c) => [c.name, c.input]))
const clean = (name: string) => cleanArticle(seeds.get(name)!)

/**
 * The fields each seed states, checked by reading its input. Images are
 * checked separately (they need the unproxy and figure plugins).
 */
const expected: Record<string, Partial<ArticleMetadata>> = {
  'dw-feedx': {
    title: '英媒：阿里巴巴美国云端业务恐不保',
    url: 'https://www.dw.com/zh/%E8%8B%B1%E5%AA%92%EF%BC%9A%E9%98%BF%E9%87%8C%E5%B7%B4%E5%B7%B4%E7%BE%8E%E5%9B%BD%E4%BA%91%E7%AB%AF%E4%B8%9A%E5%8A%A1%E6%81%90%E4%B8%8D%E4%BF%9D/a-60469586',
    mirrorUrl: null, publisher: '德国之声', syndicator: 'feedx', authors: [],
    // the closing "(路透社)" names the report's source agency
    credits: [{role: 'source', name: '路透社'}],
    // <i>2022-01-19T01:08:24.238Z</i> at the top; <!--1642555024000--> is the copy.
    publishedAt: '2022-01-19T01:08:24.238Z', archivedAt: '2022-01-19T01:17:04Z',
    tags: [], categories: [], lang: 'zh-Hans'
  },
  'gnews-repost': {
    title: '樱花深度报道┃基于中国的云和金融服务对美国和全球民主构成威胁（上）',
    url: 'https://gnews.org/zh-hans/2442437/', mirrorUrl: null, publisher: 'GNews', syndicator: 'GNews',
    // 编译：东京樱花团/Hopkins, then "编辑：…" and "发布：…" on two lines that Markdown joins into one
    credits: [
      {role: 'source', name: '东京樱花团'}, {role: 'translator', name: 'Hopkins'},
      {role: 'editor', name: '喜马拉雅的微尘'}, {role: 'publisher', name: 'yuxingcao01'}
    ],
    authors: [],
    publishedAt: null, archivedAt: null, tags: [], categories: [], lang: 'zh-Hans',
    leadImage: 'https://assets.gnews.org/wp-content/uploads/2022/04/1-668.jpg'
  },
  'secretchina-gfw-breaker': {
    // the header's trailing "(图)" (has pictures) is a portal marker, not part of the title
    title: '中国技术出口新规 夹缝中的TikTok会如何抉择？',
    url: 'https://www.secretchina.com/news/gb/2020/09/01/944830.html',
    mirrorUrl: 'https://github.com/gfw-breaker/banned-news3/blob/master/pages/p5/944830.md',
    publisher: '看中国', syndicator: 'gfw-breaker', authors: [], credits: [],
    publishedAt: '2020-09-01', archivedAt: null, tags: [], categories: [], lang: 'zh-Hans',
    leadImage: 'https://img3.secretchina.com/pic/2020/8-5/p2747322a493549798-ss.jpg'
  },
  'sina-plaintext': {
    title: 'TikTok危难之时,代理商称Zoom打算撤出中国', url: null, mirrorUrl: null, publisher: 'AI财经社',
    // the "新浪首页 … 财经自媒体联盟" portal footer: the copy came through Sina
    syndicator: '新浪',
    authors: ['牛耕', '麻策'],
    credits: [
      {role: 'source', name: 'AI财经社'}, {role: 'author', name: '牛耕'}, {role: 'author', name: '麻策'},
      {role: 'editor', name: '赵艳秋'}, {role: 'photographer', name: '视觉中国'}
    ],
    publishedAt: '2020-08-05T07:55:00+08:00', archivedAt: null, tags: [], categories: [], lang: 'zh-Hans',
    leadImage: null, images: [], excerpt: '在中国准备大干一场的Zoom,可能要撤出这块风水宝地了。'
  },
  'voa-feed-jekyll': {
    title: '为躲避国安法，又一中国科技企业把服务器迁离香港',
    url: 'https://www.voachinese.com/a/US-targets-china-tech-tiktok-rival-bigo-shifts-servers-hong-kong-20200817/5546757.html',
    mirrorUrl: null, publisher: '美国之音', authors: [], credits: [{role: 'publisher', name: '美国之音'}],
    // Feed line <i>Mon, 17 Aug 2020 15:53:13 GMT</i> is publication; front matter date = epoch comment = the copy.
    publishedAt: '2020-08-17T15:53:13Z', archivedAt: '2020-08-17T17:11:30Z',
    tags: ['美国之音'], categories: ['美国之音'], lang: 'zh-Hans'
  }
}

describe('metadata of the seeds', () => {
  for (const [name, fields] of Object.entries(expected)) {
    it(name, () => {
      const {metadata} = clean(name)
      const picked = Object.fromEntries(Object.keys(fields).map((key) => [key, metadata[key as keyof ArticleMetadata]]))
      expect(picked).toEqual(fields)
    })
  }

  it('takes metadata lines out of the body (sina: title, title repeat, dateline, credits)', () => {
    const {markdown, removed} = clean('sina-plaintext')
    expect(markdown.startsWith('在中国准备大干一场的Zoom,可能要撤出这块风水宝地了。\n')).toBe(true)
    expect(markdown).not.toContain('图/视觉中国')
    expect(removed.filter((r) => r.rule.startsWith('metadata/')).map((r) => r.text)).toEqual([
      'TikTok危难之时,代理商称Zoom打算撤出中国', 'TikTok危难之时,代理商称Zoom打算撤出中国',
      '2020年08月05日 07:55 AI财经社', '文|AI财经社 牛耕 麻策', '编|赵艳秋', '图/视觉中国', '图/视觉中国'
    ])
  })

  it('keeps the dateline inside the first paragraph (secretchina, dw)', () => {
    expect(clean('secretchina-gfw-breaker').markdown).toContain('【看中国2020年9月1日讯】正当')
    expect(clean('dw-feedx').markdown).toContain('(德国之声中文网) 路透社周二')
    expect(clean('dw-feedx').markdown).not.toContain('2022-01-19T01:08:24.238Z')
  })

  it('gnews: repost note and credit line leave the body', () => {
    const {markdown, metadata} = clean('gnews-repost')
    expect(markdown).not.toContain('轉載自GNews')
    expect(markdown).not.toContain('编译：')
    expect(metadata.credits.slice(0, 2)).toEqual([{role: 'source', name: '东京樱花团'}, {role: 'translator', name: 'Hopkins'}])
  })
})

describe('metadata JSON Schema', () => {
  it.each([...seeds.keys()])('%s output is valid', (name) => {
    expect(validate(articleMetadataSchema, clean(name).metadata)).toEqual([])
  })
  it('every corpus file\'s output is valid', () => {
    const invalid = corpusFiles()
      .map((file) => ({name: file.name, errors: validate(articleMetadataSchema, cleanArticle(readFileSync(file.path, 'utf8')).metadata)}))
      .filter((entry) => entry.errors.length > 0)
    expect(invalid).toEqual([])
  })
  it('rejects what breaks it', () => {
    const bad = {...clean('sina-plaintext').metadata, lang: 'not a tag', credits: [{role: 'boss', name: 'x'}]}
    expect(validate(articleMetadataSchema, bad)).toEqual(['/credits/0/role: not in enum', '/lang: pattern'])
  })
})

describe('front matter round trip', () => {
  it.each([...seeds.keys()])('%s', (name) => {
    const first = cleanArticle(seeds.get(name)!, {frontMatter: true})
    const second = cleanArticle(first.markdown, {frontMatter: true})
    expect(second.metadata).toEqual(first.metadata)
  })
})

/**
 * A small JSON Schema checker for the keywords the metadata schema uses
 * (type, enum, required, additionalProperties: false, properties, items,
 * pattern, minLength, maxLength, minimum). Swap for `ajv` (draft 2020-12) when available.
 */
function validate(schema: unknown, value: unknown, path = ''): string[] {
  const s = schema as Record<string, unknown>
  const errors: string[] = []
  const at = path || '/'
  if (s['type'] !== undefined) {
    const types = Array.isArray(s['type']) ? s['type'] : [s['type']]
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array'
      : Number.isInteger(value) ? 'integer' : typeof value
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${at}: type ${actual}`]
  }
  if (Array.isArray(s['enum']) && !s['enum'].includes(value)) errors.push(`${at}: not in enum`)
  if (typeof value === 'string') {
    if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(value)) errors.push(`${at}: pattern`)
    if (typeof s['minLength'] === 'number' && Array.from(value).length < s['minLength']) errors.push(`${at}: minLength`)
    if (typeof s['maxLength'] === 'number' && Array.from(value).length > s['maxLength']) errors.push(`${at}: maxLength`)
  }
  if (typeof value === 'number' && typeof s['minimum'] === 'number' && value < s['minimum']) errors.push(`${at}: minimum`)
  if (Array.isArray(value) && s['items']) value.forEach((item, i) => errors.push(...validate(s['items'], item, `${path}/${i}`)))
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>
    const properties = (s['properties'] ?? {}) as Record<string, unknown>
    for (const key of (s['required'] as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${path}/${key}: required`)
    for (const key of Object.keys(object).sort()) {
      if (key in properties) errors.push(...validate(properties[key], object[key], `${path}/${key}`))
      else if (s['additionalProperties'] === false) errors.push(`${path}/${key}: additional`)
    }
  }
  return errors
}
