import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request as httpRequest } from 'node:http'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { serveSite, type RunningServer } from '@whereas/site'
import { buildSite } from '../../packages/cli/src/commands/build.js'

export const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url))

/** Debian's Chromium, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

export interface BuiltSite {
  dir: string
  server: RunningServer
  /** `http://127.0.0.1:<port>` without the trailing slash. */
  origin: string
  close(): Promise<void>
}

/** Build the site of a corpus into a fresh temporary folder and serve it on an ephemeral port. */
export async function buildAndServe(corpus = corpusDir): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), 'whereas-site-'))
  buildSite(corpus, dir)
  const server = await serveSite({ root: dir, port: 0, host: '127.0.0.1' })
  return {
    dir,
    server,
    origin: `http://127.0.0.1:${server.port}`,
    async close() {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Console errors and uncaught exceptions of every page opened through `track`. */
export class ConsoleWatch {
  readonly errors: string[] = []
  track(page: Page): Page {
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`${page.url()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => this.errors.push(`${page.url()}: ${error.message}`))
    return page
  }
}

export const contextOptions: BrowserContextOptions = { viewport: { width: 1280, height: 900 } }

/** Wait until the element is at least partly inside the viewport (scrolling to an anchor is not instant). */
export async function waitInViewport(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel)
      if (!el) return false
      const box = el.getBoundingClientRect()
      return box.bottom > 0 && box.top < window.innerHeight && box.height > 0
    },
    selector,
    { timeout: 5000 }
  )
}

export const textOf = async (page: Page, selector: string): Promise<string> =>
  (await page.locator(selector).first().textContent()) ?? ''

/** GET a path exactly as written (no URL normalisation of `..`), for path-traversal checks. */
export function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => done({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', fail)
    request.end()
  })
}
