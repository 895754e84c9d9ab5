import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAndServe, ConsoleWatch, contextOptions, launchChromium, rawGet, textOf, waitInViewport, type BuiltSite } from './harness.js'

const resolution = '/doc/ep-ta-2021-0405/'

let site: BuiltSite
let browser: Browser
let context: BrowserContext
const watch = new ConsoleWatch()

async function open(path: string): Promise<Page> {
  const page = watch.track(await context.newPage())
  await page.goto(site.origin + path)
  return page
}

beforeAll(async () => {
  ;[site, browser] = await Promise.all([buildAndServe(), launchChromium()])
  context = await browser.newContext(contextOptions)
  context.setDefaultTimeout(8000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin })
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

describe('the explorer site in Chromium', () => {
  it('lists the corpus on the home page, with counts and a search box', async () => {
    const page = await open('/')
    expect(await page.locator('h1').count()).toBe(1)
    const cards = page.locator('.document-card')
    expect(await cards.count()).toBe(5)
    expect(await cards.first().textContent()).toContain('Resolution')
    expect(await cards.first().textContent()).toMatch(/\d+ clauses · \d+ demands? · \d+ citations?/)
    await page.getByLabel('Search every clause').waitFor()
    await page.close()
  })

  it('lands on paragraph 27 of the resolution, in view and highlighted', async () => {
    const page = await open(`${resolution}#para_27`)
    await waitInViewport(page, '#para_27')
    const clause = page.locator('#para_27')
    expect(await clause.textContent()).toContain('moratorium on the deployment of facial recognition')
    expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true)
    expect(await clause.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
    expect(await textOf(page, '#para_27 a.num')).toMatch(/27/)
    await page.close()
  })

  it('copies a clause link from the keyboard', async () => {
    const page = await open(`${resolution}#para_27`)
    const button = page.locator('#para_27 button.copy-link')
    await button.focus()
    await page.keyboard.press('Enter')
    await page.waitForSelector('#para_27 button.copy-link[data-state="copied"]')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}${resolution}#para_27`)
    await page.close()
  })

  it('links footnote markers and footnotes both ways', async () => {
    const page = await open(resolution)
    const marker = page.locator('#para_29 .fnref a').first()
    expect(await marker.getAttribute('href')).toBe('#fn_8')
    await marker.click()
    await waitInViewport(page, '#fn_8')
    await page.locator('#fn_8 a.backref').first().click()
    await waitInViewport(page, '#para_29')
    await page.close()
  })

  it('follows a citation to its provision page, with the title on hover and focus', async () => {
    const page = await open(resolution)
    const citation = page.locator('#cit_2 a.ref[href="/provision/charter/47/"]')
    expect(await citation.getAttribute('title')).toMatch(/Charter Art\. 47 — .*remedy/i)
    const describedBy = await citation.getAttribute('aria-describedby')
    expect(await textOf(page, `#${describedBy}`)).toMatch(/Charter Art\. 47/)
    expect(await page.locator('#cit_2 a.eurlex').first().getAttribute('href')).toMatch(/eur-lex\.europa\.eu/)
    await citation.click()
    await page.waitForURL(/\/provision\/charter\/47\/$/)
    expect(await textOf(page, 'h1')).toContain('Charter Art. 47')
    await page.locator('#explicit').waitFor()
    await page.locator('#implicit').waitFor()
    await page.locator(`a[href="${resolution}#cit_2"]`).waitFor()
    await page.close()
  })

  it('searches "Clearview" as you type and reaches paragraph 28', async () => {
    const page = watch.track(await context.newPage())
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(`${site.origin}/search/`)
    await page.locator('#q').fill('Clearview')
    const hit = page.locator(`#search-results a[href="${resolution}#para_28"]`)
    await hit.waitFor()
    expect(await textOf(page, '#search-results mark')).toMatch(/clearview/i)
    expect(new URL(page.url()).searchParams.get('q')).toBe('Clearview')
    expect(requests.some((url) => url.endsWith('/assets/search-index.json'))).toBe(true)
    await hit.click()
    await page.waitForURL(/#para_28$/)
    await waitInViewport(page, '#para_28')
    await page.close()
  })

  it('answers a shared search URL, and other pages never fetch the index', async () => {
    const fetched: string[] = []
    const page = watch.track(await context.newPage())
    page.on('request', (request) => fetched.push(request.url()))
    for (const path of ['/', resolution, '/compare/']) {
      await page.goto(site.origin + path)
      await page.waitForLoadState('networkidle')
    }
    expect(fetched.filter((url) => url.includes('search-index'))).toEqual([])
    await page.goto(`${site.origin}/search/?q=predictive+policing`)
    await page.locator('#search-results li').first().waitFor()
    expect(await page.locator('#q').inputValue()).toBe('predictive policing')
    await page.close()
  })

  it('sets the biometric demand beside the paragraphs that answer it, with a stance', async () => {
    const page = await open('/compare/')
    const demand = page.locator('article.demand', { hasText: /biometric/i }).first()
    await demand.waitFor()
    await demand.locator('.answer-side a[href^="/doc/ep-ta-2021-0405/#para_"]').first().waitFor()
    expect(await demand.locator('.badge').first().textContent()).toMatch(/Met|Partly met|Opposed|Not addressed/)
    await page.getByLabel('Subject').waitFor()
    await page.getByLabel('Stance').selectOption('partial')
    expect(await textOf(page, '.filter-count')).toMatch(/Showing \d+ of \d+ demands/)
    expect(page.url()).toContain('stance=partial')
    await page.close()
  })

  it('is walked by keyboard: the skip link first, then the navigation, focus visible', async () => {
    const page = await open(resolution)
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const box = el.getBoundingClientRect()
        return {
          cls: el.className,
          id: el.id,
          inNav: Boolean(el.closest('nav[aria-label="Main"]')),
          inMain: Boolean(el.closest('main')),
          outline: getComputedStyle(el).outlineStyle,
          visible: box.top >= 0 && box.bottom <= window.innerHeight
        }
      })
    await page.keyboard.press('Tab')
    const skip = await focused()
    expect(skip.cls).toBe('skip-link')
    expect(skip.outline).not.toBe('none')
    expect(skip.visible).toBe(true)
    await page.keyboard.press('Tab')
    expect((await focused()).inNav).toBe(true)
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    expect((await focused()).id).toBe('main')
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
    const inside = await focused()
    expect(inside.inMain).toBe(true)
    expect(inside.outline).not.toBe('none')
    await page.close()
  })

  it('reads without JavaScript, and the search page says it needs it', async () => {
    const noScript = await browser.newContext({ ...contextOptions, javaScriptEnabled: false })
    noScript.setDefaultTimeout(8000)
    const page = watch.track(await noScript.newPage())
    await page.goto(`${site.origin}${resolution}#para_27`)
    await waitInViewport(page, '#para_27')
    expect(await page.locator('.clause').count()).toBeGreaterThan(80)
    await page.goto(`${site.origin}/compare/`)
    expect(await page.locator('form.filters').isVisible()).toBe(false)
    expect(await page.locator('article.demand').count()).toBeGreaterThan(0)
    await page.goto(`${site.origin}/search/?q=Clearview`)
    await page.getByText('Search needs JavaScript').waitFor()
    await noScript.close()
  })

  it('serves a 404 page for unknown paths and refuses paths out of the site', async () => {
    const missing = await fetch(`${site.origin}/no/such/page/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Nothing at this address')
    for (const path of ['/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc/passwd', '/%00']) {
      const escape = await rawGet(site.server.port, path)
      expect([400, 404]).toContain(escape.status)
      expect(escape.body).not.toContain('root:')
    }
    const css = await fetch(`${site.origin}/assets/style.css`)
    expect(css.headers.get('content-type')).toContain('text/css')
  })

  it('logs no console error on any page', () => {
    expect(watch.errors).toEqual([])
  })
})
