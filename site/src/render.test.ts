import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, registry } from '@whereas/parser'
import { align, parseManifest } from '@whereas/crossref'
import { instrumentInfos } from './instruments.js'
import type { SiteInput } from './model.js'
import { renderSite } from './render.js'

const corpus = new URL('../../corpus/', import.meta.url)

function corpusInput(): SiteInput {
  const { entries } = parseManifest(readFileSync(new URL('manifest.yaml', corpus), 'utf8'), 'manifest.yaml')
  const documents = entries.map((entry) => {
    const text = readFileSync(new URL(entry.file, corpus), 'utf8')
    const { tree } = parse(text, { format: entry.format, id: entry.id, kind: entry.kind })
    return { tree, text, title: entry.title, ...(entry.summary ? { summary: entry.summary } : {}) }
  })
  const alignment = align(documents.map((d) => d.tree))
  return {
    documents,
    demands: alignment.demands
      .filter((d) => !d.restates)
      .map((d) => ({
        doc: d.doc,
        id: d.id,
        text: d.text,
        ask: d.ask,
        subject: d.subject?.label ?? 'other',
        matches: d.matches.map((m) => ({ doc: m.doc, id: m.id, stance: m.stance, evidence: m.evidence.map((e) => e.text) }))
      })),
    instruments: instrumentInfos(registry.instruments)
  }
}

const input = corpusInput()
const files = renderSite(input)
const pages = [...files].filter(([path]) => path.endsWith('.html'))
const idsOf = (html: string): string[] => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] as string)

describe('renderSite on the corpus', () => {
  it('writes a page per document, provision and view', () => {
    for (const document of input.documents) expect(files.has(`doc/${document.tree.id}/index.html`)).toBe(true)
    for (const path of ['index.html', 'compare/index.html', 'search/index.html', 'provision/index.html', 'provision/charter/47/index.html', 'provision/gdpr/index.html', '404.html']) {
      expect(files.has(path), path).toBe(true)
    }
  })

  it('anchors every clause at its own id, unchanged, once', () => {
    for (const document of input.documents) {
      const ids = idsOf(files.get(`doc/${document.tree.id}/index.html`) as string)
      for (const node of document.tree.children) {
        if (node.type === 'clause') expect(ids.filter((id) => id === node.id), `${document.tree.id}#${node.id}`).toHaveLength(1)
      }
    }
  })

  it('has no duplicate id and exactly one h1 on any page', () => {
    for (const [path, html] of pages) {
      const ids = idsOf(html)
      expect(new Set(ids).size, path).toBe(ids.length)
      expect(html.match(/<h1[\s>]/g), path).toHaveLength(1)
    }
  })

  it('links only to pages and anchors that exist', () => {
    const broken: string[] = []
    let checked = 0
    for (const [path, html] of pages) {
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g)) {
        checked++
        const link = (href as string).replace(/&#x26;/g, '&')
        if (/^https?:\/\//.test(link)) continue
        const [target = '', anchor] = link.split('#')
        const file = target === '' ? path : target === 'source.txt' ? path.replace(/index\.html$/, 'source.txt') : `${target.replace(/^\//, '').split('?')[0]}index.html`
        const page = files.get(file)
        if (page === undefined) broken.push(`${path}: ${link}`)
        else if (anchor && !idsOf(page).includes(decodeURIComponent(anchor))) broken.push(`${path}: ${link} (no such anchor)`)
      }
    }
    expect(broken).toEqual([])
    expect(checked).toBeGreaterThan(500)
  })

  it('keeps the resolution page and the style sheet under 150 KB', () => {
    const html = files.get('doc/ep-ta-2021-0405/index.html') as string
    const css = readFileSync(new URL('./style.css', import.meta.url), 'utf8')
    expect(Buffer.byteLength(html) + Buffer.byteLength(css)).toBeLessThan(150 * 1024)
  })
})
