import { planQuery, type QueryPlan } from './plan.js'
import { parseQuery } from './query.js'
import { rank, rankPlan, wordsOf, type Ranked } from './rank.js'
import type { Citation } from './records.js'
import type { SearchIndex } from './search-index.js'
import { makeSnippet, mergeRanges, type Range } from './snippet.js'
import { suggestRelaxations, type Suggestion } from './suggest.js'
import type { Word } from './analyzer.js'

export interface SearchOptions {
  /** Most hits to return (default 10). `total` still counts them all. */
  limit?: number
  /** Hits to skip, for paging (default 0). */
  offset?: number
  /** Snippet width in characters (default 240). */
  snippetWidth?: number
}

/** One matching clause. */
export interface Hit {
  doc: string
  id: string
  kind: string
  num: string | null
  /** Higher is better; comparable within one result only. */
  score: number
  /** The clause's whole reading. */
  text: string
  /** The passage around the best match. */
  snippet: string
  /** Matched words, as `[start, end)` ranges into `snippet`. */
  highlights: Range[]
  /** `snippet` with matched words between « and ». */
  marked: string
  citations: Citation[]
  title: string
}

export interface SearchResult {
  query: string
  hits: Hit[]
  /** Every matching clause, not only the returned page. */
  total: number
  /** When nothing matched: what to relax, each with the relaxed query to run. */
  suggestions?: Suggestion[]
  /** How the query was read, when that differs from how it was typed. */
  notes?: string[]
}

/** Search the index with a query in the whereas query language. Never throws on any string. */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const text = typeof query === 'string' ? query : ''
  const parsed = parseQuery(text)
  const plan = planQuery(parsed, index.thesaurus, index.engine)
  // Clause texts analysed for the adjacency check are analysed once more for snippets: keep them.
  const analysed = new Map<number, Word[]>()
  const ranked = rankPlan(index, plan, analysed)
  const limit = count(options.limit, 10)
  const offset = count(options.offset, 0)
  const hits = ranked.slice(offset, offset + limit).map((match) => toHit(index, plan, match, options.snippetWidth, analysed))
  const result: SearchResult = { query: text, hits, total: ranked.length }
  if (ranked.length === 0) result.suggestions = suggestRelaxations(index, parsed, (relaxed) => rank(index, relaxed).length)
  const notes = [...parsed.notes, ...plan.notes]
  if (notes.length > 0) result.notes = notes
  return result
}

function count(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback
}

function toHit(index: SearchIndex, plan: QueryPlan, match: Ranked, width: number | undefined, analysed: Map<number, Word[]>): Hit {
  const record = index.records[match.ref]!
  const words = wordsOf(index, match.ref, analysed)
  const ranges: Range[] = []
  for (const word of words) if (plan.highlight.stems.has(word.stem)) ranges.push([word.start, word.end])
  if (plan.highlight.concepts.size > 0) {
    for (const concept of index.thesaurus.findAll(words)) {
      if (!plan.highlight.concepts.has(concept.id)) continue
      ranges.push([words[concept.start]!.start, words[concept.end - 1]!.end])
    }
  }
  const snippet = makeSnippet(record.text, joinAcrossSpaces(record.text, mergeRanges(ranges)), width === undefined ? {} : { width })
  return {
    doc: record.doc,
    id: record.id,
    kind: record.kind,
    num: record.num,
    score: Math.round(match.score * 1000) / 1000,
    text: record.text,
    ...snippet,
    citations: record.citations,
    title: record.title
  }
}

// Matched words with only white space between them read as one mark: «predictive policing».
function joinAcrossSpaces(text: string, ranges: Range[]): Range[] {
  const joined: Range[] = []
  for (const range of ranges) {
    const last = joined[joined.length - 1]
    if (last && /^\s*$/u.test(text.slice(last[1], range[0]))) last[1] = range[1]
    else joined.push([range[0], range[1]])
  }
  return joined
}
