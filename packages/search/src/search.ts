import { analyze, type Word } from './analyzer.js'
import { phraseKey, planQuery, type QueryPlan, type Variant } from './plan.js'
import { parseQuery, type Filter, type ParsedQuery } from './query.js'
import type { Citation, SearchRecord } from './records.js'
import type { SearchIndex } from './search-index.js'
import { makeSnippet, mergeRanges, type Range } from './snippet.js'
import { suggestRelaxations, type Suggestion } from './suggest.js'

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

export interface Ranked {
  ref: number
  score: number
  /** Already credited for citing a provision the query names. */
  cited?: boolean
}

// Operative and demanding clauses are what a researcher usually wants; salutations and
// signature blocks rarely are. A nudge, not a verdict: relevance decides first.
const kindWeights: Record<string, number> = {
  paragraph: 1.15,
  item: 1.1,
  recital: 1,
  prose: 1,
  subject: 1,
  citation: 0.9,
  heading: 0.9,
  footnote: 0.8,
  date: 0.6,
  addressee: 0.6,
  salutation: 0.6,
  closing: 0.6,
  signatory: 0.6
}
// Clauses that have the query's words side by side, in order, beat clauses that scatter them.
const adjacencyBonus = 1.5
// A clause citing the provision a query names gains up to this share of the best text score.
const citingWeight = 0.5
// When all the words find fewer clauses than this, clauses with all the words but one are added below them.
const fallbackBelow = 5
// The adjacency check reads the text, so it runs on the best candidates only.
const adjacencyCandidates = 30

/** Search the index with a query in the whereas query language. Never throws on any string. */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const text = typeof query === 'string' ? query : ''
  const parsed = parseQuery(text)
  const plan = planQuery(parsed, index.thesaurus)
  // Clause texts analysed for the adjacency check are analysed once more for snippets: keep them.
  const analysed = new Map<number, Word[]>()
  const ranked = rankPlan(index, plan, analysed)
  const limit = count(options.limit, 10)
  const offset = count(options.offset, 0)
  const hits = ranked.slice(offset, offset + limit).map((match) => toHit(index, plan, match, options.snippetWidth, analysed))
  const result: SearchResult = { query: text, hits, total: ranked.length }
  if (ranked.length === 0) result.suggestions = suggestRelaxations(index, parsed, (relaxed) => rank(index, relaxed).length)
  if (parsed.notes.length > 0) result.notes = parsed.notes
  return result
}

/** Every clause that matches a parsed query, best first. */
export function rank(index: SearchIndex, parsed: ParsedQuery): Ranked[] {
  return rankPlan(index, planQuery(parsed, index.thesaurus))
}

function rankPlan(index: SearchIndex, plan: QueryPlan, analysed = new Map<number, Word[]>()): Ranked[] {
  const browsing = plan.variants.length === 0
  if (browsing && plan.phrases.length + plan.filters.length + plan.prohibited.length + plan.excludedPhrases.length === 0) {
    // Nothing to look for: an empty query, or only stop words and punctuation ("the", "^~*:+-").
    return []
  }
  let ranked = browsing ? browse(index, plan) : collect(index, plan, plan.variants)
  if (ranked.length < fallbackBelow && plan.fallbacks.length > 0) {
    ranked = collect(index, plan, [...plan.variants, ...plan.fallbacks])
  }
  if (plan.citations.length > 0) ranked = addCiting(index, plan, ranked)
  if (plan.sequence.length > 1) {
    for (const match of ranked.slice(0, adjacencyCandidates)) {
      if (hasSequence(wordsOf(index, match.ref, analysed), plan.sequence)) match.score *= adjacencyBonus
    }
    ranked.sort(byScore)
  }
  return ranked
}

/** The clauses the variants find, each at its best weighted score, that pass the filters and phrase checks. */
function collect(index: SearchIndex, plan: QueryPlan, variants: readonly Variant[]): Ranked[] {
  const scores = new Map<number, number>()
  for (const variant of variants) {
    for (const match of index.engine.run(variant.clauses)) {
      const score = match.score * variant.weight
      if (score > (scores.get(match.ref) ?? -1)) scores.set(match.ref, score)
    }
  }
  const ranked: Ranked[] = []
  for (const [ref, score] of scores) {
    const record = index.records[ref]!
    if (passes(index, plan, ref, record)) ranked.push({ ref, score: score * (kindWeights[record.kind] ?? 1) })
  }
  return ranked.sort(byScore)
}

/**
 * Clauses citing a provision the query names ("Charter Article 47") join the hits, or gain,
 * by how directly they cite it, up to half the best text score: "47" need not be in the text.
 */
