import { Engine, lunrVersion, type PackedIndex } from './engine.js'
import type { Citation, SearchRecord } from './records.js'
import { assemble, type SearchIndex } from './search-index.js'
import thesaurus from './thesaurus.json' with { type: 'json' }

/**
 * The version of the serialised file. Raise it whenever what is indexed changes (the
 * analyzer, the fields, the record shape), so an old file is rebuilt rather than misread.
 */
export const indexVersion = 6

/** A clause record as stored: the document by its position in `documents`. */
export interface StoredRecord {
  doc: number
  id: string
  kind: string
  num: string | null
  text: string
  citations: Citation[]
}

/** The file the CLI caches and the site loads. */
export interface SerializedIndex {
  format: 'whereas-search-index'
  version: number
  /** The thesaurus version the concepts were indexed with. */
  thesaurus: number
  /** Identifies the inputs the index was built from; the builder decides what it covers. */
  corpusHash: string | null
  documents: { id: string; title: string }[]
  records: StoredRecord[]
  /** The index as lunr weighed it, packed (`Engine#toJSON`); clause numbers are positions in `records`. */
  index: PackedIndex
}

export interface SerializeOptions {
  corpusHash?: string
}

export function serializeIndex(index: SearchIndex, options: SerializeOptions = {}): SerializedIndex {
  const documents: { id: string; title: string }[] = []
  const position = new Map<string, number>()
  const records = index.records.map((record) => {
    const key = `${record.doc}\u0000${record.title}`
    let doc = position.get(key)
    if (doc === undefined) {
      doc = documents.push({ id: record.doc, title: record.title }) - 1
      position.set(key, doc)
    }
    return { doc, id: record.id, kind: record.kind, num: record.num, text: record.text, citations: record.citations }
  })
  return {
    format: 'whereas-search-index',
    version: indexVersion,
    thesaurus: thesaurus.version,
    corpusHash: options.corpusHash ?? null,
    documents,
    records,
    index: index.engine.toJSON()
  }
}

export interface LoadOptions {
  /** When given, a file built from other inputs is reported as stale. */
  corpusHash?: string
}

export type LoadResult =
  | { ok: true; index: SearchIndex }
  | {
      ok: false
      /** `format`: not an index file; `version`: another format version; `stale`: built from other inputs. */
      reason: 'format' | 'version' | 'stale'
      message: string
    }

/** Load a serialised index (the parsed JSON). Checks the format, the version and, if asked, the inputs; never throws. */
export function loadIndex(json: unknown, options: LoadOptions = {}): LoadResult {
  if (!isObject(json) || json.format !== 'whereas-search-index') {
    return { ok: false, reason: 'format', message: 'this is not a whereas search index (no "format": "whereas-search-index"): rebuild it' }
  }
  if (json.version !== indexVersion || json.thesaurus !== thesaurus.version) {
    return {
      ok: false,
      reason: 'version',
      message: `the index is format version ${String(json.version)} (thesaurus ${String(json.thesaurus)}); this @whereas/search reads version ${indexVersion} (thesaurus ${thesaurus.version}): rebuild it`
    }
  }
  if (options.corpusHash !== undefined && json.corpusHash !== options.corpusHash) {
    return { ok: false, reason: 'stale', message: 'the index was built from other documents (or another parser) than the ones at hand: rebuild it' }
  }
  const packed = json.index
  if (!isObject(packed) || typeof packed.lunr !== 'string') {
    return { ok: false, reason: 'format', message: 'the index file is damaged (no packed index in "index"): rebuild it' }
  }
  if (packed.lunr !== lunrVersion) {
    return {
      ok: false,
      reason: 'version',
      message: `the index was weighed by lunr ${packed.lunr}; this @whereas/search uses lunr ${lunrVersion}: rebuild it`
    }
  }
  try {
    const file = json as unknown as SerializedIndex
    const records: SearchRecord[] = file.records.map((stored) => {
      const document = file.documents[stored.doc]
      return {
        doc: document?.id ?? '',
        id: stored.id,
        kind: stored.kind,
        num: stored.num,
        title: document?.title ?? '',
        text: stored.text,
        citations: stored.citations
      }
    })
    return { ok: true, index: assemble(records, Engine.load(file.index)) }
  } catch (error) {
    return { ok: false, reason: 'format', message: `the index file is damaged (${(error as Error).message}): rebuild it` }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
