import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAndServe, ConsoleWatch, contextOptions, launchChromium, type BuiltSite } from './harness.js'

// A corpus whose every field tries to become markup: it must all render as text.
const attacks = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '<a href="javascript:alert(2)">click</a>',
  '"><svg onload=alert(3)>',
  "'); alert(4); ('"
]

const letter = `Dear ${attacks[0]} colleagues,

We call for ${attacks[1]} a ban on biometric mass surveillance; see ${attacks[2]} and ${attacks[3]}.

1. An explicit ban ${attacks[4]} on the use of biometrics, under Article 8 of the Charter and the GDPR.
2. Respect for the presumption of innocence ${attacks[5]}.

Yours sincerely,

${attacks[0]} Evil Org
`

const manifest = `- id: hostile-letter-2024-01-01
  file: hostile.md
  kind: letter
  format: markdown
  title: "Hostile ${attacks[0].replace(/"/g, '\\"')} title ${attacks[1]}"
  date: 2024-01-01
  authors: ["${attacks[1]}"]
  source: "javascript:alert(5)"
  summary: "${attacks[4].replace(/"/g, '\\"')}"
- id: hostile-text-2024-01-02
  file: hostile.txt
  kind: text
  format: text
  title: Plain hostile text
`

let corpus: string
let site: BuiltSite
let browser: Browser
const watch = new ConsoleWatch()

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return htmlFiles(path)
    return name.endsWith('.html') ? [path] : []
  })
}

beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'whereas-hostile-'))
  writeFileSync(join(corpus, 'manifest.yaml'), manifest)
  writeFileSync(join(corpus, 'hostile.md'), letter)
  writeFileSync(join(corpus, 'hostile.txt'), attacks.join('\n\n'))
  ;[site, browser] = await Promise.all([buildAndServe(corpus), launchChromium()])
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  rmSync(corpus, { recursive: true, force: true })
})

describe('a hostile corpus', () => {
  it('never reaches the HTML as markup', () => {
    const files = htmlFiles(site.dir)
    expect(files.length).toBeGreaterThan(3)
    const letterPage = readFileSync(join(site.dir, 'doc/hostile-letter-2024-01-01/index.html'), 'utf8')
    expect(letterPage).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(letterPage).toMatch(/<script src="\/assets\/page\.js" defer>/)
    for (const file of files) {
      // Attribute values may hold "<" harmlessly (they are quoted, their quotes escaped): drop them
      // and look at the tags that are left.
      const html = readFileSync(file, 'utf8').replace(/="[^"]*"/g, '=""')
      // Tags only: the attacks must still be there as escaped text ("&#x3C;script>").
      expect(html).not.toMatch(/<script>alert/i)
      expect(html).not.toMatch(/<img[\s/]/i)
      expect(html).not.toMatch(/<svg/i)
      expect(html).not.toMatch(/<a\s[^>]*href="\s*javascript:/i)
      expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i)
      // Scripts are external files only: the one kind of <script> tag is <script src="/assets/...">.
      for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toBe('<script src="" defer>')
    }
  })

  it('renders as text in Chromium, running nothing', async () => {
    const context = await browser.newContext(contextOptions)
    context.setDefaultTimeout(8000)
    const dialogs: string[] = []
    for (const path of ['/', '/doc/hostile-letter-2024-01-01/', '/doc/hostile-text-2024-01-02/', '/provision/', '/search/?q=alert']) {
      const page = watch.track(await context.newPage())
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto(site.origin + path)
      await page.waitForLoadState('networkidle')
      const found = await page.evaluate(() => ({
        images: document.querySelectorAll('main img, main svg').length,
        javascriptLinks: [...document.querySelectorAll('a')].filter((a) => a.href.trim().toLowerCase().startsWith('javascript:')).length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        text: document.querySelector('main')?.textContent ?? ''
      }))
      expect(found.images).toBe(0)
      expect(found.javascriptLinks).toBe(0)
      expect(found.handlers).toBe(0)
      if (path.startsWith('/doc/hostile-letter')) {
        expect(found.text).toContain('<script>alert(1)</script>')
        expect(found.text).toContain('<img src=x onerror=alert(1)>')
      }
      if (path.startsWith('/search/')) await page.locator('#search-results li').first().waitFor()
      await page.close()
    }
    expect(dialogs).toEqual([])
    expect(watch.errors).toEqual([])
    await context.close()
  })
})
