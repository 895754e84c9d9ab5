import { registry, type Clause, type Document, type ReferenceTarget, type Resolution } from '@whereas/parser'
import { nearest } from './annotations/levenshtein.js'

/** One clause's citation of an instrument: where it is, the words that cite, how it resolved. */
export interface CitingClause {
  doc: string
  id: string
  kind: string
  num?: string
  /** The citing words as printed in the source. */
  words: string
  resolution: Resolution
  target: ReferenceTarget
}

/** How often an instrument is cited across the documents: explicit (any way but rights language) and implicit apart. */
export interface InstrumentCount {
  instrument: string
  title?: string
  celex?: string
  url?: string
  explicit: number
  implicit: number
  /** How many distinct clauses cite it. */
  clauses: number
}

/** The citation index of a set of parsed documents. */
export interface CitationIndex {
  /** Most cited first (explicit, then implicit, then key). */
  instruments: InstrumentCount[]
  citations: CitingClause[]
}

/** Instruments that are no citation to list: `self` means a different act in every document. */
const UNLISTED = new Set(['self'])
const titles = new Map(registry.instruments.map((i) => [i.key, i.title]))

/** Build the index from parsed documents (pure: the trees are read, not changed). */
export function citationIndex(documents: readonly Document[]): CitationIndex {
  const citations: CitingClause[] = []
  for (const doc of documents) {
    for (const node of doc.children) {
      if (node.type !== 'clause') continue
      collect(doc.id, node, citations)
    }
  }
  const counts = new Map<string, InstrumentCount & { seen: Set<string> }>()
  for (const c of citations) {
    let count = counts.get(c.target.instrument)
    if (!count) {
      count = { instrument: c.target.instrument, explicit: 0, implicit: 0, clauses: 0, seen: new Set() }
      counts.set(c.target.instrument, count)
    }
    if (c.target.celex && !count.celex) count.celex = c.target.celex
    if (c.target.url && !count.url) count.url = c.target.url
    // An article's title is not the instrument's: take the registry's, or a whole-instrument citation's.
    if (!count.title) {
      const title = titles.get(c.target.instrument) ?? (c.target.article === undefined ? c.target.title : undefined)
      if (title) count.title = title
    }
    if (c.resolution === 'implicit') count.implicit++
    else count.explicit++
    count.seen.add(`${c.doc}#${c.id}`)
  }
  const instruments = [...counts.values()]
    .map(({ seen, ...count }) => ({ ...count, clauses: seen.size }))
    .sort((a, b) => b.explicit - a.explicit || b.implicit - a.implicit || a.instrument.localeCompare(b.instrument))
  return { instruments, citations }
}

function collect(doc: string, clause: Clause, out: CitingClause[]): void {
  for (const child of clause.children) {
    if (child.type !== 'reference' || UNLISTED.has(child.target.instrument)) continue
    const entry: CitingClause = {
      doc,
      id: clause.id,
      kind: clause.kind,
      words: child.children.map((t) => t.value).join(''),
      resolution: child.resolution,
      target: child.target
    }
    if (clause.num !== undefined) entry.num = clause.num
    out.push(entry)
  }
}

/** A query of the index: `gdpr`, `charter:47`, `led:10`. */
export interface CiteQuery {
  instrument: string
  article?: string
}

/** Read `instrument[:article]`; undefined when it is not of that shape. */
export function parseCiteQuery(query: string): CiteQuery | undefined {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9+._-]*)\s*(?::\s*([0-9]{1,4}[a-z]?))?\s*$/.exec(query)
  if (!match) return undefined
  const instrument = match[1]!.toLowerCase()
  return match[2] === undefined ? { instrument } : { instrument, article: match[2] }
}

/** The clauses citing an instrument (and article), in document order. */
export function citing(index: CitationIndex, query: CiteQuery): CitingClause[] {
  return index.citations.filter(
    (c) => c.target.instrument === query.instrument && (query.article === undefined || c.target.article === query.article)
  )
}

/** The known keys nearest to an unknown one, for "did you mean": by edit distance, then by shared prefix. */
export function nearestKeys(key: string, known: Iterable<string>, count = 3): string[] {
  const keys = [...new Set(known)]
  const out: string[] = []
  const pool = new Set(keys)
  for (let k = 0; k < count && pool.size > 0; k++) {
    const best = nearest(key, pool)
    if (best === undefined) break
    out.push(best)
    pool.delete(best)
  }
  const prefixed = keys.filter((k) => k.startsWith(key) && !out.includes(k)).slice(0, count)
  return [...prefixed, ...out].slice(0, count)
}
