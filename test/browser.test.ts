/**
 * The library in a real browser: bundle `src/index.ts` with esbuild for the
 * browser, load it into headless Chromium (Debian's `chromium` package,
 * driven by playwright-core) from a page served on localhost, clean a seed
 * there, and compare with what Node gives.
 *
 * Chromium is looked for at `/usr/bin/chromium` (or `$CHROMIUM_PATH`); when it
 * is missing the browser test is skipped with a message. `.ci/run` installs it.
 */
import {existsSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {bundleForBrowser, nodeBuiltins, type BrowserBundle} from './helpers/browser-bundle.js'
import {fixtureCases} from './helpers/fixtures.js'

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const hasChromium = existsSync(chromiumPath)
if (!hasChromium) {
  console.warn(
    `[browser.test] SKIPPED the browser run: no Chromium at ${chromiumPath}. ` +
      'Install it (Debian: `apt-get install -y chromium`; .ci/run does this) or set CHROMIUM_PATH.'
  )
}

/**
 * Flags for a headless Chromium on a machine without network access. As root,
 * the sandbox cannot start. Playwright already gives every launch a fresh,
 * temporary profile (`--user-data-dir`) and `--headless`.
 */
const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage'
]

/** The page: loads the bundle as a module and hands it to the test as `globalThis.unsyndicate`. */
const PAGE =
  '<!doctype html><meta charset="utf-8"><title>unsyndicate</title>' +
  '<script type="module">import * as unsyndicate from "/unsyndicate.js"; globalThis.unsyndicate = unsyndicate</script>'

let bundle: BrowserBundle

beforeAll(async () => {
  bundle = await bundleForBrowser()
})

describe('browser bundle', () => {
  it('bundles for platform "browser" without any Node built-in', () => {
    expect(bundle.inputs.filter((input) => nodeBuiltins.has(input))).toEqual([])
    expect(bundle.code).not.toMatch(/\bfrom\s*["'](?:node:)?(?:fs|path|url|module|os|crypto|child_process)["']/)
    expect(bundle.code).toContain('cleanArticle')
  })
})

describe.skipIf(!hasChromium)('in headless Chromium', () => {
  let server: Server
  let origin = ''
  let browser: Browser

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/unsyndicate.js') {
        response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8'})
        response.end(bundle.code)
      } else if (request.url === '/') {
        response.writeHead(200, {'content-type': 'text/html; charset=utf-8'})
        response.end(PAGE)
      } else {
        response.writeHead(404).end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
      downloadsPath: tmpdir(),
      timeout: 60_000
    })
  }, 90_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  })

  it('cleanArticle on the DW seed gives the same Markdown and metadata as in Node', async () => {
    const seed = fixtureCases('seeds').find((fixture) => fixture.name === 'dw-feedx')
    if (!seed) throw new Error('seed dw-feedx is missing')
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.goto(`${origin}/`)
    await page.waitForFunction(() => 'unsyndicate' in globalThis, undefined, {timeout: 30_000})
    const inBrowser = await page.evaluate((input) => {
      const library = (globalThis as unknown as {unsyndicate: typeof import('../src/index.js')}).unsyndicate
      const result = library.cleanArticle(input)
      return {result: JSON.parse(JSON.stringify(result)), userAgent: (globalThis as unknown as {navigator: {userAgent: string}}).navigator.userAgent,
         hasProcess: 'process' in globalThis}
    }, seed.input)
    await page.close()

    expect(errors).toEqual([])
    expect(inBrowser.userAgent).toMatch(/Chrome\//)
    expect(inBrowser.hasProcess).toBe(false)
    const inNode = JSON.parse(JSON.stringify(cleanArticle(seed.input)))
    expect(inBrowser.result.markdown).toBe(inNode.markdown)
    expect(inBrowser.result.metadata).toEqual(inNode.metadata)
    expect(inBrowser.result.removed).toEqual(inNode.removed)
    expect(inBrowser.result.warnings).toEqual(inNode.warnings)
    expect(inNode.markdown.length).toBeGreaterThan(200)
  })
})
