import axe from 'axe-core'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAndServe, contextOptions, launchChromium, type BuiltSite } from './harness.js'

// One page of every type at desktop width (the PDF-extracted letter stands for the letters, with
// its original-text disclosures); the pages whose controls reflow most at phone width too.
const narrowToo = new Set(['/', '/search/?q=biometric'])
const pages = [
  '/',
  '/doc/ep-ta-2021-0405/',
  '/doc/edri-letter-2021-01-12/',
  '/provision/',
  '/provision/charter/',
  '/provision/charter/47/',
  '/compare/',
  '/search/?q=biometric',
  '/no-such-page/'
]

interface Violation {
  id: string
  impact?: string | null
  help: string
  nodes: Array<{ target: unknown }>
}

let site: BuiltSite
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  ;[site, browser] = await Promise.all([buildAndServe(), launchChromium()])
  // The pages forbid inline scripts (CSP); axe is injected as one, so only this test context bypasses it.
  context = await browser.newContext({ ...contextOptions, bypassCSP: true })
  context.setDefaultTimeout(8000)
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

async function seriousViolations(path: string, width: number): Promise<string[]> {
  const page = await context.newPage()
  await page.setViewportSize({ width, height: 900 })
  await page.goto(site.origin + path)
  if (path.startsWith('/search/')) await page.locator('#search-results li').first().waitFor()
  await page.addScriptTag({ content: axe.source })
  const violations = (await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations']
    })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })) as Violation[]
  await page.close()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path} @${width}px: ${v.id} (${v.impact}) ${v.help} — ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
}

describe('accessibility (axe-core in Chromium)', () => {
  it.each(pages)('%s has no serious or critical violation', async (path) => {
    const found = await seriousViolations(path, 1280)
    if (narrowToo.has(path)) found.push(...(await seriousViolations(path, 390)))
    expect(found).toEqual([])
  })
})
