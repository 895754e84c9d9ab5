import lunr from 'lunr'
import { eachShared, mergeSorted, sortedPosting, type Posting } from './postings.js'

/**
 * The one module that knows lunr. Everything else speaks in analysed terms, so the engine
 * could be swapped without touching the query language, ranking or snippets.
 *
 * lunr builds the index: its Builder weighs every (term, field, clause) with BM25 and the
 * field boosts. What lunr keeps after that is a posting list per term and a vector per
 * clause field holding the same weights twice; this engine keeps them once, as typed
 * arrays per term and field, and answers the conjunctive queries whereas asks with the
 * scoring of lunr's `Index.query` (same sets, same scores: a test holds the two together),
 * but starting from the rarest required term, so a query costs what its rarest term
 * costs instead of what all its terms' postings cost. No positions are stored: snippets
 * come from the clause text.
 */

/** The indexed fields. `concepts` holds thesaurus concept ids; `title` the document title. */
export const fields = ['text', 'concepts', 'title'] as const
export type Field = (typeof fields)[number]

// Field boosts are baked into the weights at build time. The title is shared by every clause
// of a document, so it only breaks ties between clauses that match as well.
const boosts: Record<Field, number> = { text: 1, concepts: 1, title: 0.15 }

/** What one clause gives the index: analysed terms per field, repeated as often as they occur. */
export type FieldTerms = Record<Field, string[]>

export type Presence = 'required' | 'optional' | 'prohibited'

/** One lookup: an analysed term (never user syntax), the fields it may be in, and how it counts. */
export interface TermClause {
  term: string
  fields: readonly Field[]
  presence: Presence
  boost?: number
}

export interface EngineMatch {
  /** Position of the clause in the index's record list. */
  ref: number
  score: number
}

/**
 * The index, packed for JSON: each posting once, as (clause number, weight in thousandths,
 * the precision lunr rounds to), clause numbers delta-coded.
 */
export interface PackedLunr {
  lunr: string
  fields: Field[]
  /** Terms in lunr's sorted order; a term's position is its lunr `_index`. */
  terms: string[]
  /** Per term: `[field, count, docDelta..., weight...]` for each field the term occurs in. */
  postings: number[][]
}

/** Per field (by position in `fields`), the term's posting, if it occurs there. */
type TermPostings = (Posting | undefined)[]

const fieldNumber = new Map<string, number>(fields.map((field, i) => [field, i]))

export class Engine {
  private constructor(private readonly postings: ReadonlyMap<string, TermPostings>) {}

  /** Index clauses in order: the n-th clause gets ref n. */
  static build(clauses: Iterable<FieldTerms>): Engine {
    const builder = new lunr.Builder()
    builder.ref('ref')
    for (const field of fields) builder.field(field, { boost: boosts[field] })
    // Terms arrive analysed; lunr's tokenizer would only lower-case and copy metadata again.
    builder.tokenizer = Object.assign((value: unknown) => (value as string[]).map((term) => new lunr.Token(term, {})), {
      separator: lunr.tokenizer.separator
    })
    let ref = 0
    for (const clause of clauses) builder.add({ ref: String(ref++), ...clause })
    const index = builder.build() as unknown as {
      invertedIndex: Record<string, { _index: number }>
      fieldVectors: Record<string, { elements: number[] }>
    }
    const byIndex: string[] = []
    for (const [term, posting] of Object.entries(index.invertedIndex)) byIndex[posting._index] = term
    const lists = new Map<string, { docs: number[]; weights: number[] }[]>()
    for (const [fieldRef, vector] of Object.entries(index.fieldVectors)) {
      const slash = fieldRef.indexOf('/')
      const field = fieldNumber.get(fieldRef.slice(0, slash))!
      const doc = Number(fieldRef.slice(slash + 1))
      const elements = vector.elements
      for (let i = 0; i < elements.length; i += 2) {
        const term = byIndex[elements[i]!]!
        let perField = lists.get(term)
        if (!perField) lists.set(term, (perField = []))
        const list = (perField[field] ??= { docs: [], weights: [] })
        list.docs.push(doc)
        list.weights.push(elements[i + 1]!)
      }
    }
    const postings = new Map<string, TermPostings>()
    for (const [term, perField] of lists) {
      postings.set(
        term,
        fields.map((_, field) => {
          const list = perField[field]
          return list ? sortedPosting(list.docs, list.weights) : undefined
        })
      )
    }
    return new Engine(postings)
  }

  static unpack(packed: PackedLunr): Engine {
    const order = packed.fields.map((field) => fieldNumber.get(field))
    if (order.some((field) => field === undefined)) throw new Error(`unknown field in ${packed.fields.join(', ')}`)
    const postings = new Map<string, TermPostings>()
    packed.terms.forEach((term, termIndex) => {
      const data = packed.postings[termIndex] ?? []
      const perField: TermPostings = fields.map(() => undefined)
      let at = 0
      while (at < data.length) {
        const field = order[data[at]!]!
        const count = data[at + 1]!
        const docs = new Int32Array(count)
        const weights = new Float32Array(count)
        let doc = 0
        at += 2
        for (let n = 0; n < count; n++) docs[n] = doc += data[at + n]!
        at += count
        for (let n = 0; n < count; n++) weights[n] = data[at + n]! / 1000
        at += count
        perField[field] = { docs, weights }
      }
      postings.set(term, perField)
    })
    return new Engine(postings)
  }

