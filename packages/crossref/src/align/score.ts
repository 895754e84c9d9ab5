import { strength, type Ask, type Stand } from '../ask/lexicon.js'
import { isAsk } from '../ask/read.js'
import type { Demand } from '../demands.js'
import type { ClausePosition, Segment } from '../positions.js'
import { shortProvision } from '../provisions.js'
import { subjectEntry } from '../subject/read.js'
import { contentTerms } from '../terms.js'
import { answer } from './judge.js'
import type { Stance } from './stance.js'
import { quoted } from './wording.js'

export { clip } from './wording.js'

/** One reason behind a match, readable on its own. */
export interface Evidence {
  kind: 'subject' | 'terms' | 'provisions' | 'ask' | 'exception' | 'condition' | 'scope' | 'curated'
  text: string
  /** The words, subjects or provisions the reason rests on. */
  items?: string[]
  /** The words of the clause this reason quotes. */
  quote?: string
}

/** A demand scored against one resolution clause. */
export interface Scored {
  position: ClausePosition
  segment: Segment | undefined
  stance: Stance
  score: number
  evidence: Evidence[]
  /** Whether the clause shares a subject with the demand. */
  onSubject: boolean
}

const vocabularies = new Map<string, Set<string>>()

/** The stems of the phrases that name some subjects. */
function vocabularyOf(keys: string[]): Set<string> {
  const all = new Set<string>()
  for (const key of keys) {
    let vocabulary = vocabularies.get(key)
    if (!vocabulary) {
      const entry = subjectEntry(key)
      vocabulary = new Set([...(entry?.phrases ?? []), ...(entry?.weak ?? [])].flatMap((p) => [...contentTerms(p).keys()]))
      vocabularies.set(key, vocabulary)
    }
    for (const t of vocabulary) all.add(t)
  }
  return all
}

const termCache = new WeakMap<ClausePosition | Segment, Map<string, string>>()

/** A clause's or a segment's terms, read once however many demands are scored against it. */
function termsOf(part: ClausePosition | Segment): Map<string, string> {
  let terms = termCache.get(part)
  if (!terms) {
    terms = contentTerms(part.text)
    termCache.set(part, terms)
  }
  return terms
}

