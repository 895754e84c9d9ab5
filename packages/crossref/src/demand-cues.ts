/** The cues that make a clause of a letter a demand, and the shapes of lists and sentences around them. */
import { askOf, isAsk, segmentsOf, type AskReading } from './ask/read.js'

/** First-person or collective calls: "we call for", "we are asking for", "Civil society is calling for". */
// Case-sensitive "I", so the "i" of "i.e." is not a speaker.
export const firstPersonCall = /(?:\b[Ww]e\b|\bI\b)[^.;!?]{0,80}?\b(?:call|calls|ask|asking|urge|demand|request|argue|reiterate|seek|seeking|believe)\b/
export const collectiveCall = /\b(?:is|are) calling for\b|\bsignatories\b[^.;!?]{0,60}?\bcall\b|\b(?:let|join) us\b/i
/** An obligation laid on someone: "must legally prohibit", "there should be a ban", "it is vital that". */
export const obligationCue = /\b(?:must|should|shall|needs? to|has to|it is vital that)\b/i
/**
 * "We are writing to ask you to support our call for ...": the letter saying what it is for.
 * It announces the demands that follow rather than making one of its own.
 */
export const purposeCue = /\b(?:we|I)(?: are| am)? writ(?:e|ing) (?:to|in order to)\b/i
/** A list introduction whose items are reasons, not asks. */
export const reasonIntro = /\b(?:because|since|as a result)\b/i
/** Words that make a sentence of a list item (a finite verb), before any relative clause. */
const finiteVerb = /\b(?:is|are|was|were|has|have|had|will|can|must|should|may|would|could|shall|do|does|did)\b/i
const pronounStart = /^(?:we|i|you|they|it|this|these|those|there|he|she)\b/i
const gerundStart = /^\w+ing\b/i
/**
 * "These amendments would ... remove X, ...": rejecting them keeps X. Read with searches
 * that each move forward, so a long sentence costs one pass.
 */
export function amendmentEffect(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const a = sentence.search(/\bamendments?\b/i)
    if (a < 0) continue
    const w = sentence.slice(a).search(/\bwould\b/i)
    if (w < 0) continue
    const rest = sentence.slice(a + w)
    const r = /\b(?:remove|delete|drop|weaken)\b/i.exec(rest)
    if (r) return (rest.slice(r.index + r[0].length).split(/[,;]/)[0] ?? '').trim()
  }
  return undefined
}

interface Cue {
  segment: string
  reading: AskReading
  why: string
}

/** The sentence of a clause that asks, with its reading, or undefined. */
export function cueOf(text: string): Cue | undefined {
  for (const segment of segmentsOf(text)) {
    const reading = askOf(segment)
    if (!isAsk(reading.ask)) continue
    const why = firstPersonCall.test(segment)
      ? 'a call in the first person'
      : collectiveCall.test(segment)
        ? 'a collective call'
        : obligationCue.test(segment) && reading.ask !== 'other'
          ? `an obligation ("${segment.match(obligationCue)?.[0]}") with an ask ("${reading.cue}")`
          : undefined
    if (why) return { segment, reading, why }
  }
  return undefined
}

/**
 * A clause cut in mid-sentence ("... we strongly believe that the EU needs a specific") whose
 * next clause goes on in lower case ("legal ban to build on ...") is one sentence that a page
 * break and its footnotes split in the source: the demand is read from both.
 */
export function continues(text: string, next: string): boolean {
  return /\p{Ll}$/u.test(text.trimEnd()) && /^\p{Ll}/u.test(next.trimStart())
}

/** A clause that ends with a colon introduces the list after it. */
export function isIntro(text: string): boolean {
  return /:\s*$/.test(text)
}

/** A list item without a verb of its own ("An explicit ban on ...", "the surveillance of workers"). */
export function isElliptical(text: string): boolean {
  const head = text.split(/\b(?:which|that|who|where|whose)\b/i)[0] ?? text
  return !pronounStart.test(text) && !gerundStart.test(text) && !finiteVerb.test(head)
}