  pack(): PackedLunr {
    const terms = [...this.postings.keys()].sort()
    const postings = terms.map((term) => {
      const data: number[] = []
      this.postings.get(term)!.forEach((posting, field) => {
        if (!posting) return
        data.push(field, posting.docs.length)
        let previous = 0
        for (const doc of posting.docs) {
          data.push(doc - previous)
          previous = doc
        }
        for (const weight of posting.weights) data.push(Math.round(weight * 1000))
      })
      return data
    })
    return { lunr: lunr.version, fields: [...fields], terms, postings }
  }

  /** The same index in lunr's own serialisation, which `lunr.Index.load` reads (to compare sizes and answers). */
  toLunrJSON(): object {
    const terms = [...this.postings.keys()].sort()
    const vectors = new Map<string, number[]>()
    const invertedIndex = terms.map((term, termIndex) => {
      const entry: Record<string, unknown> = { _index: termIndex }
      this.postings.get(term)!.forEach((posting, field) => {
        const docs: Record<string, object> = {}
        posting?.docs.forEach((doc, n) => {
          docs[doc] = {}
          const key = `${fields[field]}/${doc}`
          let vector = vectors.get(key)
          if (!vector) vectors.set(key, (vector = []))
          vector.push(termIndex, Math.round(posting.weights[n]! * 1000) / 1000)
        })
        entry[fields[field]!] = docs
      })
      return [term, entry]
    })
    return { version: lunr.version, fields: [...fields], fieldVectors: [...vectors], invertedIndex, pipeline: [] }
  }

  /**
   * Clauses holding every required term (in any of its fields) and no prohibited one,
   * scored as lunr scores them: per field, the dot product of the query's boosts with the
   * clause's term weights over the query vector's length, summed over fields. Best first.
   */
  run(clauses: readonly TermClause[]): EngineMatch[] {
    const positive = clauses.filter((clause) => clause.presence !== 'prohibited')
    const required = positive.filter((clause) => clause.presence === 'required')
    if (positive.length === 0) return []
    if (required.some((clause) => !this.postings.has(clause.term))) return []

    let candidates: Int32Array
    if (required.length > 0) {
      const [rarest, ...rest] = [...required].sort((a, b) => this.frequency(a) - this.frequency(b))
      candidates = this.union(rarest!)
      for (const clause of rest) candidates = this.intersect(candidates, clause)
    } else {
      candidates = positive.map((clause) => this.union(clause)).reduce(mergeSorted, new Int32Array(0))
    }
    for (const clause of clauses) {
      if (clause.presence === 'prohibited' && candidates.length > 0) candidates = this.subtract(candidates, clause)
    }
    if (candidates.length === 0) return []

    // The query vector per field: summed boosts per term, as lunr upserts them.
    const query = fields.map(() => new Map<string, number>())
    for (const clause of positive) {
      if (!this.postings.has(clause.term)) continue
      for (const field of clause.fields) {
        const vector = query[fieldNumber.get(field)!]!
        vector.set(clause.term, (vector.get(clause.term) ?? 0) + (clause.boost ?? 1))
      }
    }
    const scores = new Float64Array(candidates.length)
    query.forEach((vector, field) => {
      let magnitude = 0
      for (const boost of vector.values()) magnitude += boost * boost
      magnitude = Math.sqrt(magnitude)
      if (magnitude === 0) return
      for (const [term, boost] of vector) {
        const posting = this.postings.get(term)![field]
        if (posting) eachShared(candidates, posting, (at, n) => (scores[at]! += (boost * posting.weights[n]!) / magnitude))
      }
    })
    const matches: EngineMatch[] = []
    candidates.forEach((ref, at) => matches.push({ ref, score: scores[at]! }))
    return matches.sort((a, b) => b.score - a.score || a.ref - b.ref)
  }

  private frequency(clause: TermClause): number {
    const perField = this.postings.get(clause.term)
    let total = 0
    for (const field of clause.fields) total += perField?.[fieldNumber.get(field)!]?.docs.length ?? 0
    return total
  }

  /** The clauses holding the term in any of the clause's fields, ascending. */
  private union(clause: TermClause): Int32Array {
    const perField = this.postings.get(clause.term)
    let docs: Int32Array = new Int32Array(0)
    for (const field of clause.fields) {
      const posting = perField?.[fieldNumber.get(field)!]
      if (posting) docs = mergeSorted(docs, posting.docs)
    }
    return docs
  }

  private intersect(candidates: Int32Array, clause: TermClause): Int32Array {
    const keep = new Uint8Array(candidates.length)
    const perField = this.postings.get(clause.term)
    for (const field of clause.fields) {
      const posting = perField?.[fieldNumber.get(field)!]
      if (posting) eachShared(candidates, posting, (at) => (keep[at] = 1))
    }
    return candidates.filter((_, at) => keep[at] === 1)
  }

  private subtract(candidates: Int32Array, clause: TermClause): Int32Array {
    const drop = new Uint8Array(candidates.length)
    const perField = this.postings.get(clause.term)
    for (const field of clause.fields) {
      const posting = perField?.[fieldNumber.get(field)!]
      if (posting) eachShared(candidates, posting, (at) => (drop[at] = 1))
    }
    return candidates.filter((_, at) => drop[at] === 0)
  }
}
