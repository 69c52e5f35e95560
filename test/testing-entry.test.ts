import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it, Snapshots} from 'vitest'
import {cleanArticle} from '../src/index.js'
import type {CleanResult} from '../src/index.js'
import {
  cleanResultSerializer,
  cleanSnapshotMatchers,
  isCleanResult,
  serializeCleanResult,
  type CleanSnapshotMatchers
} from '../src/testing/index.js'

// The module augmentation users add (docs/snapshot-testing.md).
declare module 'vitest' {
  interface Matchers<T = any> extends CleanSnapshotMatchers<T> {}
}

expect.addSnapshotSerializer(cleanResultSerializer)
expect.extend(cleanSnapshotMatchers(Snapshots.toMatchSnapshot))

const seed = (name: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', name, 'input.txt'), 'utf8')

const tiny = `<p>Hello <strong>world</strong>.</p>
<div class="adsbygoogle">Buy now</div>
<p>Second paragraph.</p>`

describe('cleanResultSerializer', () => {
  it('prints front matter, Markdown, removed blocks and warnings in a fixed layout', () => {
    const result: CleanResult = {
      markdown: 'Hello **world**.\n\nSecond paragraph.\n',
      metadata: cleanArticle('').metadata,
      removed: [
        {rule: 'generic/ad-slots', text: 'Buy now'},
        {rule: 'feedx/footer', text: 'line one\nline two'}
      ],
      warnings: [{rule: 'unproxy-images', message: 'unknown proxy: example.com'}]
    }
    expect(serializeCleanResult(result)).toBe(`---
title: null
url: null
mirrorUrl: null
publisher: null
syndicator: null
authors: []
credits: []
publishedAt: null
archivedAt: null
tags: []
categories: []
lang: null
leadImage: null
images: []
excerpt: null
stats:
  characters: 0
  paragraphs: 0
  images: 0
---

Hello **world**.

Second paragraph.

removed:
  generic/ad-slots: Buy now
  feedx/footer: line one\\nline two

warnings:
  unproxy-images: unknown proxy: example.com`)
  })

  it('prints a real result', () => {
    const text = serializeCleanResult(cleanArticle(tiny))
    expect(text.startsWith('---\n')).toBe(true)
    expect(text).toContain('\n---\n\nHello **world**.\n\nSecond paragraph.\n\nremoved:\n  generic/ad-slots: Buy now\n\nwarnings:')
  })

  it('says so when the body, removed or warnings are empty', () => {
    const result: CleanResult = {...cleanArticle(''), markdown: '', removed: [], warnings: []}
    expect(serializeCleanResult(result)).toMatch(/\n---\n\n\(empty\)\n\nremoved: none\n\nwarnings: none$/)
  })

  it('does not repeat front matter already in the Markdown', () => {
    const plain = cleanArticle(tiny)
    const withFrontMatter = cleanArticle(tiny, {frontMatter: true})
    expect(serializeCleanResult(withFrontMatter)).toBe(serializeCleanResult(plain))
  })

  it('recognizes a CleanResult by its shape only', () => {
    expect(cleanResultSerializer.test(cleanArticle(tiny))).toBe(true)
    expect(isCleanResult(JSON.parse(JSON.stringify(cleanArticle(tiny))))).toBe(true)
    for (const value of [null, undefined, 'text', 42, [], {markdown: 'x'}, {markdown: 'x', metadata: null, removed: [], warnings: []}]) {
      expect(cleanResultSerializer.test(value)).toBe(false)
    }
  })

  it('indents the continuation lines of a nested result', () => {
    const text = cleanResultSerializer.serialize(cleanArticle(tiny), {}, '    ', 1, [], () => '')
    const lines = text.split('\n')
    expect(lines[0]).toBe('---')
    expect(lines.slice(1).filter((line) => line !== '').every((line) => line.startsWith('    '))).toBe(true)
  })

  it('is what toMatchSnapshot prints once registered', () => {
    expect(cleanArticle(tiny)).toMatchSnapshot()
  })
})

describe('toMatchCleanSnapshot', () => {
  it.each(['dw-feedx', 'sina-plaintext'])('seed %s', (name) => {
    expect(cleanArticle(seed(name))).toMatchCleanSnapshot()
  })

  it('rejects what is not a CleanResult', () => {
    expect(() => expect({markdown: 'x'}).toMatchCleanSnapshot()).toThrow(TypeError)
  })
})
