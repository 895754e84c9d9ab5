import type { Ask } from '../ask/lexicon.js'
import type { Demand } from '../demands.js'
import type { ClausePosition, Segment } from '../positions.js'
import { subjectEntry, type SubjectHit } from '../subject/read.js'
import { baseStance, stanceRank, type Stance } from './stance.js'
import { askSentence, clip, conditionSentence, exceptionSentence, quoted, sameScopeSentence } from './wording.js'
import type { Evidence } from './score.js'

/** The segment of a clause that answers a demand best, its stance and the reasons for it. */
export interface Answer {
  segment: Segment | undefined
  stance: Stance
  reasons: Evidence[]
  /** True when the clause names the demand's subject only in an exception or condition of its asks. */
  incidental: boolean
}

/**
 * Read the segments that name the demand's subjects. One that names them only in an exception or
 * a condition ("not to extend the Prüm framework unless ... facial recognition") is `incidental`:
 * its ask is about something else, and it answers less.
 */
export function answer(demand: Demand, position: ClausePosition, keys: { central: Set<string>; all: Set<string> }, shared: string[]): Answer {
  // Segments on what the demand is about come first; a segment on a side subject it mentions
  // ("facial recognition" in a demand on border control) answers only when no segment does.
  const centralNamed = position.segments.filter((s) => s.subjects.some((x) => keys.central.has(x.key)))
  const demandKeys = centralNamed.length > 0 ? keys.central : keys.all
  const about = (hits: SubjectHit[]) => hits.some((x) => demandKeys.has(x.key))
  const named = position.segments.filter((s) => about(s.subjects))
  const candidates = named.length > 0 ? named : position.segments
  let best: { segment: Segment; stance: Stance; reasons: Evidence[]; incidental: boolean } | undefined
  for (const segment of candidates) {
    const judged = { segment, ...judgeSegment(demand, segment, shared), incidental: named.length > 0 && !about(segment.core) }
    // The better stance wins; between equals, the segment whose own ask is about the subject.
    const better = !best || stanceRank(judged.stance) < stanceRank(best.stance) || (stanceRank(judged.stance) === stanceRank(best.stance) && best.incidental && !judged.incidental)
    if (better) best = judged
  }
  if (!best) return { segment: undefined, stance: 'not addressed', reasons: [], incidental: false }
  if (best.incidental) {
    best.reasons.push({
      kind: 'subject',
      text: 'It names the subject only in an exception or a condition; what it asks is about something else.'
    })
  }
  return best
}

function judgeSegment(demand: Demand, segment: Segment, shared: string[]): { stance: Stance; reasons: Evidence[] } {
  let stance = baseStance(demand.ask, segment.ask)
  const reasons: Evidence[] = [{ kind: 'ask', text: askSentence(demand.ask, segment), quote: segment.text }]
  // An answer that leaves out part of what was asked is partial, and the evidence says which part.
  const narrowing = (text: string, kind: Evidence['kind'] = 'scope', items?: string[]) => {
    if (stance === 'met') stance = 'partial'
    reasons.push(items ? { kind, text, items } : { kind, text })
  }
  if (segment.exceptions.length > 0) narrowing(exceptionSentence(segment.exceptions), 'exception', segment.exceptions)
  if (segment.conditions.length > 0) {
    reasons.push({ kind: 'condition', text: conditionSentence(clip(segment.conditions.join('; '), 160)), items: segment.conditions })
  }
  const general = suggestedOnly(demand, segment)
  if (general) narrowing(general)
  const part = missingPart(demand, segment)
  if (part) narrowing(part)
  const narrower = narrowerScope(demand, segment, shared)
  if (narrower) narrowing(narrower)
  const same = demand.scope.filter((s) => segment.scope.some((x) => x.key === s.key))
  if (same.length > 0) reasons.push({ kind: 'scope', text: sameScopeSentence(same), items: same.map((s) => s.key) })
  return { stance, reasons }
}

/**
 * A segment that names the demand's subject only by a suggestive phrase ("mass surveillance",
 * which need not be biometric) answers a demand on the subject itself only in part.
 */
function suggestedOnly(demand: Demand, segment: Segment): string | undefined {
  const main = demand.subject
  if (!main) return undefined
  const hit = segment.subjects.find((s) => s.key === main.key)
  if (!hit || hit.weight >= 1) return undefined
  if (segment.subjects.some((s) => s.key !== main.key && s.weight >= 1 && demand.subjects.some((d) => d.key === s.key))) return undefined
  return `Less specific: it speaks of ${quoted(hit.phrases)} in general, not of ${main.label} as such.`
}

/**
 * A subject made of several practices ("social scoring" and "access to social rights and
 * benefits"): a segment that takes up only some of those the demand names answers it in part.
 */
function missingPart(demand: Demand, segment: Segment): string | undefined {
  for (const hit of demand.subjects) {
    const parts = subjectEntry(hit.key)?.parts
    if (!parts) continue
    const named = (h: SubjectHit | undefined) => parts.filter((p) => h?.phrases.some((x) => p.phrases.includes(x)))
    const answered = named(segment.subjects.find((s) => s.key === hit.key))
    const missing = named(hit).filter((p) => !answered.includes(p))
    if (answered.length > 0 && missing.length > 0) {
      return `Narrower: the letter also covers ${missing.map((p) => p.label).join(' and ')}; the paragraph speaks only of ${answered.map((p) => p.label).join(' and ')}.`
    }
  }
  return undefined
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
    return `Narrower: the letter asks for a say in “${venue.text}”; the paragraph offers one, but not there.`
  }
  const prohibitive: Ask[] = ['ban', 'moratorium', 'restriction']
  if (!prohibitive.includes(demand.ask)) return undefined
  const byNature = (key: string | undefined) => (key ? subjectEntry(key)?.lawEnforcementByNature === true : false)
  if (byNature(demand.subject?.key) || shared.some(byNature)) return undefined
  if (demand.scope.some((s) => s.key === 'law-enforcement')) return undefined
  const limit = segment.scope.find((s) => s.key === 'law-enforcement')
  return limit ? `Narrower: the paragraph covers only use “${limit.text}”; the letter names no such limit.` : undefined
}
