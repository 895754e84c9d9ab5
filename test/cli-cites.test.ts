import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The command as users run it: the built CLI (the test command builds first).
const root = fileURLToPath(new URL('..', import.meta.url))
const whereas = (...args: string[]) => spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), ...args], { cwd: root, encoding: 'utf8' })

interface Listed {
  instrument: string
  explicit: number
  implicit: number
  clauses: number
}

interface Cited {
  instrument: string
  article: string | null
  total: number
  clauses: { doc: string; id: string; kind: string; num: string | null; words: string; resolution: string; article: string | null }[]
}

describe('whereas cites', () => {
  it('lists every instrument the corpus cites with explicit and implicit counts', () => {
    const run = whereas('cites', '--json')
    expect(run.status).toBe(0)
    const { instruments } = JSON.parse(run.stdout) as { instruments: Listed[] }
    const byKey = new Map(instruments.map((i) => [i.instrument, i]))
    for (const key of ['charter', 'teu', 'tfeu', 'echr', 'gdpr', 'led', 'eudpr', 'eprivacy', 'europol-regulation', 'prum-decision', 'dpfd', 'dpd', 'convention-108', 'convention-108-plus']) {
      expect(byKey.get(key)?.explicit, key).toBeGreaterThan(0)
    }
    expect(byKey.get('charter')!.implicit).toBeGreaterThan(50)
    expect(byKey.has('self')).toBe(false)
    const text = whereas('cites')
    expect(text.status).toBe(0)
    expect(text.stdout).toMatch(/^instrument +explicit +implicit +clauses +title/)
    expect(text.stdout).toMatch(/\ncharter +\d+ +\d+ +\d+ +Charter of Fundamental Rights of the European Union\n/)
  })

  it('lists the clauses citing Charter Article 47, explicitly and implicitly', () => {
    const run = whereas('cites', 'charter:47', '--json')
    expect(run.status).toBe(0)
    const cited = JSON.parse(run.stdout) as Cited
    expect(cited.instrument).toBe('charter')
    expect(cited.article).toBe('47')
    expect(cited.total).toBe(cited.clauses.length)
    const cit2 = cited.clauses.find((c) => c.doc === 'ep-ta-2021-0405' && c.id === 'cit_2')
    expect(cit2).toMatchObject({ kind: 'citation', resolution: 'context', article: '47' })
    expect(cit2?.words).toMatch(/^47 thereof$/)
    const para2 = cited.clauses.find((c) => c.id === 'para_2')
    expect(para2).toMatchObject({ num: '2', resolution: 'implicit' })
    expect(cited.clauses.some((c) => c.doc !== 'ep-ta-2021-0405')).toBe(true)
  })

  it('answers gdpr:9 and led:10 from the letter of 52 organisations', () => {
    const gdpr9 = JSON.parse(whereas('cites', 'gdpr:9', '--json').stdout) as Cited
    expect(gdpr9.clauses.map((c) => [c.doc, c.words, c.resolution])).toEqual([['ngo-letter-2021-04-01', 'Article 9(2)(a)', 'context']])
    const led10 = JSON.parse(whereas('cites', 'led:10', '--json').stdout) as Cited
    expect(led10.clauses.map((c) => c.words)).toEqual(['Article 10', '10(a)'])
    const gdpr = JSON.parse(whereas('cites', 'gdpr', '--json').stdout) as Cited
    expect(new Set(gdpr.clauses.map((c) => c.doc))).toEqual(new Set(['ep-ta-2021-0405', 'edri-letter-2021-01-12', 'ngo-letter-2021-04-01']))
  })

  it('reads words that cite as a query', () => {
    const run = whereas('cites', 'Article 47 of the Charter', '--json')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ instrument: 'charter', article: '47' })
  })

  it('prints the citing clauses as text', () => {
    const run = whereas('cites', 'led')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^led — Directive \(EU\) 2016\/680 .*: \d+ citations\n/)
    expect(run.stdout).toMatch(/ep-ta-2021-0405 {2}para_35 \[35\] {2}footnote {2}“Law Enforcement Directive”/)
  })

  it('refuses an unknown instrument with the nearest known keys', () => {
    const run = whereas('cites', 'gdp')
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/unknown instrument "gdp": did you mean gdpr/)
  })
})