/** Inverse document frequency of the resolution's terms: rare words weigh more. */
export function idfOf(positions: ClausePosition[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const p of positions) for (const t of termsOf(p).keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const n = positions.length || 1
  return new Map([...df.entries()].map(([t, d]) => [t, Math.log(1 + n / d)]))
}

const weights = { primarySubject: 3, otherSubject: 0.75, terms: 2.5, provision: 0.5, sameAsk: 0.5, closeness: 2, measure: 0.25 }
/**
 * Ranking is by relevance: a clause that takes a position on the demand ranks above one that only
 * mentions its subject; agreeing (met) counts only a little more than answering in part.
 */
const stanceWeight: Record<Stance, number> = { met: 1.5, partial: 1, opposed: 1, 'not addressed': 0 }

/** Score a demand against a clause and read the stance of the segment that answers it best. */
export function scoreClause(demand: Demand, position: ClausePosition, idf: Map<string, number>, demandTerms: Map<string, string>): Scored {
  const evidence: Evidence[] = []
  const demandKeys = new Set(demand.subjects.map((s) => s.key))
  const sharedSubjects = position.subjects.filter((s) => demandKeys.has(s.key))
  // The demand's main subject, and the examples its asking sentence gives of it ("red lines on
  // uses which contravene fundamental rights, including ... predictive policing"), are what it
  // is about; the other subjects it names are side subjects.
  const central = (key: string) => key === demand.subject?.key || demand.examples.includes(key)
  let score = 0
  for (const s of sharedSubjects) score += (central(s.key) ? weights.primarySubject : weights.otherSubject) * s.weight
  const main = sharedSubjects.find((s) => s.key === demand.subject?.key) ?? sharedSubjects.find((s) => central(s.key))
  // A clause that shares only a side subject answers the demand less than one on its main subject.
  const onMain = !demand.subject || main !== undefined
  if (sharedSubjects.length > 0) {
    // What the demand is about first, then its side subjects.
    const ordered = [...sharedSubjects].sort((a, b) => Number(central(b.key)) - Number(central(a.key)))
    const list = ordered.map((s) => `${s.label} (${quoted(s.phrases.slice(0, 4))})`).join('; ')
    evidence.push({ kind: 'subject', text: `On the same subject: ${list}.`, items: sharedSubjects.map((s) => s.key) })
  }

  const provisionKeys = new Set(position.provisions.map((p) => p.key))
  const sharedProvisions = demand.provisions.filter((p) => provisionKeys.has(p.key))
  if (sharedProvisions.length > 0) {
    score += weights.provision * sharedProvisions.length
    evidence.push({
      kind: 'provisions',
      text: `Both cite ${sharedProvisions.map(shortProvision).join(', ')}.`,
      items: sharedProvisions.map((p) => p.key)
    })
  }

  // A clause that shares only a subject the demand mentions in passing does not answer it; one
  // that shares an example the demand gives of its main subject does.
  const onSubject = sharedSubjects.length > 0 && onMain
  const { segment, stance, reasons, incidental } = answer(demand, position, { central: new Set(sharedSubjects.filter((s) => central(s.key)).map((s) => s.key)), all: demandKeys }, sharedSubjects.map((s) => s.key))
  // An answer's words are those of the segment that answers (the words the evidence quotes), so
  // a word shared with another sentence of a long paragraph does not lift it; a clause off the
  // subject is compared whole.
  const clauseTerms = onSubject && segment ? termsOf(segment) : termsOf(position)
  // The words that name a shared subject are counted by the subject already. Counting them again
  // would rank a paragraph that names it in the letter's words ("biometric mass surveillance")
  // above one that names it in its own ("facial recognition systems").
  const subjectWords = vocabularyOf(sharedSubjects.map((s) => s.key))
  let total = 0
  let shared = 0
  const sharedWords: { word: string; weight: number }[] = []
  for (const [t, word] of demandTerms) {
    if (subjectWords.has(t)) continue
    const w = idf.get(t) ?? 0
    total += w
    if (clauseTerms.has(t)) {
      shared += w
      sharedWords.push({ word, weight: w })
    }
  }
  if (total > 0) score += (weights.terms * shared) / total
  if (sharedWords.length > 0) {
    const top = sharedWords.sort((a, b) => b.weight - a.weight).slice(0, 8).map((x) => x.word)
    evidence.push({ kind: 'terms', text: `Words in common: ${top.join(', ')}.`, items: top })
  }

  const finalStance: Stance = onSubject ? stance : 'not addressed'
  if (onSubject) evidence.push(...reasons)
  else if (sharedSubjects.length > 0) {
    evidence.push({
      kind: 'subject',
      text: `Not an answer: it shares only what the letter mentions in passing, not its subject (${demand.subject?.label ?? 'none'}).`
    })
  } else {
    evidence.push({
      kind: 'subject',
      text: `Not an answer: it does not take up the letter's subject${demand.subject ? ` (${demand.subject.label})` : ''}; it is the nearest paragraph in wording.`
    })
  }
  const near = closeness(demand.ask, segment?.ask)
  // Among partial answers, one that asks for a measure gives more than a worry or a bare obligation.
  const measure = finalStance === 'partial' && segment && isAsk(segment.ask) && segment.ask !== 'other' ? weights.measure : 0
  const answerWeight = stanceWeight[finalStance] + measure + (near > 0 ? near : segment?.ask === demand.ask ? weights.sameAsk : 0)
  // How far the clause's answer is about the demand's subject: its main subject, named as such
  // (not only suggested), in what the clause asks (not only in an exception).
  const focus = (onMain ? 1 : 0.5) * (main ? main.weight : 1) * (incidental ? 0.5 : 1)
  score += answerWeight * focus
  return { position, segment, stance: finalStance, score: Math.round(score * 100) / 100, evidence, onSubject }
}

/**
 * How near two prohibitive asks are: a moratorium is nearer a ban than a call for safeguards, so
 * for a ban demand it ranks above a clause that only regulates.
 */
function closeness(demand: Ask, clause: Stand | undefined): number {
  if (!clause || !isAsk(clause)) return 0
  const prohibitive = (a: Ask) => strength[a] >= strength.restriction
  if (!prohibitive(demand) || !prohibitive(clause)) return 0
  return Math.max(0, weights.closeness - 0.5 * Math.abs(strength[demand] - strength[clause]))
}
