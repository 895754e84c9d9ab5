import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { Alignment } from '@whereas/crossref'

// The command as users run it: the built CLI (the test command builds first).
const root = fileURLToPath(new URL('..', import.meta.url))
const whereas = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'compare', ...args], { cwd, encoding: 'utf8' })

/** A copy of the corpus in a temporary folder, to break its annotations without touching ours. */
const temp = mkdtempSync(join(tmpdir(), 'whereas-compare-'))
cpSync(join(root, 'corpus'), join(temp, 'corpus'), { recursive: true })
const annotations = join(temp, 'corpus', 'annotations.yaml')
const seed = readFileSync(annotations, 'utf8')
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('whereas compare', () => {
  it('--json prints one document: demands with ask, subject and matches with stance, evidence and source', () => {
    const run = whereas(root, '--json')
    expect(run.status).toBe(0)
    const out = JSON.parse(run.stdout) as Alignment
    expect(out.demands.length).toBeGreaterThan(10)
    for (const d of out.demands) {
      expect(d).toHaveProperty('ask')
      expect(d).toHaveProperty('subject')
      expect(d).toHaveProperty('sharedProvisions')
      for (const m of d.matches) {
        expect(['met', 'partial', 'opposed', 'not addressed']).toContain(m.stance)
        expect(m.evidence.length).toBeGreaterThan(0)
        expect(['machine', 'curated']).toContain(m.source)
      }
    }
    expect(out.demands.some((d) => d.matches.some((m) => m.source === 'curated'))).toBe(true)
    expect(out.graph.provisions.length).toBeGreaterThan(0)
  })

  it('prints readable text by default, CSV with --csv and Markdown with --md', () => {
    const text = whereas(root)
    expect(text.status).toBe(0)
    expect(text.stdout).toMatch(/para_24\s+met/)
    const csv = whereas(root, '--csv')
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^\uFEFFdemand_doc,demand_id,/)
    const md = whereas(root, '--md')
    expect(md.stdout).toMatch(/^# Demands and the resolution/)
    const both = whereas(root, '--csv', '--md')
    expect(both.status).toBe(1)
  })

  const broken: [name: string, edit: (text: string) => string, message: RegExp][] = [
    ['an unknown clause id', (t) => t.replace('ep-ta-2021-0405#para_27', 'ep-ta-2021-0405#para_277'), /corpus\/annotations\.yaml:\d+: unknown clause id "ep-ta-2021-0405#para_277": did you mean "ep-ta-2021-0405#para_27"\?/],
    ['a stance not one of the four', (t) => t.replace('confirm: partial', 'confirm: partly'), /corpus\/annotations\.yaml:\d+: stance "partly" is not one of met, partial, opposed, not addressed/],
    ['malformed YAML', (t) => t.replace('notes:', 'notes: [oops'), /corpus\/annotations\.yaml:\d+: malformed YAML/]
  ]
  for (const [name, edit, message] of broken) {
    it(`exits 1 naming file and line for ${name}`, () => {
      writeFileSync(annotations, edit(seed))
      const run = whereas(temp, '--json')
      writeFileSync(annotations, seed)
      expect(run.status).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(message)
    })
  }
})
