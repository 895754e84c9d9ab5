// Site figures: the size of each page type (HTML + the style sheet) and the time from typing
// a query to the first search answer in headless Chromium (Debian's, never a downloaded one).
// Run after `pnpm build`: node scripts/bench-site.mjs [runs]
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { buildSite } from '../packages/cli/dist/commands/build.js'
import { serveSite } from '../site/lib/index.js'

const runs = Number(process.argv[2] ?? 15)
const corpus = fileURLToPath(new URL('../corpus/', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'whereas-bench-site-'))
buildSite(corpus, dir)

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const css = statSync(join(dir, 'assets/style.css')).size
console.log('page sizes (HTML + style.css; scripts are extra and deferred)')
for (const [name, path] of [
  ['home', 'index.html'],
  ['resolution', 'doc/ep-ta-2021-0405/index.html'],
  ['EDRi letter (PDF text)', 'doc/edri-letter-2021-01-12/index.html'],
  ['provision Charter Art. 47', 'provision/charter/47/index.html'],
  ['compare', 'compare/index.html'],
  ['search', 'search/index.html']
]) {
  const html = statSync(join(dir, path)).size
  console.log(`  ${name.padEnd(28)} ${kb(html).padStart(9)} + ${kb(css)} = ${kb(html + css)}`)
}
for (const asset of ['page.js', 'search.js', 'search-index.json']) {
  console.log(`  ${`assets/${asset}`.padEnd(28)} ${kb(statSync(join(dir, 'assets', asset)).size).padStart(9)}`)
}

const server = await serveSite({ root: dir, port: 0 })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
})

/** Milliseconds from the first keystroke to the first result on screen, measured inside the page. */
async function firstAnswer(waitForLoad) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${server.url}search/`, { waitUntil: waitForLoad ? 'networkidle' : 'domcontentloaded' })
  await page.evaluate(() => {
    window.__answered = new Promise((done) => {
      const list = document.querySelector('#search-results')
      new MutationObserver(() => list.children.length > 0 && done(performance.now())).observe(list, { childList: true })
    })
  })
  const typed = await page.evaluate(() => performance.now())
  await page.locator('#q').pressSequentially('Clearview')
  const answered = await page.evaluate(() => window.__answered)
  await context.close()
  return answered - typed
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const max = (values) => Math.max(...values)
for (const [label, warm] of [['typing once the page has loaded', true], ['typing as soon as the page is parsed', false]]) {
  const times = []
  for (let i = 0; i < runs; i++) times.push(await firstAnswer(warm))
  console.log(`first search answer, ${label}: median ${median(times).toFixed(0)} ms, max ${max(times).toFixed(0)} ms (${runs} runs)`)
}

await browser.close()
await server.close()
rmSync(dir, { recursive: true, force: true })
