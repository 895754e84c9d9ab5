import { analyze, type Word } from './analyzer.js'
import { browseStart, passes } from './filters.js'
import { planQuery, type QueryPlan, type Variant } from './plan.js'
import type { ParsedQuery } from './query.js'
import type { SearchRecord } from './records.js'
import type { SearchIndex } from './search-index.js'

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

/** Every clause that matches a parsed query, best first. */
export function rank(index: SearchIndex, parsed: ParsedQuery): Ranked[] {
  return rankPlan(index, planQuery(parsed, index.thesaurus, index.engine))
}

export function rankPlan(index: SearchIndex, plan: QueryPlan, analysed = new Map<number, Word[]>()): Ranked[] {
  const browsing = plan.variants.length === 0
  if (browsing && plan.phrases.length + plan.filters.length + plan.prohibited.length + plan.excludedPhrases.length === 0) {
    // Nothing to look for: an empty query, or only stop words and punctuation ("the", "^~*:+-").
    return []
  }
  let ranked: Ranked[]
  if (browsing) {
    ranked = browse(index, plan)
  } else {
    // Each tier of fallbacks adds its clauses to those found so far, while they are too few.
    const scores = new Map<number, number>()
    ranked = collect(index, plan, plan.variants, scores)
    for (const tier of [plan.fallbacks, plan.deepFallbacks]) {
      if (ranked.length >= fallbackBelow) break
      if (tier.length > 0) ranked = collect(index, plan, tier, scores)
    }
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

/**
 * The clauses the variants find, added to `scores` (clause -> best weighted score so far), and
 * every clause in `scores` that passes the filters and phrase checks.
 */
function collect(index: SearchIndex, plan: QueryPlan, variants: readonly Variant[], scores: Map<number, number>): Ranked[] {
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
 * A clause naming what the provision lays down counts as citing it by implication.
 */
function addCiting(index: SearchIndex, plan: QueryPlan, ranked: Ranked[]): Ranked[] {
  const scale = citingWeight * (ranked[0]?.score ?? 1)
  const byRef = new Map(ranked.map((match) => [match.ref, match]))
  for (const token of plan.citations) {
    for (const ref of index.facets.citing.get(token) ?? []) {
      const record = index.records[ref]!
      if (!passes(index, plan, ref, record)) continue
      const bonus = citationStrength(record, plan.citations) * scale * (kindWeights[record.kind] ?? 1)
      credit(ref, bonus)
    }
  }
  for (const variant of plan.implied) {
    for (const { ref } of index.engine.run(variant.clauses)) {
      const record = index.records[ref]!
      if (passes(index, plan, ref, record)) credit(ref, resolutionWeights.implicit! * scale * (kindWeights[record.kind] ?? 1))
    }
  }
  return ranked.sort(byScore)

  function credit(ref: number, bonus: number): void {
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

function byScore(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.ref - b.ref
}

/** A record's words, analysed once per search. */
export function wordsOf(index: SearchIndex, ref: number, analysed: Map<number, Word[]>): Word[] {
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
