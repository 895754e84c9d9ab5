import { PhraseMatcher } from '../phrases.js'
import { carve, scopeOf, type ScopeHit } from '../scope.js'
import { tidy, words } from '../terms.js'
import { askPhrases, obligation, strength, verbs, type Ask, type Stand, type VerbClass } from './lexicon.js'

/** What one sentence or semicolon-separated segment asks, and why we think so. */
export interface AskReading {
  ask: Stand
  /** The verb that governs the ask, as written ("Calls", "opposes"), when there is one. */
  verb?: string
  verbClass?: VerbClass
  /** The phrase that named the ask ("moratorium", "ban"), when there is one. */
  cue?: string
  /** Other asks the segment names beside the main one (a ban "and" transparency). */
  also: Ask[]
  scope: ScopeHit[]
  exceptions: string[]
  conditions: string[]
  /** The segment, tidied. */
  text: string
}

const verbMatcher = new PhraseMatcher(
  Object.entries(verbs).flatMap(([cls, list]) => list.map((phrase) => ({ phrase, value: cls as VerbClass })))
)
const askMatcher = new PhraseMatcher(
  Object.entries(askPhrases).flatMap(([ask, list]) => list.map((phrase) => ({ phrase, value: ask as Ask })))
)

/** Words of harm and doubt: a stressing verb with one of them voices a concern. */
const harm = /\b(?:risks?|dangers?|harm|harmful|bias|biases|contested|threats?|adverse|misuse)\b/i

/**
 * The name of a right ("the right to an effective remedy", "freedom of expression and
 * information") is not a measure asked for, though its words ("remedy", "information") can be.
 */
const rightName = /\b(?:rights?|freedoms?) (?:to|of) (?:an? |the )?[\p{L}-]+(?: (?!and\b|or\b)[\p{L}-]+)?(?: (?:and|or) (?:of |to )?(?:an? |the )?[\p{L}-]+)?/giu

/** The text with the names of rights blanked out, word for word, so word positions still match. */
function maskRights(text: string): string {
  return text.replace(rightName, (name) => name.replace(/[\p{L}\p{N}]/gu, 'x'))
}

/** A verb that opens a segment ("Calls", "notes, thus,") stands within its first words. */
const leadWindow = 3
/** "Notes, thus, with great concern": a concern this close to a noting verb is what it says. */
const concernWindow = 5

/**
 * Read the ask of one segment: a resolution's "Calls, however, for a moratorium ...", a
 * letter's "we therefore call for a ban ...", "must legally prohibit ...", or an elliptical
 * list item ("An explicit ban on ..."). Exceptions and conditions are taken out first, so the
 * "safeguards" of an "until" clause do not count as what is asked.
 */
export function askOf(segment: string): AskReading {
  const text = tidy(segment)
  const { exceptions, conditions, rest } = carve(text)
  const scope = scopeOf(text)
  const verbHits = verbMatcher.find(rest)
  const askHits = askMatcher.find(maskRights(rest))
  const restWords = words(rest)
  const base = { also: [] as Ask[], scope, exceptions, conditions, text }

  const surfaceOf = (hit: { word: number; length: number }) => restWords.slice(hit.word, hit.word + hit.length).join(' ')

  /**
   * The object of the asking verb is the first ask named after it; alternatives ("a ban or
   * moratorium", "prohibited or legally restricted") ask for the weaker: the least accepted.
   */
  const pickAsk = (after: number): { ask: Ask; cue: string; also: Ask[] } | undefined => {
    const hits = askHits.filter((h) => h.word >= after)
    const first = hits[0]
    if (!first) return undefined
    let best = first
    const next = hits[1]
    if (next && next.value !== first.value) {
      const between = restWords.slice(first.word + first.length, next.word)
      if (between.length <= 3 && between.includes('or') && strength[next.value] < strength[first.value]) best = next
    }
    const also = [...new Set(hits.map((h) => h.value))].filter((v) => v !== best.value)
    return { ask: best.value, cue: surfaceOf(best), also }
  }

  const oppose = verbHits.find((h) => h.value === 'oppose')
  if (oppose) {
    return { ...base, ask: 'ban', verb: surfaceOf(oppose), verbClass: 'oppose', cue: surfaceOf(oppose) }
  }
  const call = verbHits.find((h) => h.value === 'call')
  if (call) {
    const found = pickAsk(call.word)
    return { ...base, verb: surfaceOf(call), verbClass: 'call', ask: found?.ask ?? 'other', cue: found?.cue, also: found?.also ?? [] }
  }
  const lead = verbHits[0] && verbHits[0].word <= leadWindow ? verbHits[0] : undefined
  if (lead?.value === 'note' || lead?.value === 'concern') {
    const concern = verbHits.find((h) => h.value === 'concern' && h.word <= lead.word + concernWindow)
    const v = concern ?? lead
    return { ...base, ask: concern ? 'concern' : 'none', verb: surfaceOf(v), verbClass: v.value }
  }
  const bound = obligation.exec(rest)
  const binding = bound !== null
  // "it is vital that the proposal establishes ... limitations": the object follows the obligation.
  const found = pickAsk(objectStart(rest, bound)) ?? pickAsk(0)
  if (lead?.value === 'endorse' && !found) {
    return { ...base, ask: 'endorse', verb: surfaceOf(lead), verbClass: 'endorse' }
  }
  if (binding || (!lead && verbHits.length === 0)) {
    if (found) return { ...base, ...found, verb: lead ? surfaceOf(lead) : undefined, verbClass: lead?.value }
    if (binding && lead) return { ...base, ask: 'other', verb: surfaceOf(lead), verbClass: lead.value }
  }
  const endorse = verbHits.find((h) => h.value === 'endorse')
  if (endorse) return { ...base, ask: 'endorse', verb: surfaceOf(endorse), verbClass: 'endorse' }
  // "Stresses the potential for bias", "highlights the contested scientific validity": a worry
  // stated without a measure.
  if (lead?.value === 'normative' && harm.test(rest)) return { ...base, ask: 'concern', verb: surfaceOf(lead), verbClass: 'normative' }
  return { ...base, ask: 'none', verb: lead ? surfaceOf(lead) : undefined, verbClass: lead?.value }
}

/**
 * Where the object of an obligation starts, in words: right after it ("must legally prohibit"),
 * or, when an aside stands between the obligation and its "that" clause ("Considers it
 * essential, both for ... and for the transparency of ..., that a ... legal framework
 * regulates"), after the "that": the aside gives reasons, the clause says what is asked.
 */
function objectStart(rest: string, bound: RegExpExecArray | null): number {
  if (!bound) return 0
  const end = bound.index + bound[0].length
  const that = /^,[^;]*?,\s*that\b/.exec(rest.slice(end))
  return words(rest.slice(0, end + (that ? that[0].length : 0))).length
}

/**
 * Split a clause into the units that each carry one ask: semicolon-separated segments (the
 * resolution's "; calls for ...; notes ...") and sentences.
 */
export function segmentsOf(text: string): string[] {
  return tidy(text)
    .split(/;|(?<=[.!?][”’"]?)\s+(?=[A-Z“"‘(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Whether one stand asks for something (a measure), as opposed to noting, worrying or endorsing. */
export function isAsk(stand: Stand): stand is Ask {
  return stand !== 'none' && stand !== 'concern' && stand !== 'endorse'
}
