import lunr from 'lunr'

/**
 * The one module that knows lunr. Everything else speaks in analysed terms, so the engine
 * could be swapped without touching the query language, ranking or snippets.
 */

/** The indexed fields. `concepts` holds thesaurus concept ids; `title` the document title. */
export const fields = ['text', 'concepts', 'title'] as const
export type Field = (typeof fields)[number]

// Field boosts are baked into lunr's field vectors at build time. The title is shared by
// every clause of a document, so it only breaks ties between clauses that match as well.
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
 * lunr's index, packed: each posting once, as (document number, score in thousandths),
 * document numbers delta-coded. lunr's own JSON stores every posting twice (inverted
 * index and field vectors) with string refs; this is the same information in far fewer bytes.
 */
export interface PackedLunr {
  lunr: string
  fields: Field[]
  /** Terms in lunr's sorted order; a term's position is its lunr `_index`. */
  terms: string[]
  /** Per term: `[field, count, doc, score, docDelta, score, ..., field, count, ...]`. */
  postings: number[][]
}

const presences = {
  required: lunr.Query.presence.REQUIRED,
  optional: lunr.Query.presence.OPTIONAL,
  prohibited: lunr.Query.presence.PROHIBITED
}

// Analysed terms are letters, digits and hyphens; anything else would be lunr syntax
// (`*` is a wildcard even through the query API), so it is refused here, at the boundary.
const plainTerm = /^[\p{L}\p{N}-]+$/u

export class Engine {
  private constructor(private readonly index: lunr.Index) {}

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
    return new Engine(builder.build())
  }

  static unpack(packed: PackedLunr): Engine {
    const invertedIndex: [string, Record<string, unknown>][] = []
    const vectors = new Map<string, number[]>()
    packed.terms.forEach((term, termIndex) => {
      const posting: Record<string, unknown> = { _index: termIndex }
      for (const field of packed.fields) posting[field] = {}
      const data = packed.postings[termIndex] ?? []
      let at = 0
      while (at < data.length) {
        const field = packed.fields[data[at]!]!
        const count = data[at + 1]!
        const docs = posting[field] as Record<string, object>
        let doc = 0
        at += 2
        for (let n = 0; n < count; n++, at += 2) {
          doc += data[at]!
          docs[doc] = {}
          const key = `${field}/${doc}`
          let vector = vectors.get(key)
          if (!vector) vectors.set(key, (vector = []))
          vector.push(termIndex, data[at + 1]! / 1000)
        }
      }
      invertedIndex.push([term, posting])
    })
    return new Engine(
      lunr.Index.load({
        version: lunr.version,
        fields: packed.fields,
        fieldVectors: [...vectors],
        invertedIndex,
        pipeline: []
      })
    )
  }

  pack(): PackedLunr {
    const json = this.index.toJSON() as {
      fields: Field[]
      invertedIndex: [string, Record<string, unknown> & { _index: number }][]
      fieldVectors: [string, number[]][]
    }
    const scores = new Map<string, Map<number, number>>()
    for (const [fieldRef, elements] of json.fieldVectors) {
      const byTerm = new Map<number, number>()
      for (let i = 0; i < elements.length; i += 2) byTerm.set(elements[i]!, elements[i + 1]!)
      scores.set(fieldRef, byTerm)
    }
    const terms: string[] = []
    const postings: number[][] = []
    for (const [term, posting] of json.invertedIndex) {
      const data: number[] = []
      json.fields.forEach((field, fieldNumber) => {
        const docs = Object.keys((posting[field] ?? {}) as object)
          .map(Number)
          .sort((a, b) => a - b)
        if (docs.length === 0) return
        data.push(fieldNumber, docs.length)
        let previous = 0
        for (const doc of docs) {
          const score = scores.get(`${field}/${doc}`)?.get(posting._index) ?? 0
          data.push(doc - previous, Math.round(score * 1000))
          previous = doc
        }
      })
      terms.push(term)
      postings.push(data)
    }
    return { lunr: lunr.version, fields: json.fields, terms, postings }
  }

  /** lunr's own serialisation, for comparing sizes. */
  toLunrJSON(): object {
    return this.index.toJSON()
  }

  /** Run term clauses through lunr's query API; results best first. */
  run(clauses: readonly TermClause[]): EngineMatch[] {
    const usable = clauses.filter((clause) => plainTerm.test(clause.term))
    if (usable.length < clauses.length && clauses.some((c) => c.presence === 'required' && !plainTerm.test(c.term))) return []
    if (!usable.some((clause) => clause.presence !== 'prohibited')) return []
    return this.index
      .query((query) => {
        for (const clause of usable) {
          query.term(clause.term, {
            fields: [...clause.fields],
            presence: presences[clause.presence],
            boost: clause.boost ?? 1,
            usePipeline: false,
            wildcard: lunr.Query.wildcard.NONE
          })
        }
      })
      .map((result) => ({ ref: Number(result.ref), score: result.score }))
  }
}
