import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from '@whereas/parser'
import { launchChromium } from './harness.js'

const corpus = (file: string) => readFileSync(fileURLToPath(new URL(`../../corpus/${file}`, import.meta.url)), 'utf8')

// Developers embed the parser in the browser: bundle it for the browser platform (esbuild
// refuses Node built-ins there) and check that Chromium builds the same tree as Node.
describe('the parser in a browser', () => {
  let browser: Browser
  let bundle: string

  beforeAll(async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../packages/parser/src/index.ts', import.meta.url))],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      globalName: 'whereasParser',
      logLevel: 'silent'
    })
    bundle = result.outputFiles[0]!.text
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each([
    ['ep-ta-2021-0405.txt', 'ep'],
    ['ngo-letter-2021-04-01.md', 'markdown'],
    ['edri-letter-2021-01-12.txt', 'pdf-text']
  ])('builds the same tree for %s as Node does', async (file, format) => {
    const text = corpus(file)
    const page = await browser.newPage()
    await page.setContent('<!doctype html><title>parser</title>')
    await page.addScriptTag({ content: bundle })
    const inBrowser = await page.evaluate(
      ([source]) => {
        const { tree } = (window as unknown as { whereasParser: typeof import('@whereas/parser') }).whereasParser.parse(source!)
        return JSON.stringify(tree)
      },
      [text]
    )
    await page.close()
    const inNode = parse(text)
    expect(inNode.tree.format).toBe(format)
    expect(JSON.parse(inBrowser)).toEqual(JSON.parse(JSON.stringify(inNode.tree)))
  })
})
