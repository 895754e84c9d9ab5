import { findReferences } from '@whereas/parser'
import { analyze, fold, type Word } from './analyzer.js'
import type { TermClause } from './engine.js'
import type { Filter, ParsedQuery } from './query.js'
import type { Thesaurus } from './thesaurus.js'

/** One way of asking the engine; a hit's score is the best weighted score over the variants. */
export interface Variant {
  clauses: TermClause[]
  weight: number
}

/** A parsed query turned into engine lookups and the checks the engine cannot do. */
export interface QueryPlan {
  /** Empty when the query has no positive term: every clause passing the filters is a candidate. */
  variants: Variant[]
  /** All the words but one, for when all of them find (almost) nothing; ranked below every full match. */
  fallbacks: Variant[]
  /** The excluded terms, also inside every variant; on their own when there is no variant. */
  prohibited: TermClause[]
  /** Every hit contains each of these (folded, white space collapsed). */
  phrases: string[]
  /** No hit contains any of these. */
  excludedPhrases: string[]
  filters: Filter[]
  /** Stems and concept ids to mark in snippets. */
  highlight: { stems: Set<string>; concepts: Set<string> }
  /** The query's words in order (stop words dropped), for the bonus when a clause has them side by side. */
  sequence: string[]
  /** Provisions the words cite ("Charter Article 47" -> `charter-47`): clauses citing them are hits too. */
  citations: string[]
}

// A concept's own words, found literally, rank above its other names (a "fair trial" query
// prefers "fair trial" to "due process"); scattered words rank below the words together.
const literalBoost = 0.5
const scatteredWeight = 0.6
const fallbackWeight = 0.35

/**
 * Turn a parsed query into engine lookups: every word or thesaurus concept required, phrases'
 * words required (the phrase itself is checked on the text), exclusions prohibited; plus the
 * variants that rank lower (a concept's words scattered, all words but one).
 */
export function planQuery(parsed: ParsedQuery, thesaurus: Thesaurus): QueryPlan {
  const words = parsed.words.flatMap((word) => analyze(word))
  const concepts = thesaurus.findLongest(words)
  const highlight = { stems: new Set<string>(), concepts: new Set<string>() }
  // One unit per word or concept the user typed: what "all the words" means.
  const units: TermClause[][] = []
  const scatteredUnits: TermClause[][] = []
  let multiWordConcept = false
  const addWords = (from: number, to: number) => {
    for (let at = from; at < to; at++) {
      const clauses = wordClauses(words[at]!, highlight)
      if (clauses.length === 0) continue
      units.push(clauses)
      scatteredUnits.push(clauses)
    }
  }

  let at = 0
  for (const concept of concepts) {
    addWords(at, concept.start)
    const span = words.slice(concept.start, concept.end)
    const unit: TermClause[] = [{ term: concept.id, fields: ['concepts', 'title'], presence: 'required' }]
    highlight.concepts.add(concept.id)
    for (const word of span) {
      if (word.stop) continue
      unit.push({ term: word.stem, fields: ['text'], presence: 'optional', boost: literalBoost })
      highlight.stems.add(word.stem)
    }
    units.push(unit)
    for (const word of span) {
      const clauses = wordClauses(word, highlight)
      if (clauses.length > 0) scatteredUnits.push(clauses)
    }
    if (span.filter((word) => !word.stop).length > 1) multiWordConcept = true
    at = concept.end
  }
  addWords(at, words.length)

  const phraseClauses: TermClause[] = []
  for (const phrase of parsed.phrases) {
    for (const word of analyze(phrase)) {
      if (word.stop) continue
      phraseClauses.push({ term: word.stem, fields: ['text'], presence: 'required' })
      highlight.stems.add(word.stem)
    }
  }

  const excludedPhrases = parsed.excludedPhrases.map(phraseKey)
  const prohibited: TermClause[] = []
  for (const excluded of parsed.excludedWords) {
    const excludedWords = analyze(excluded)
    const concept = thesaurus.findLongest(excludedWords)[0]
    if (concept && concept.start === 0 && concept.end === excludedWords.length) {
      prohibited.push({ term: concept.id, fields: ['concepts'], presence: 'prohibited' })
    } else if (excludedWords.length === 1) {
      prohibited.push({ term: excludedWords[0]!.stem, fields: ['text'], presence: 'prohibited' })
    } else if (excludedWords.length > 1) {
      excludedPhrases.push(phraseKey(excluded))
    }
  }

  const variant = (chosen: TermClause[][], weight: number): Variant[] => {
    const clauses = [...chosen.flat(), ...phraseClauses, ...prohibited]
    return clauses.some((clause) => clause.presence === 'required') ? [{ clauses, weight }] : []
  }
  const variants = variant(units, 1)
  if (variants.length > 0 && multiWordConcept) variants.push(...variant(scatteredUnits, scatteredWeight))
  const fallbacks: Variant[] = []
  if (units.length >= 3) units.forEach((_, i) => fallbacks.push(...variant(units.filter((_, j) => j !== i), fallbackWeight)))
  return {
    variants,
    fallbacks,
    prohibited,
    phrases: parsed.phrases.map(phraseKey).filter(Boolean),
    excludedPhrases: excludedPhrases.filter(Boolean),
    filters: parsed.filters,
    highlight,
    sequence: words.filter((word) => !word.stop).map((word) => word.stem),
    citations: provisionsIn(parsed.words.join(' '))
  }
}

/**
 * A word the user typed: required in the text or the title. A compound ("non-discrimination")
 * requires each part, so "non discrimination" in a clause is found too, and prefers the
 * parts written together. A stop word asks for nothing.
 */
function wordClauses(word: Word, highlight: QueryPlan['highlight']): TermClause[] {
  const clauses: TermClause[] = []
  if (word.joined) {
    clauses.push({ term: word.joined, fields: ['text'], presence: 'optional', boost: literalBoost })
    highlight.stems.add(word.joined)
  }
  if (word.stop) return clauses
  clauses.push({ term: word.stem, fields: ['text', 'title'], presence: 'required' })
  highlight.stems.add(word.stem)
  return clauses
}

/** How phrases are compared: case and diacritics folded, white space collapsed, typographic quotes and dashes plain. */
export function phraseKey(text: string): string {
  return fold(text)
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/[\u2010-\u2015]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * The articles a query names, read by the parser's reference finder: "GDPR Article 9",
 * "Article 10 of the LED". Rights language ("presumption of innocence") is left to the words.
 */
function provisionsIn(text: string): string[] {
  const tokens = new Set<string>()
  for (const citation of findReferences(text, { implicit: false })) {
    const { instrument, article } = citation.target
    if (article && instrument !== 'self') tokens.add(`${instrument.toLowerCase()}-${article.toLowerCase()}`)
  }
  return [...tokens]
}
