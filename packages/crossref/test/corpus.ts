import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse, type Document } from '@whereas/parser'
import { parseManifest } from '../src/manifest.js'

/** The corpus folder of the repository. */
export const corpusDir = fileURLToPath(new URL('../../../corpus/', import.meta.url))

let cached: Document[] | undefined

/** Every corpus document parsed as the CLI parses it (tests read files; the package never does). */
export function corpusTrees(): Document[] {
  if (cached) return cached
  const { entries, errors } = parseManifest(readFileSync(`${corpusDir}manifest.yaml`, 'utf8'), 'manifest.yaml', (f) =>
    existsSync(`${corpusDir}${f}`)
  )
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'))
  cached = entries.map((entry) => {
    const { tree } = parse(readFileSync(`${corpusDir}${entry.file}`, 'utf8'), { format: entry.format, id: entry.id, kind: entry.kind })
    if (!tree.meta.date && entry.date) tree.meta.date = String(entry.date)
    return tree
  })
  return cached
}

export function readCorpusFile(name: string): string {
  return readFileSync(`${corpusDir}${name}`, 'utf8')
}
