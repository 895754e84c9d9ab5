import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseManifest } from '@whereas/crossref'
import { parse } from '@whereas/parser'
import { buildIndex, type SearchIndex } from '@whereas/search'

/** The repository's corpus folder. */
export const corpusDir = fileURLToPath(new URL('../../../corpus/', import.meta.url))

let cached: SearchIndex | undefined

/** The real corpus, parsed as the CLI parses it and indexed once per test file. */
export function corpusIndex(): SearchIndex {
  if (cached) return cached
  const { entries, errors } = parseManifest(readFileSync(corpusDir + 'manifest.yaml', 'utf8'), 'corpus/manifest.yaml', (file) =>
    existsSync(corpusDir + file)
  )
  if (errors.length > 0) throw new Error(`corpus manifest: ${errors.map((e) => e.message).join('; ')}`)
  cached = buildIndex(
    entries.map((entry) => ({
      tree: parse(readFileSync(corpusDir + entry.file, 'utf8'), { format: entry.format, id: entry.id, kind: entry.kind }).tree,
      title: entry.title
    }))
  )
  return cached
}
