import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import type { DocumentKind, Format } from '@whereas/parser'

/** One document of the corpus, as the manifest describes it. */
export interface ManifestEntry {
  id: string
  /** Path relative to the manifest's folder. */
  file: string
  kind: DocumentKind
  format: Format
  title: string
  date?: string
  authors?: string[]
  addressees?: string[]
  source?: string
  /** One line on what the document is, for the corpus listing. */
  summary?: string
  /** 1-indexed line of the entry in the manifest, for messages. */
  line: number
}

/** A problem in a corpus file: where, what, and what to do. */
export interface CorpusError {
  file: string
  line: number
  message: string
}

export interface ManifestResult {
  entries: ManifestEntry[]
  errors: CorpusError[]
}

const formats: readonly Format[] = ['ep', 'markdown', 'pdf-text', 'text']
const required = ['id', 'file', 'kind', 'format', 'title'] as const
const listFields = ['authors', 'addressees'] as const
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Read a manifest (YAML: a list of entries) without touching the file system.
 * `exists` tells whether a file named by an entry exists; the caller supplies it.
 */
export function parseManifest(
  text: string,
  file: string,
  exists: (relativePath: string) => boolean = () => true
): ManifestResult {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const errors: CorpusError[] = []
  const lineOf = (node: YamlNode | null | undefined) =>
    node?.range ? lines.linePos(node.range[0]).line : 1

  for (const error of doc.errors) {
    errors.push({ file, line: lines.linePos(error.pos[0]).line, message: `YAML: ${error.message.split('\n')[0]}` })
  }
  if (errors.length > 0) return { entries: [], errors }

  const root = doc.contents
  if (!isSeq(root)) {
    errors.push({ file, line: lineOf(root), message: 'the manifest must be a YAML list of entries (each starting with "- id: ...")' })
    return { entries: [], errors }
  }

  const entries: ManifestEntry[] = []
  const seen = new Map<string, number>()
  for (const item of root.items) {
    const line = lineOf(item as YamlNode)
    if (!isMap(item)) {
      errors.push({ file, line, message: 'an entry must be a mapping with id, file, kind, format and title' })
      continue
    }
    const raw = item.toJSON() as Record<string, unknown>
    const name = typeof raw.id === 'string' ? `entry "${raw.id}"` : `the entry at line ${line}`
    const missing = required.filter((key) => typeof raw[key] !== 'string' || (raw[key] as string).trim() === '')
    if (missing.length > 0) {
      errors.push({ file, line, message: `${name} lacks ${missing.join(', ')}: every entry needs ${required.join(', ')}` })
      continue
    }
    const entry = { ...raw, line } as unknown as ManifestEntry
    if (!idPattern.test(entry.id)) {
      errors.push({ file, line, message: `${name}: an id is lowercase words joined by "-" (like "ngo-letter-2021-04-01")` })
    }
    const first = seen.get(entry.id)
    if (first !== undefined) {
      errors.push({ file, line, message: `${name} repeats the id of the entry at line ${first}: ids must be unique` })
      continue
    }
    seen.set(entry.id, line)
    if (!formats.includes(entry.format)) {
      errors.push({ file, line, message: `${name}: format "${entry.format}" is not one of ${formats.join(', ')}` })
    }
    if (raw.date !== undefined) entry.date = String(raw.date)
    for (const key of listFields) {
      const value = raw[key]
      if (value !== undefined && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
        errors.push({ file, line, message: `${name}: ${key} must be a list of names` })
      }
    }
    if (!exists(entry.file)) {
      errors.push({ file, line, message: `${name} points at "${entry.file}", which does not exist beside the manifest` })
      continue
    }
    entries.push(entry)
  }
  return { entries, errors }
}
