import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {fixtureCases} from './helpers/fixtures.js'

/**
 * The five seed samples and the wild fixtures (real dumps of sources the
 * corpus does not cover, `fixtures/wild/SOURCES.md`): exact Markdown
 * (`expected.md`) and metadata (`expected.json`), each reviewed line by line
 * against the input. Regenerate with `npx tsx scripts/update-fixtures.ts
 * [wild]` and review the diff.
 */
describe.each([...fixtureCases('seeds'), ...fixtureCases('wild').map((fixture) => ({...fixture, name: `wild/${fixture.name}`}))])('fixture $name', (fixture) => {
  const result = cleanArticle(fixture.input)
  const expectedMd = join(fixture.dir, 'expected.md')
  const expectedJson = join(fixture.dir, 'expected.json')

  it('gives the reviewed Markdown', () => {
    expect(existsSync(expectedMd)).toBe(true)
    expect(result.markdown).toBe(readFileSync(expectedMd, 'utf8'))
  })

  it('gives the reviewed metadata', () => {
    expect(existsSync(expectedJson)).toBe(true)
    expect(result.metadata).toEqual(JSON.parse(readFileSync(expectedJson, 'utf8')))
  })

  it('leaves none of the wrapping', () => {
    expect(result.markdown.startsWith('---')).toBe(false)
    expect(result.markdown).not.toContain('<!--')
    expect(result.markdown).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>/]/i)
    expect(result.markdown).not.toContain('\n------')
    if (result.metadata.title) {
      expect(result.markdown.split('\n')).not.toContain(result.metadata.title)
    }
  })

  it('is idempotent and deterministic', () => {
    expect(cleanArticle(result.markdown).markdown).toBe(result.markdown)
    expect(JSON.stringify(cleanArticle(fixture.input))).toBe(JSON.stringify(result))
  })
})
