import lunr from 'lunr'

/**
 * The one module that knows lunr. Everything else speaks in analysed terms, so the query
 * language, ranking and snippets do not depend on how lunr is called.
 *
 * lunr builds the index (its Builder weighs every term, field and clause with BM25 and the
 * field boosts), answers the lookups (`lunr.Index.query`, through its query API: never its
 * query-string parser) and serialises itself (`toJSON` / `lunr.Index.load`). No positions
 * or other metadata are stored: snippets come from the clause text.
 */

/** The lunr release that builds and reads the index: a file from another one is rebuilt. */
export const lunrVersion: string = lunr.version

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
  /** Also match index terms this many edits away (lunr's own fuzzy matching); for misspelt words only. */
  editDistance?: number
}

export interface EngineMatch {
  /** Position of the clause in the index's record list. */
  ref: number
  score: number
}

const presences: Record<Presence, lunr.Query.presence> = {
  required: lunr.Query.presence.REQUIRED,
  optional: lunr.Query.presence.OPTIONAL,
  prohibited: lunr.Query.presence.PROHIBITED
}

/**
 * lunr's query API still reads `*` inside a term as a wildcard (`TokenSet.fromString`). The
 * analyzer never makes such a term, and the index holds none, so a term with `*` can match
 * nothing: it is answered here as the literal it is, and never reaches lunr.
 */
function isPlainTerm(term: string): boolean {
  return term.length > 0 && !term.includes('*')
}

// What a built lunr.Index holds (lunr 2.3's Index constructor attributes) that @types/lunr leaves out.
interface LunrInternals {
  invertedIndex: Record<string, unknown>
  tokenSet: lunr.TokenSet
}

// lunr.TokenSet.fromFuzzyString exists in lunr 2.3 (Index.query uses it for edit distances); @types/lunr omits it.
interface FuzzyTokenSets {
  fromFuzzyString(term: string, editDistance: number): lunr.TokenSet
}

function internals(index: lunr.Index): LunrInternals {
  return index as unknown as LunrInternals
}

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
    for (const clause of clauses) {
      for (const field of fields) {
        const odd = clause[field].find((term) => !isPlainTerm(term))
        if (odd !== undefined) throw new Error(`the ${field} term ${JSON.stringify(odd)} is not an analysed term: index the analyzer's output`)
      }
      builder.add({ ref: String(ref++), ...clause })
    }
    return new Engine(builder.build())
  }

  /** An index from lunr's serialisation; throws what `lunr.Index.load` throws on a damaged one. */
  static load(serialised: object): Engine {
    return new Engine(lunr.Index.load(serialised))
  }

  /** lunr's own serialisation of the index, which `Engine.load` reads back. */
  toJSON(): object {
    return this.index.toJSON()
  }

  /** Whether any clause holds this analysed term, in any field. */
  has(term: string): boolean {
    return isPlainTerm(term) && Object.hasOwn(internals(this.index).invertedIndex, term)
  }

  /**
   * The index terms within `distance` edits of an analysed term (insertions, deletions,
   * substitutions, transpositions), through lunr's own fuzzy token sets: what a lookup with
   * that edit distance matches.
   */
  closeTerms(term: string, distance: number): string[] {
    if (!isPlainTerm(term)) return []
    const fuzzy = (lunr.TokenSet as unknown as FuzzyTokenSets).fromFuzzyString(term, distance)
    return internals(this.index).tokenSet.intersect(fuzzy).toArray()
  }

  /**
   * Clauses holding every required term (in any of its fields) and no prohibited one, as
   * `lunr.Index.query` scores them: per field, the cosine of the query's boosts with the
   * clause's BM25 weights, summed over fields. Best first, ties in index order. A query
   * with no required or optional term finds nothing (lunr would list every clause).
   */
  run(clauses: readonly TermClause[]): EngineMatch[] {
    const asked: TermClause[] = []
    for (const clause of clauses) {
      if (isPlainTerm(clause.term)) asked.push(clause)
      else if (clause.presence === 'required') return []
    }
    if (!asked.some((clause) => clause.presence !== 'prohibited')) return []
    return this.index
      .query((query) => {
        for (const clause of asked) {
          // A fresh options object per term: lunr keeps and mutates it.
          query.term(clause.term, { fields: [...clause.fields], presence: presences[clause.presence], boost: clause.boost ?? 1, usePipeline: false, editDistance: clause.editDistance ?? 0 })
        }
      })
      .map((result) => ({ ref: Number(result.ref), score: result.score }))
      .sort((a, b) => b.score - a.score || a.ref - b.ref)
  }
}
