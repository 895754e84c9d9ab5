import { strength, type Ask, type Stand } from '../ask/lexicon.js'
import { isAsk } from '../ask/read.js'
import type { Demand } from '../demands.js'
import type { ClausePosition, Segment } from '../positions.js'
import { describeProvision } from '../provisions.js'
import { subjectEntry } from '../subject/read.js'
import { contentTerms } from '../terms.js'
import { baseStance, stanceRank, type Stance } from './stance.js'

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

const termCache = new WeakMap<ClausePosition, Map<string, string>>()

/** A clause's terms, read once however many demands are scored against it. */
function termsOf(position: ClausePosition): Map<string, string> {
  let terms = termCache.get(position)
  if (!terms) {
    terms = contentTerms(position.text)
    termCache.set(position, terms)
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

const weights = { primarySubject: 3, otherSubject: 0.75, terms: 2.5, provision: 0.5, sameAsk: 0.5, closeness: 2 }
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
  let score = 0
  for (const s of sharedSubjects) {
    const w = s.key === demand.subject?.key ? weights.primarySubject : weights.otherSubject
    score += w * s.weight
  }
  // A clause that shares only a side subject answers the demand less than one on its main subject.
  const onMain = !demand.subject || sharedSubjects.some((s) => s.key === demand.subject?.key)
  if (sharedSubjects.length > 0) {
    evidence.push({
      kind: 'subject',
      text: `same subject: ${sharedSubjects.map((s) => `${s.label} (${s.phrases.map((p) => `"${p}"`).join(', ')})`).join('; ')}`,
      items: sharedSubjects.map((s) => s.key)
    })
  }

  const clauseTerms = termsOf(position)
  let total = 0
  let shared = 0
  const sharedWords: { word: string; weight: number }[] = []
  for (const [t, word] of demandTerms) {
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
    evidence.push({ kind: 'terms', text: `shared terms: ${top.join(', ')}`, items: top })
  }

  const provisionKeys = new Set(position.provisions.map((p) => p.key))
  const sharedProvisions = demand.provisions.filter((p) => provisionKeys.has(p.key))
  if (sharedProvisions.length > 0) {
    score += weights.provision * sharedProvisions.length
    evidence.push({
      kind: 'provisions',
      text: `both cite ${sharedProvisions.map(describeProvision).join(', ')}`,
      items: sharedProvisions.map((p) => p.key)
    })
  }

  // A clause that shares only a subject the demand mentions in passing does not answer it; one
  // that shares an example the demand gives of its main subject does.
  const answersSubject = onMain || sharedSubjects.some((s) => demand.examples.includes(s.key))
  const onSubject = sharedSubjects.length > 0 && answersSubject
  const { segment, stance, reasons } = answer(demand, position, demandKeys, sharedSubjects.map((s) => s.key))
  const finalStance: Stance = onSubject ? stance : 'not addressed'
  if (onSubject) evidence.push(...reasons)
  else if (sharedSubjects.length > 0) {
    evidence.push({ kind: 'subject', text: `shares only what the demand mentions in passing, not its subject (${demand.subject?.label ?? 'none'})` })
  } else evidence.push({ kind: 'subject', text: 'no shared subject: the clause does not take up what the demand is about' })
  const near = closeness(demand.ask, segment?.ask)
  const answerWeight = stanceWeight[finalStance] + (near > 0 ? near : segment?.ask === demand.ask ? weights.sameAsk : 0)
  score += onMain ? answerWeight : answerWeight / 2
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

/** The segment that answers the demand best, its stance, and the reasons for it. */
function answer(demand: Demand, position: ClausePosition, demandKeys: Set<string>, shared: string[]) {
  const onTopic = position.segments.filter((s) => s.subjects.some((x) => demandKeys.has(x.key)))
  const candidates = onTopic.length > 0 ? onTopic : position.segments
  let best: { segment: Segment; stance: Stance; reasons: Evidence[] } | undefined
  for (const segment of candidates) {
    const judged = judgeSegment(demand, segment, shared)
    if (!best || stanceRank(judged.stance) < stanceRank(best.stance)) best = { segment, ...judged }
  }
  if (!best) return { segment: undefined, stance: 'not addressed' as Stance, reasons: [] }
  return best
}

function judgeSegment(demand: Demand, segment: Segment, shared: string[]): { stance: Stance; reasons: Evidence[] } {
  let stance = baseStance(demand.ask, segment.ask)
  const reasons: Evidence[] = [
    {
      kind: 'ask',
      text: `asked: ${demand.ask}; the clause: ${describeStand(segment)} (ask against ask: ${stance})`,
      quote: clip(segment.text)
    }
  ]
  if (segment.exceptions.length > 0) {
    if (stance === 'met') stance = 'partial'
    reasons.push({ kind: 'exception', text: `exception: "${segment.exceptions.join('"; "')}"`, items: segment.exceptions })
  }
  if (segment.conditions.length > 0) {
    reasons.push({ kind: 'condition', text: `only until: "${clip(segment.conditions.join('; '), 160)}"`, items: segment.conditions })
  }
  const narrower = narrowerScope(demand, segment, shared)
  if (narrower) {
    if (stance === 'met') stance = 'partial'
    reasons.push({ kind: 'scope', text: narrower })
  }
  const same = demand.scope.filter((s) => segment.scope.some((x) => x.key === s.key))
  if (same.length > 0) {
    const text = same.map((s) => (s.from ? `${s.label} (the letter's frame, from ${s.from})` : s.label)).join(', ')
    reasons.push({ kind: 'scope', text: `same scope: ${text}`, items: same.map((s) => s.key) })
  }
  return { stance, reasons }
}

/**
 * A prohibition limited to law enforcement answers a demand that names no actor only in part,
 * unless the practice is police work by nature (predictive policing); participation in a
 * process answers a demand for a say in making the law only in part.
 */
function narrowerScope(demand: Demand, segment: Segment, shared: string[]): string | undefined {
  // Taking part in an impact assessment is less than taking part in making the law.
  const venue = demand.scope.find((s) => s.key === 'law-making')
  if (venue && demand.ask === 'participation' && !segment.scope.some((s) => s.key === venue.key)) {
    return `narrower scope: the demand asks for it "${venue.text}", the clause does not`
  }
  const prohibitive: Ask[] = ['ban', 'moratorium', 'restriction']
  if (!prohibitive.includes(demand.ask)) return undefined
  const byNature = (key: string | undefined) => (key ? subjectEntry(key)?.lawEnforcementByNature === true : false)
  if (byNature(demand.subject?.key) || shared.some(byNature)) return undefined
  if (demand.scope.some((s) => s.key === 'law-enforcement')) return undefined
  const limit = segment.scope.find((s) => s.key === 'law-enforcement')
  return limit ? `narrower scope: "${limit.text}", where the demand names no actor` : undefined
}

function describeStand(segment: Segment): string {
  const verb = segment.verb ? `"${segment.verb}"` : 'no operative verb'
  switch (segment.ask) {
    case 'none':
      return `${verb}, asks for nothing`
    case 'concern':
      return `${verb}, a concern without a measure`
    case 'endorse':
      return `${verb}, favours the use`
    default:
      return `${verb}${segment.cue && segment.cue !== segment.verb ? ` ... "${segment.cue}"` : ''}, asks: ${segment.ask}${segment.verbClass === 'oppose' ? ' (opposing a use is a prohibition in substance)' : ''}`
  }
}

export function clip(text: string, max = 240): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')} …`
}
