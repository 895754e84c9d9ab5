import lunr from 'lunr'
import { pack, unpack, type PackedIndex, type TermPostings } from './packed.js'
import { eachShared, keepShared, mergeSorted, sortedPosting } from './postings.js'

/**
 * The one module that knows lunr. Everything else speaks in analysed terms, so the query
 * language, ranking and snippets do not depend on how the index is stored or walked.
 *
 * lunr builds the index: its Builder weighs every (term, field, clause) with BM25 and the
 * field boosts. What a lunr.Index keeps after that is every posting twice (inverted index
 * and field vectors), and its `query` walks every posting of every term, allocating per
 * posting, even when all terms are required. This engine keeps lunr's weights once, in
 * typed arrays, and answers the queries whereas asks with the scoring of `lunr.Index.query`
 * (same clauses, same scores: `engine.test.ts` holds the two together on the corpus), but
 * starting from the rarest required term, so a query costs what its rarest term costs.
 * No positions are stored: snippets come from the clause text.
 */

/** The lunr release that weighs the index: a file weighed by another one is rebuilt. */
export const lunrVersion: string = lunr.version

/** The indexed fields. `concepts` holds thesaurus concept ids; `title` the document title. */
export const fields = ['text', 'concepts', 'title'] as const
export type Field = (typeof fields)[number]

// Field boosts are baked into the weights at build time. The title is shared by every clause
// of a document, so it only breaks ties between clauses that match as well.
const boosts: Record<Field, number> = { text: 1, concepts: 1, title: 0.15 }
const fieldNumber = new Map<string, number>(fields.map((field, i) => [field, i]))

/** What one clause gives the index: analysed terms per field, repeated as often as they occur. */
export type FieldTerms = Record<Field, string[]>

export type Presence = 'required' | 'optional' | 'prohibited'

/** One lookup: an analysed term (never user syntax), the fields it may be in, and how it counts. */
export interface TermClause {
  term: string
  fields: readonly Field[]
  presence: Presence
  boost?: number
  /** Also match index terms this many edits away (lunr's fuzzy matching); for misspelt words only. */
  editDistance?: number
}

export interface EngineMatch {
  /** Position of the clause in the index's record list. */
  ref: number
  score: number
}

export type { PackedIndex }

/**
 * lunr reads `*` inside a term as a wildcard (`TokenSet.fromString`). The analyzer never
 * makes such a term and the index holds none, so a term with `*` is a literal that matches
 * nothing.
 */
function isPlainTerm(term: string): boolean {
  return term.length > 0 && !term.includes('*')
}

// What a built lunr.Index holds (lunr 2.3's Index constructor attributes) that @types/lunr leaves out.
interface LunrInternals {
  invertedIndex: Record<string, { _index: number }>
  fieldVectors: Record<string, { elements: number[] }>
}

// lunr 2.3's TokenSet builders (Index.load and Index.query use them); @types/lunr omits them.
interface TokenSets {
  fromArray(sortedTerms: string[]): lunr.TokenSet
  fromFuzzyString(term: string, editDistance: number): lunr.TokenSet
}
const tokenSets = lunr.TokenSet as unknown as TokenSets

/** A term clause with the index terms it stands for (itself, or its close terms when fuzzy). */
interface Lookup {
  clause: TermClause
  terms: string[]
}

