import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseManifest } from '@whereas/crossref'

const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url))
const seedsDir = fileURLToPath(new URL('../../shared/seeds/', import.meta.url))
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('the corpus', () => {
  const { entries, errors } = parseManifest(readFileSync(corpusDir + 'manifest.yaml', 'utf8'), 'corpus/manifest.yaml', (file) =>
    existsSync(corpusDir + file)
  )

  it('has a valid manifest naming every source file once', () => {
    expect(errors).toEqual([])
    expect(entries.map((e) => e.id)).toEqual([
      'ep-ta-2021-0405',
      'mep-letter-2021-10-04',
      'edri-letter-2021-01-12',
      'ngo-letter-2021-04-01',
      'eucrim-news-2021'
    ])
    const sources = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
    expect(entries.map((e) => e.file).sort()).toEqual(sources.sort())
  })

  it.runIf(existsSync(seedsDir))('holds every seed byte for byte', () => {
    const corpusHashes = new Set(entries.map((e) => sha(corpusDir + e.file)))
    for (const seed of readdirSync(seedsDir)) expect(corpusHashes.has(sha(seedsDir + seed)), seed).toBe(true)
  })
})
