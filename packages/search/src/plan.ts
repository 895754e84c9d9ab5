import { findReferences } from '@whereas/parser'
import { analyze, fold, stem, type Word } from './analyzer.js'
import type { TermClause } from './engine.js'
import type { Filter, ParsedQuery } from './query.js'
import { spelling, type Vocabulary } from './spelling.js'
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
  /** How words were read when that differs from how they were typed (a misspelling matched to close words). */
  notes: string[]
}

// A concept's own words, found literally, rank above its other names (a "fair trial" query
// prefers "fair trial" to "due process"); scattered words rank below the words together.
const literalBoost = 0.5
const scatteredWeight = 0.6
const fallbackWeight = 0.35
// Each fallback is one more lookup: a query of more words than this gets none (a pasted paragraph).
const mostFallbackWords = 8

// Words of natural phrasing that lunr's stop list keeps ("bias against minorities", "rules
// regarding biometrics"): they rank a clause that has them, but a clause need not have them.
const fillerWords = ['against', 'regarding', 'concerning', 'towards', 'toward', 'between', 'within', 'during', 'over', 'under']
const fillerStems = new Set([...fillerWords, 'through', 'upon', 'via', 'per', 'versus', 'vs', 'onto', 'whether'].map((word) => stem(word)))

/**
 * Turn a parsed query into engine lookups: every word or thesaurus concept required, phrases'
 * words required (the phrase itself is checked on the text), exclusions prohibited; plus the
 * variants that rank lower (a concept's words scattered, all words but one).
 */
export function planQuery(parsed: ParsedQuery, thesaurus: Thesaurus, vocabulary?: Vocabulary): QueryPlan {
  const typed: string[] = []
  const words = parsed.words.map(celexAsNumber).flatMap((word) =>
    analyze(word).map((analysed) => {
      typed.push(word.slice(analysed.start, analysed.end))
      return analysed
    })
  )
  const concepts = thesaurus.findLongest(words)
  const highlight = { stems: new Set<string>(), concepts: new Set<string>() }
  const notes: string[] = []
  const corrections = { tried: 0 }
  // One unit per word or concept the user typed: what "all the words" means.
  const units: TermClause[][] = []
  const scatteredUnits: TermClause[][] = []
  let multiWordConcept = false
  const fillers: TermClause[] = []
  const addWords = (from: number, to: number) => {
    for (let at = from; at < to; at++) {
      const word = words[at]!
      if (fillerStems.has(word.stem) && !word.stop && !word.joined) {
        fillers.push({ term: word.stem, fields: ['text'], presence: 'optional', boost: literalBoost })
        continue
      }
      const clauses = wordClauses(word, highlight, vocabulary && spelling(word, typed[at]!, vocabulary, highlight, notes, corrections))
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
    const clauses = [...chosen.flat(), ...fillers, ...phraseClauses, ...prohibited]
    return clauses.some((clause) => clause.presence === 'required') ? [{ clauses, weight }] : []
  }
  const variants = variant(units, 1)
  if (variants.length > 0 && multiWordConcept) variants.push(...variant(scatteredUnits, scatteredWeight))
  const fallbacks: Variant[] = []
  if (units.length >= 2 && units.length <= mostFallbackWords) units.forEach((_, i) => fallbacks.push(...variant(units.filter((_, j) => j !== i), fallbackWeight)))
  return {
    variants,
    fallbacks,
    prohibited,
    phrases: parsed.phrases.map(phraseKey).filter(Boolean),
    excludedPhrases: excludedPhrases.filter(Boolean),
    filters: parsed.filters,
    highlight,
    sequence: words.filter((word) => !word.stop).map((word) => word.stem),
    citations: provisionsIn(parsed.words.join(' ')),
    notes
  }
}

/**
 * A word the user typed: required in the text or the title. A compound ("non-discrimination")
 * requires each part, so "non discrimination" in a clause is found too, and prefers the
 * parts written together. A stop word asks for nothing.
 */
function wordClauses(word: Word, highlight: QueryPlan['highlight'], editDistance?: number): TermClause[] {
  const clauses: TermClause[] = []
  if (word.joined) {
    clauses.push({ term: word.joined, fields: ['text'], presence: 'optional', boost: literalBoost })
    highlight.stems.add(word.joined)
  }
  if (word.stop) return clauses
  clauses.push({ term: word.stem, fields: ['text', 'title'], presence: 'required', ...(editDistance ? { editDistance } : {}) })
  highlight.stems.add(word.stem)
  return clauses
}

/**
 * A CELEX number of a regulation, directive or decision ("32016R0679") as the number the
 * texts cite ("2016/679"), so it finds the instrument by number and by name.
 */
function celexAsNumber(word: string): string {
  const celex = /^3(\d{4})[RLD](\d{4})$/iu.exec(word)
  return celex ? `${celex[1]}/${Number(celex[2])}` : word
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
  // The abbreviations researchers type ("Charter art. 47", "Art 9 GDPR") spelt out for the reference finder.
  const spelt = text.replace(/\b(?:arts?|article)\b\.?(?=\s*\d)/giu, (abbreviation) => (/^arts/iu.test(abbreviation) ? 'Articles' : 'Article'))
  for (const citation of findReferences(spelt, { implicit: false })) {
    const { instrument, article } = citation.target
    if (article && instrument !== 'self') tokens.add(`${instrument.toLowerCase()}-${article.toLowerCase()}`)
  }
  return [...tokens]
}