export class Engine {
  private vocabulary: lunr.TokenSet | undefined

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
    for (const clause of clauses) {
      for (const field of fields) {
        const odd = clause[field].find((term) => !isPlainTerm(term))
        if (odd !== undefined) throw new Error(`the ${field} term ${JSON.stringify(odd)} is not an analysed term: index the analyzer's output`)
      }
      builder.add({ ref: String(ref++), ...clause })
    }
    return Engine.fromLunr(builder.build())
  }

  /** The postings of a lunr.Index, read from its field vectors (lunr's weights, rounded to thousandths by lunr). */
  private static fromLunr(index: lunr.Index): Engine {
    const { invertedIndex, fieldVectors } = index as unknown as LunrInternals
    const byIndex: string[] = []
    for (const [term, posting] of Object.entries(invertedIndex)) byIndex[posting._index] = term
    const lists = new Map<string, { docs: number[]; weights: number[] }[]>()
    for (const [fieldRef, vector] of Object.entries(fieldVectors)) {
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
        list.weights.push(Math.round(elements[i + 1]! * 1000))
      }
    }
    const postings = new Map<string, TermPostings>()
    for (const [term, perField] of lists) {
      postings.set(
        term,
        fields.map((_, field) => perField[field] && sortedPosting(perField[field].docs, perField[field].weights))
      )
    }
    return new Engine(postings)
  }

  /** An index from its packed form (`toJSON`); throws an Error saying what is damaged. */
  static load(packed: unknown): Engine {
    return new Engine(unpack(packed, fields))
  }

  /** The packed form, which `Engine.load` reads back. */
  toJSON(): PackedIndex {
    return pack(this.postings, fields, lunrVersion)
  }

  /** The same index in lunr's own serialisation, which `lunr.Index.load` reads: the reference for tests and benchmarks. */
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
          vector.push(termIndex, posting.weights[n]! / 1000)
        })
        entry[fields[field]!] = docs
      })
      for (const field of fields) entry[field] ??= {}
      return [term, entry]
    })
    return { version: lunr.version, fields: [...fields], fieldVectors: [...vectors], invertedIndex, pipeline: [] }
  }

  /** Whether any clause holds this analysed term, in any field. */
  has(term: string): boolean {
    return isPlainTerm(term) && this.postings.has(term)
  }

  /**
   * The index terms within `distance` edits of an analysed term (insertions, deletions,
   * substitutions, transpositions), through lunr's fuzzy token sets: what a lookup with
   * that edit distance matches.
   */
  closeTerms(term: string, distance: number): string[] {
    if (!isPlainTerm(term)) return []
    this.vocabulary ??= tokenSets.fromArray([...this.postings.keys()].sort())
    return this.vocabulary.intersect(tokenSets.fromFuzzyString(term, distance)).toArray()
  }

  /**
   * Clauses holding every required term (in any of its fields) and no prohibited one, as
   * `lunr.Index.query` scores them: per field, the dot product of the query's boosts with the
   * clause's BM25 weights over the length of the query vector, summed over fields. Best
   * first, ties in index order. A query with no required or optional term finds nothing
   * (lunr would list every clause).
   */
  run(clauses: readonly TermClause[]): EngineMatch[] {
    const lookups: Lookup[] = []
    for (const clause of clauses) {
      const terms = this.expand(clause)
      if (terms.length > 0) lookups.push({ clause, terms })
      else if (clause.presence === 'required') return []
    }
    const positive = lookups.filter((lookup) => lookup.clause.presence !== 'prohibited')
    if (positive.length === 0) return []
    const required = positive.filter((lookup) => lookup.clause.presence === 'required')
    let candidates: Int32Array
    if (required.length > 0) {
      const [rarest, ...rest] = required.map((lookup) => ({ lookup, lists: this.lists(lookup) })).sort((a, b) => length(a.lists) - length(b.lists))
      candidates = rarest!.lists.reduce(mergeSorted, new Int32Array(0))
      for (const { lists } of rest) candidates = keepShared(candidates, lists, true)
    } else {
      candidates = positive.flatMap((lookup) => this.lists(lookup)).reduce(mergeSorted, new Int32Array(0))
    }
    for (const lookup of lookups) {
      if (lookup.clause.presence === 'prohibited' && candidates.length > 0) candidates = keepShared(candidates, this.lists(lookup), false)
    }
    if (candidates.length === 0) return []
    const scores = this.score(candidates, positive)
    const matches: EngineMatch[] = []
    candidates.forEach((ref, at) => matches.push({ ref, score: scores[at]! }))
    return matches.sort((a, b) => b.score - a.score || a.ref - b.ref)
  }

  private expand(clause: TermClause): string[] {
    if (!isPlainTerm(clause.term)) return []
    if (clause.editDistance) return this.closeTerms(clause.term, clause.editDistance)
    return this.postings.has(clause.term) ? [clause.term] : []
  }

  /** The clause lists of a lookup's terms in its fields. */
  private lists(lookup: Lookup): Int32Array[] {
    const lists: Int32Array[] = []
    for (const term of lookup.terms) {
      const perField = this.postings.get(term)!
      for (const field of lookup.clause.fields) {
        const posting = perField[fieldNumber.get(field)!]
        if (posting) lists.push(posting.docs)
      }
    }
    return lists
  }

  private score(candidates: Int32Array, positive: readonly Lookup[]): Float64Array {
    // The query vector per field: boosts summed per term, as lunr's Vector.upsert sums them.
    const query = fields.map(() => new Map<string, number>())
    for (const { clause, terms } of positive) {
      for (const term of terms) {
        for (const field of clause.fields) {
          const vector = query[fieldNumber.get(field)!]!
          vector.set(term, (vector.get(term) ?? 0) + (clause.boost ?? 1))
        }
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
        if (posting) eachShared(candidates, posting.docs, (at, n) => (scores[at]! += (boost * (posting.weights[n]! / 1000)) / magnitude))
      }
    })
    return scores
  }
}

function length(lists: readonly Int32Array[]): number {
  return lists.reduce((total, list) => total + list.length, 0)
}
