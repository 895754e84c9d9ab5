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
}

// A concept's own words, found literally, rank above its other names (a "fair trial" query
// prefers "fair trial" to "due process"); scattered words rank below the words together.
const literalBoost = 0.5
const scatteredWeight = 0.6

export function planQuery(parsed: ParsedQuery, thesaurus: Thesaurus): QueryPlan {
  const words = parsed.words.flatMap((word) => analyze(word))
  const concepts = thesaurus.findLongest(words)
  const highlight = { stems: new Set<string>(), concepts: new Set<string>() }
  const main: TermClause[] = []
  const scattered: TermClause[] = []
  let multiWordConcept = false

  let at = 0
  for (const concept of concepts) {
    for (; at < concept.start; at++) addWord(words[at]!, [main, scattered], highlight)
    const span = words.slice(concept.start, concept.end)
    main.push({ term: concept.id, fields: ['concepts', 'title'], presence: 'required' })
    highlight.concepts.add(concept.id)
    for (const word of span) {
      if (word.stop) continue
      main.push({ term: word.stem, fields: ['text'], presence: 'optional', boost: literalBoost })
      highlight.stems.add(word.stem)
    }
    for (const word of span) addWord(word, [scattered], highlight)
    if (span.filter((word) => !word.stop).length > 1) multiWordConcept = true
    at = concept.end
  }
  for (; at < words.length; at++) addWord(words[at]!, [main, scattered], highlight)

  for (const phrase of parsed.phrases) {
    for (const word of analyze(phrase)) {
      if (word.stop) continue
      for (const clauses of [main, scattered]) clauses.push({ term: word.stem, fields: ['text'], presence: 'required' })
      highlight.stems.add(word.stem)
    }
  }

  const excludedPhrases = parsed.excludedPhrases.map(phraseKey)
  const prohibitedClauses: TermClause[] = []
  for (const excluded of parsed.excludedWords) {
    const excludedWords = analyze(excluded)
    const concept = thesaurus.findLongest(excludedWords)[0]
    const prohibited: TermClause | undefined =
      concept && concept.start === 0 && concept.end === excludedWords.length
        ? { term: concept.id, fields: ['concepts'], presence: 'prohibited' }
        : excludedWords.length === 1
          ? { term: excludedWords[0]!.stem, fields: ['text'], presence: 'prohibited' }
          : undefined
    if (prohibited) for (const clauses of [main, scattered, prohibitedClauses]) clauses.push(prohibited)
    else if (excludedWords.length > 1) excludedPhrases.push(phraseKey(excluded))
  }

  const variants: Variant[] = []
  if (main.some((clause) => clause.presence === 'required')) {
    variants.push({ clauses: main, weight: 1 })
    if (multiWordConcept) variants.push({ clauses: scattered, weight: scatteredWeight })
  }
  return {
    variants,
    prohibited: prohibitedClauses,
    phrases: parsed.phrases.map(phraseKey).filter(Boolean),
    excludedPhrases: excludedPhrases.filter(Boolean),
    filters: parsed.filters,
    highlight,
    sequence: words.filter((word) => !word.stop).map((word) => word.stem)
  }
}

/**
 * A word the user typed: required in the text or the title. A compound ("non-discrimination")
 * requires each part, so "non discrimination" in a clause is found too, and prefers the
 * parts written together.
 */
function addWord(word: Word, targets: TermClause[][], highlight: QueryPlan['highlight']): void {
  if (word.joined) {
    for (const clauses of targets) clauses.push({ term: word.joined, fields: ['text'], presence: 'optional', boost: literalBoost })
    highlight.stems.add(word.joined)
  }
  if (word.stop) return
  for (const clauses of targets) clauses.push({ term: word.stem, fields: ['text', 'title'], presence: 'required' })
  highlight.stems.add(word.stem)
}

/** How phrases are compared: case and diacritics folded, white space collapsed, typographic quotes and dashes plain. */
export function phraseKey(text: string): string {
  return fold(text)
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/[\u2010-\u2015]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
}
