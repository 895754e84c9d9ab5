import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

// The CLI runs from its build (`npx tsc -b` first), in a copy of the corpus so the cache it writes is the test's own.
const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url))
const root = mkdtempSync(join(tmpdir(), 'whereas-search-'))
cpSync(fileURLToPath(new URL('../corpus/', import.meta.url)), join(root, 'corpus'), { recursive: true })
const cache = join(root, '.whereas', 'search-index.json')

const whereas = (...args: string[]) => {
  const run = spawnSync(process.execPath, [bin, 'search', ...args], { cwd: root, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('whereas search', () => {
  it('builds the index on first use, says so on stderr, and prints one JSON document', () => {
    const run = whereas('Clearview', '--json', '--limit', '5')
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/building the search index \(no index yet\)/)
    expect(existsSync(cache)).toBe(true)
    const result = JSON.parse(run.stdout)
    expect(result.hits[0]).toMatchObject({ doc: 'ep-ta-2021-0405', id: 'para_28', kind: 'paragraph', num: '28' })
    for (const key of ['score', 'text', 'snippet', 'highlights', 'citations']) expect(result.hits[0]).toHaveProperty(key)
  })

  it('reuses the cached index while the corpus is unchanged', () => {
    const run = whereas('predictive policing', '--json')
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout).hits.slice(0, 3).map((hit: { id: string }) => hit.id)).toContain('para_24')
  })

  it('rebuilds when a corpus file changed, when asked, and when the file is damaged', () => {
    const news = join(root, 'corpus', 'eucrim-news-2021.md')
    writeFileSync(news, readFileSync(news, 'utf8').replace('Over 50 civil society', 'Over 50 zyxwvut civil society'))
    const changed = whereas('zyxwvut', '--json')
    expect(changed.stderr).toMatch(/building the search index \(the index was built from other documents/)
    expect(JSON.parse(changed.stdout).total).toBe(1)
    expect(whereas('zyxwvut', '--rebuild').stderr).toMatch(/asked to rebuild/)
    writeFileSync(cache, '{"format": "whereas-search-index", "version": 0}')
    expect(whereas('zyxwvut').stderr).toMatch(/format version 0/)
    writeFileSync(cache, 'not json')
    expect(whereas('zyxwvut').stderr).toMatch(/not a whereas search index/)
  })

  it('prints readable hits: document, id and the marked snippet', () => {
    const run = whereas('Clearview')
    expect(run.stdout).toMatch(/^1\. ep-ta-2021-0405#para_28 {2}\(paragraph 28, score [\d.]+\)\n {3}.*«Clearview»/)
  })

  it('says when nothing matches and what to relax', () => {
    const run = whereas('"predictive policing" kind:citation')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/No clause matches/)
    expect(run.stdout).toMatch(/drop the filter kind:citation: whereas search '"predictive policing"'/)
  })

  it.each(['GDPR:', 'Article 5(1)(d)', '"unbalanced', '^~*:+-', '-', 'doc:'])('answers %j', (query) => {
    const run = whereas(query, '--json')
    expect(run.status).toBe(0)
    expect(Array.isArray(JSON.parse(run.stdout).hits)).toBe(true)
  })

  it('reads a query that starts with an exclusion as a query, not an option', () => {
    const run = whereas('-moratorium ban', '--json')
    expect(run.status).toBe(0)
    const hits = JSON.parse(run.stdout).hits as { text: string }[]
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) {
      expect(hit.text).toMatch(/\bban/i)
      expect(hit.text).not.toMatch(/moratorium/i)
    }
  })

  it('asks for words when the query is empty', () => {
    const run = whereas('   ')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/give words to search for/)
  })

  it('refuses a bad --limit with a message', () => {
    const run = whereas('ban', '--limit', 'ten')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/--limit ten: give a whole number/)
  })
})
