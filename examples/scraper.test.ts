// A scraper's snapshot test: clean each saved page and keep the result under a readable snapshot.
import {readFileSync} from 'node:fs'
import {cleanArticle} from 'unsyndicate'
import {cleanResultSerializer, cleanSnapshotMatchers} from 'unsyndicate/testing'
import {expect, it, Snapshots} from 'vitest'

// Usually in a setup file (see docs/snapshot-testing.md).
expect.addSnapshotSerializer(cleanResultSerializer)
expect.extend(cleanSnapshotMatchers(Snapshots.toMatchSnapshot))

it.each(['night-buses.html'])('%s', (name) => {
  const page = readFileSync(new URL(`./pages/${name}`, import.meta.url), 'utf8')
  expect(cleanArticle(page, {url: 'https://news.example.com/2024/night-buses'})).toMatchCleanSnapshot()
})
