import { strength, type Ask } from '../ask/lexicon.js'
import { isAsk } from '../ask/read.js'
import type { Segment } from '../positions.js'
import type { ScopeHit } from '../scope.js'

/**
 * The evidence as a parliamentary staffer reads it: whole sentences in the words of the debate,
 * never the rule names or clause ids the alignment works with.
 */

/** What an ask is called in a sentence: "The letter asks for a ban". */
export const askNoun: Record<Ask, string> = {
  ban: 'a ban',
  moratorium: 'a moratorium',
  restriction: 'legal limits',
  safeguard: 'safeguards',
  transparency: 'transparency',
  participation: 'a say for the people affected',
  other: 'a measure the rules have no name for'
}

/** The words of the paragraph that carry its stand: “Calls … moratorium”. */
function cueOf(segment: Segment): string {
  const parts = [segment.verb, segment.cue && segment.cue !== segment.verb ? segment.cue : undefined].filter(Boolean)
  return parts.length > 0 ? ` (“${parts.join(' … ')}”)` : ''
}

/** How the paragraph's measure compares with the one asked for. */
function comparison(demand: Ask, clause: Ask): string {
  if (demand === clause) return ', the same measure'
  if (demand === 'other' || clause === 'other') return ''
  const d = strength[demand]
  const c = strength[clause]
  if (c > d) return ', which goes further'
  if (c < d) return ', which is less'
  return ', a different kind of measure'
}

/** "The letter asks for a ban; the paragraph asks for a moratorium (“Calls … moratorium”), which is less." */
export function askSentence(demand: Ask, segment: Segment): string {
  const asked = `The letter asks for ${askNoun[demand]}`
  const cue = cueOf(segment)
  switch (segment.ask) {
    case 'none':
      return `${asked}; the paragraph only states or recalls${cue} and asks for nothing.`
    case 'concern':
      return `${asked}; the paragraph voices concern${cue} but asks for no measure.`
    case 'endorse':
      return `${asked}; the paragraph favours the use${cue}.`
  }
  if (!isAsk(segment.ask)) return `${asked}.`
  if (segment.ask === 'other') return `${asked}; the paragraph lays down an obligation${cue} without naming a measure.`
  if (segment.verbClass === 'oppose') {
    return `${asked}; the paragraph opposes the use${cue}: in substance a ban${comparison(demand, 'ban')}.`
  }
  return `${asked}; the paragraph asks for ${askNoun[segment.ask]}${cue}${comparison(demand, segment.ask)}.`
}

/** "unless strictly used for ..." is an exception; "of other human features" leaves out a part. */
export function exceptionSentence(exceptions: string[]): string {
  return exceptions
    .map((e) => (/^of other\b/i.test(e) ? `It covers only part of the field: “${e}”.` : `It makes an exception: “${e}”.`))
    .join(' ')
}

export function conditionSentence(conditions: string): string {
  return `It is temporary, lasting “${conditions}”.`
}

export function sameScopeSentence(same: ScopeHit[]): string {
  const parts = same.map((s) => (s.from ? `${s.label} (the frame the letter sets in its opening)` : s.label))
  return `Same reach as the letter: ${parts.join(', ')}.`
}

export function quoted(phrases: string[]): string {
  return phrases.map((p) => `“${p}”`).join(', ')
}

/** "rec_H" -> "recital H"; other ids as they are. */
export function recitalName(id: string): string {
  const m = /^rec_([A-Z]{1,2})$/.exec(id)
  return m ? `recital ${m[1]}` : id
}

/** A quotation cut at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max = 240): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')} …`
}
