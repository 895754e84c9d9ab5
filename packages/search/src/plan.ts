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
  /** All the words but two, for a query of four words or more when all but one still find (almost) nothing. */
  deepFallbacks: Variant[]
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
  /**
   * Clauses naming what a cited provision lays down ("special categories of personal data" for
   * "Art. 9 GDPR"), with the query's other words: they cite it by implication.
   */
  implied: Variant[]
  /** How words were read when that differs from how they were typed (a misspelling matched to close words). */
  notes: string[]
}

// A concept's own words, found literally, rank above its other names (a "fair trial" query
// prefers "fair trial" to "due process"); scattered words rank below the words together.
const literalBoost = 0.5
const scatteredWeight = 0.6
const fallbackWeight = 0.35
const deepFallbackWeight = 0.2
// A natural-language query ("pretrial detention risk scores") often has two words the clause
// says otherwise; dropping two of three words would leave one word, which is no longer the query.
const fewestDeepFallbackWords = 4
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
  // Every choice of all the units but `left` (one or two): a lookup each, so only for short queries.
  const allBut = (left: 1 | 2, from: TermClause[][], weight: number): Variant[] => {
    if (from.length <= left || from.length > mostFallbackWords) return []
    const found: Variant[] = []
    for (let i = 0; i < from.length; i++) {
      if (left === 1) found.push(...variant(from.filter((_, k) => k !== i), weight))
      else for (let j = i + 1; j < from.length; j++) found.push(...variant(from.filter((_, k) => k !== i && k !== j), weight))
    }
    return found
  }
  const variants = variant(units, 1)
  if (variants.length > 0 && multiWordConcept) variants.push(...variant(scatteredUnits, scatteredWeight))
  const provisions = provisionsIn(parsed.words.join(' '))
  const implied: Variant[] = []
  const subjects = new Set(provisions.flatMap((provision) => thesaurus.laidDownBy(provision.token)))
  if (subjects.size > 0) {
    // The words that make up the reference ("Art.", "9", "GDPR") give way to the concept it lays down.
    const named = new Set(provisions.map((provision) => provision.instrument))
    const rest = units.filter((unit) => !unit.some((clause) => clause.presence === 'required' && namesProvision(clause.term, named)))
    for (const subject of subjects) {
      implied.push(...variant([...rest, [{ term: subject, fields: ['concepts'], presence: 'required' }]], 1))
      highlight.concepts.add(subject)
    }
  }
  const fallbacks = allBut(1, units, fallbackWeight)
  const deepFallbacks = units.length >= fewestDeepFallbackWords ? allBut(2, units, deepFallbackWeight) : []
  if (multiWordConcept) {
    // A concept's name may be split in a clause ("freedom of expression, of assembly"): its words
    // scattered stand in for it in the fallbacks too.
    fallbacks.push(...allBut(1, scatteredUnits, fallbackWeight * scatteredWeight))
    if (scatteredUnits.length >= fewestDeepFallbackWords) deepFallbacks.push(...allBut(2, scatteredUnits, deepFallbackWeight * scatteredWeight))
  }
  return {
    variants,
    fallbacks,
    deepFallbacks,
    prohibited,
    phrases: parsed.phrases.map(phraseKey).filter(Boolean),
    excludedPhrases: excludedPhrases.filter(Boolean),
    filters: parsed.filters,
    highlight,
    sequence: words.filter((word) => !word.stop).map((word) => word.stem),
    citations: provisions.map((provision) => provision.token),
    implied,
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
function provisionsIn(text: string): { token: string; instrument: string }[] {
  const tokens = new Map<string, string>()
  // The abbreviations researchers type ("Charter art. 47", "Art 9 GDPR") spelt out for the reference finder.
  const spelt = text.replace(/\b(?:arts?|article)\b\.?(?=\s*\d)/giu, (abbreviation) => (/^arts/iu.test(abbreviation) ? 'Articles' : 'Article'))
  for (const citation of findReferences(spelt, { implicit: false })) {
    const { instrument, article } = citation.target
    if (article && instrument !== 'self') tokens.set(`${instrument.toLowerCase()}-${article.toLowerCase()}`, instrument.toLowerCase())
  }
  return [...tokens].map(([token, instrument]) => ({ token, instrument }))
}

// A word of a provision reference: the article keyword, its number, or the instrument's name.
function namesProvision(term: string, instruments: ReadonlySet<string>): boolean {
  return term === 'articl' || term === 'art' || /^\d+$/u.test(term) || instruments.has(term)
}
