import type { Document } from '@whereas/parser'
import { analyze, indexTerms } from './analyzer.js'
import { Engine, type FieldTerms } from './engine.js'
import { citationTokens, clauseRecords, type SearchRecord } from './records.js'
import { defaultThesaurus, type Thesaurus } from './thesaurus.js'

/** A built or loaded index: the clause records and the engine over them. */
export interface SearchIndex {
  records: readonly SearchRecord[]
  engine: Engine
  thesaurus: Thesaurus
  /** What filters read, computed once: citation tokens per record, the documents and kinds present. */
  facets: Facets
}

export interface Facets {
  cites: ReadonlyArray<ReadonlySet<string>>
  /** The records citing each token (`gdpr`, `charter-47`) and of each document, ascending: where a filter-only query starts. */
  citing: ReadonlyMap<string, readonly number[]>
  ofDocument: ReadonlyMap<string, readonly number[]>
  docs: ReadonlySet<string>
  kinds: ReadonlySet<string>
  instruments: ReadonlySet<string>
}

/** A parsed document with the title to index it under (a manifest title, say). */
export interface TitledDocument {
  tree: Document
  title?: string
}

export type IndexInput = Document | TitledDocument | SearchRecord

/**
 * Index clauses: give parsed trees (every clause of each), trees with titles, or records
 * you made yourself. Pure and synchronous; no file system.
 */
export function buildIndex(input: readonly IndexInput[]): SearchIndex {
  const records = input.flatMap(toRecords)
  const thesaurus = defaultThesaurus()
  const titles = new Map<string, { terms: string[]; concepts: string[] }>()
  const titleTerms = (title: string) => {
    let known = titles.get(title)
    if (!known) {
      const words = analyze(title)
      known = { terms: indexTerms(words), concepts: thesaurus.findAll(words).map((match) => match.id) }
      titles.set(title, known)
    }
    return known
  }
  const engine = Engine.build(
    (function* (): Iterable<FieldTerms> {
      for (const record of records) {
        const words = analyze(record.text)
        const title = titleTerms(record.title)
        yield {
          text: indexTerms(words),
          concepts: thesaurus.findAll(words).map((match) => match.id),
          title: [...title.terms, ...title.concepts]
        }
      }
    })()
  )
  return assemble(records, engine, thesaurus)
}

/** Put an index together from its parts (also used when loading a serialised one). */
export function assemble(records: readonly SearchRecord[], engine: Engine, thesaurus: Thesaurus = defaultThesaurus()): SearchIndex {
  const cites = records.map((record) => citationTokens(record.citations))
  const instruments = new Set<string>()
  for (const record of records) for (const citation of record.citations) instruments.add(citation.instrument)
  const citing = new Map<string, number[]>()
  const ofDocument = new Map<string, number[]>()
  cites.forEach((tokens, ref) => {
    for (const token of tokens) append(citing, token, ref)
    append(ofDocument, records[ref]!.doc.toLowerCase(), ref)
  })
  return {
    records,
    engine,
    thesaurus,
    facets: {
      cites,
      citing,
      ofDocument,
      docs: new Set(records.map((record) => record.doc)),
      kinds: new Set(records.map((record) => record.kind)),
      instruments
    }
  }
}

function append(map: Map<string, number[]>, key: string, ref: number): void {
  const refs = map.get(key)
  if (refs) refs.push(ref)
  else map.set(key, [ref])
}

function toRecords(item: IndexInput): SearchRecord[] {
  if ('type' in item && item.type === 'document') return clauseRecords(item)
  if ('tree' in item) return clauseRecords(item.tree, item.title === undefined ? {} : { title: item.title })
  return [item as SearchRecord]
}