function addCiting(index: SearchIndex, plan: QueryPlan, ranked: Ranked[]): Ranked[] {
  const scale = citingWeight * (ranked[0]?.score ?? 1)
  const byRef = new Map(ranked.map((match) => [match.ref, match]))
  for (const token of plan.citations) {
    for (const ref of index.facets.citing.get(token) ?? []) {
      const record = index.records[ref]!
      if (!passes(index, plan, ref, record)) continue
      const bonus = citationStrength(record, plan.citations) * scale * (kindWeights[record.kind] ?? 1)
      const known = byRef.get(ref)
      if (known) {
        if (!known.cited) known.score += bonus
        known.cited = true
      } else {
        const match = { ref, score: bonus, cited: true }
        byRef.set(ref, match)
        ranked.push(match)
      }
    }
  }
  return ranked.sort(byScore)
}

/**
 * A query without words: every clause the filters keep, less the excluded ones. A clause
 * that cites the provision outright ranks above one that only implies it; then document order.
 */
function browse(index: SearchIndex, plan: QueryPlan): Ranked[] {
  const excluded = new Set<number>()
  for (const clause of plan.prohibited) {
    for (const match of index.engine.run([{ ...clause, presence: 'required' }])) excluded.add(match.ref)
  }
  const cited = plan.filters.filter((filter) => filter.field === 'cites' && !filter.negated).map((filter) => filter.value)
  const ranked: Ranked[] = []
  for (const ref of browseStart(index, plan.filters)) {
    const record = index.records[ref]!
    if (excluded.has(ref) || !passes(index, plan, ref, record)) continue
    const strength = cited.length > 0 ? citationStrength(record, cited) : 0
    ranked.push({ ref, score: strength * (kindWeights[record.kind] ?? 1) })
  }
  return ranked.sort(byScore)
}

// How directly a clause cites: written out, through a defined name or footnote, from context, or implied by rights language.
const resolutionWeights: Record<string, number> = { explicit: 1, defined: 0.9, footnote: 0.9, context: 0.8, implicit: 0.5 }

function citationStrength(record: SearchRecord, tokens: readonly string[]): number {
  let best = 0
  for (const citation of record.citations) {
    const own = citation.article ? `${citation.instrument}-${citation.article}` : citation.instrument
    if (tokens.includes(own) || tokens.includes(citation.instrument)) best = Math.max(best, resolutionWeights[citation.resolution] ?? 0.5)
  }
  return best
}

function count(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback
}

function byScore(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.ref - b.ref
}

function passes(index: SearchIndex, plan: QueryPlan, ref: number, record: SearchRecord): boolean {
  if (!filtersPass(index, plan.filters, ref, record)) return false
  if (plan.phrases.length === 0 && plan.excludedPhrases.length === 0) return true
  const key = phraseKey(record.text)
  return plan.phrases.every((phrase) => key.includes(phrase)) && !plan.excludedPhrases.some((phrase) => key.includes(phrase))
}

/** Filters on one field are alternatives (`doc:a doc:b`); different fields must all hold; a negated one must not. */
/**
 * Where a query without words starts: the records citing what a `cites:` filter asks for,
 * or of the documents a `doc:` filter names, or else every record. The filters still run after.
 */
function browseStart(index: SearchIndex, filters: readonly Filter[]): Iterable<number> {
  for (const field of ['cites', 'doc'] as const) {
    const wanted = filters.filter((filter) => filter.field === field && !filter.negated)
    if (wanted.length === 0) continue
    const lists = field === 'cites' ? index.facets.citing : index.facets.ofDocument
    const refs = new Set<number>()
    for (const filter of wanted) for (const ref of lists.get(filter.value) ?? []) refs.add(ref)
    return [...refs].sort((a, b) => a - b)
  }
  return index.records.keys()
}

function filtersPass(index: SearchIndex, filters: readonly Filter[], ref: number, record: SearchRecord): boolean {
  if (filters.length === 0) return true
  const wanted = new Map<string, boolean>()
  for (const filter of filters) {
    const holds = filterHolds(index, filter, ref, record)
    if (filter.negated) {
      if (holds) return false
      continue
    }
    wanted.set(filter.field, (wanted.get(filter.field) ?? false) || holds)
  }
  for (const holds of wanted.values()) if (!holds) return false
  return true
}

function filterHolds(index: SearchIndex, filter: Filter, ref: number, record: SearchRecord): boolean {
  switch (filter.field) {
    case 'doc':
      return record.doc.toLowerCase() === filter.value
    case 'kind':
      return record.kind.toLowerCase() === filter.value
    case 'cites':
      return index.facets.cites[ref]?.has(filter.value) ?? false
  }
}

function wordsOf(index: SearchIndex, ref: number, analysed: Map<number, Word[]>): Word[] {
  let words = analysed.get(ref)
  if (!words) analysed.set(ref, (words = analyze(index.records[ref]!.text)))
  return words
}

function hasSequence(words: readonly Word[], sequence: readonly string[]): boolean {
  const stems = words.filter((word) => !word.stop)
  outer: for (let start = 0; start + sequence.length <= stems.length; start++) {
    for (let i = 0; i < sequence.length; i++) if (stems[start + i]!.stem !== sequence[i]) continue outer
    return true
  }
  return false
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
