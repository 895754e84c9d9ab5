import type { Clause, ClauseKind, Document } from '@whereas/parser'
import { askOf, isAsk, segmentsOf, type AskReading } from './ask/read.js'
import type { Ask } from './ask/lexicon.js'
import { bodyClauses, textOf } from './clauses.js'
import { provisionsOf, rightsOf, type Provision } from './provisions.js'
import { scopeOf, type ScopeHit } from './scope.js'
import { subjectsOf, type SubjectHit } from './subject/read.js'
import { linkRestatements } from './restates.js'
import { firstPersonCall, collectiveCall, obligationCue, purposeCue, reasonIntro, amendmentEffect, cueOf, continues, isIntro, isElliptical } from './demand-cues.js'

/** A clause by document and id: how demands and matches point at text. */
export interface ClauseRef {
  doc: string
  id: string
}

/** A clause of a letter that asks for something. */
export interface Demand extends ClauseRef {
  num?: string
  kind: ClauseKind
  /** The whole clause, tidied. */
  text: string
  /** The sentence that asks. */
  quote: string
  ask: Ask
  /** Further asks the sentence names beside the main one. */
  also: Ask[]
  /** The main subject, or null when the clause names none the lexicon knows. */
  subject: { key: string; label: string } | null
  subjects: SubjectHit[]
  /** Keys of the subjects the demand names as examples of its main one ("such as", "including"). */
  examples: string[]
  scope: ScopeHit[]
  /** Rights invoked: Charter and Convention articles the clause cites, explicitly or implicitly. */
  rights: Provision[]
  /** Every provision the clause and its context (list intro, sub-items) cite. */
  provisions: Provision[]
  /** Why this clause is a demand, for people: the cue that was found. */
  why: string
  /** The demand this one restates (a news item summarising a letter): not a new demand. */
  restates?: ClauseRef
  /** A clause of the same document the ask was read from ("the amendments" -> what they would remove). */
  context?: ClauseRef
  /** 1-indexed line of the clause in its source. */
  line: number
}

/**
 * Find the demands of every letter and news item: clauses with a call, an obligation with
 * an ask, or list items under a call that introduces them. News items' demands that restate a
 * letter's are linked to it (`restates`) rather than counted anew.
 */
export function findDemands(trees: Document[]): Demand[] {
  const demands = trees.filter((t) => t.kind !== 'resolution').flatMap(demandsOf)
  return linkRestatements(demands, trees)
}

/** The demands of one document, in order. */
export function demandsOf(doc: Document): Demand[] {
  const clauses = bodyClauses(doc)
  const context: LetterContext = { doc, byId: new Map(clauses.map((c) => [c.id, c])), children: new Map(), amendments: undefined, clauses }
  for (const c of clauses) {
    if (!c.parent) continue
    const list = context.children.get(c.parent) ?? []
    list.push(c)
    context.children.set(c.parent, list)
  }
  const byId = context.byId
  const demands: Demand[] = []
  const announcements = new Set<Demand>()
  const frame = frameOf(clauses)
  /** The last list introduction that asks, with the ask its items inherit. */
  let intro: { clause: Clause; reading: AskReading } | undefined

  /** Clauses read as the end of the clause before them (a sentence cut by a page break). */
  const continued = new Set<Clause>()
  for (const [i, clause] of clauses.entries()) {
    if (continued.has(clause)) continue
    let text = textOf(clause)
    const next = clauses[i + 1]
    if (next && continues(text, textOf(next))) {
      text = `${text} ${textOf(next)}`
      continued.add(next)
    }
    // A bare list marker ("-") carries no words to ask with.
    if (!/\p{L}{2}/u.test(text)) continue
    const cue = cueOf(text)
    const segments = segmentsOf(text)
    const last = segments.at(-1) ?? ''
    const introHere = isIntro(text)
    const cueOnlyIntroduces = introHere && cue !== undefined && cue.segment === last && clause.kind !== 'item'

    if (cue && !cueOnlyIntroduces) {
      const demand = withFrame(build(context, clause, text, cue.segment, cue.reading, cue.why), frame)
      if (purposeCue.test(cue.segment)) announcements.add(demand)
      demands.push(demand)
    } else if (clause.kind === 'item' || clause.parent) {
      const parent = clause.parent ? byId.get(clause.parent) : undefined
      const from = parent && isIntro(textOf(parent)) ? introOf(parent) : intro
      if (from && isElliptical(text)) {
        const own = askOf(text)
        const reading = isAsk(own.ask) && own.ask !== 'other' ? own : { ...from.reading, text, scope: scopeOf(text) }
        const why = `a list item under the call of ${from.clause.id}: "${clipStart(segmentsOf(textOf(from.clause)).at(-1) ?? '')}"`
        demands.push(withFrame(build(context, clause, text, text, reading, why, from.clause), frame))
      }
    }

    if (introHere) intro = introOf(clause)
    else if (clause.kind !== 'item' && clause.kind !== 'heading') intro = undefined
  }
  // A letter that only says what it is for ("We are writing to urge you to ban ...") asks that;
  // one that goes on to ask is read from what it asks.
  const asks = demands.filter((d) => !announcements.has(d))
  return asks.length > 0 ? asks : demands
}

/**
 * The actor a letter is about, from its opening clause: a letter on "the use [of AI] by the
 * police and judicial authorities" asks within that frame, even where a demand names no actor.
 */
function frameOf(clauses: Clause[]): ScopeHit | undefined {
  const opening = clauses[0]
  const hit = opening ? scopeOf(textOf(opening)).find((s) => s.key === 'law-enforcement') : undefined
  return hit && opening ? { ...hit, from: opening.id } : undefined
}

function withFrame(demand: Demand, frame: ScopeHit | undefined): Demand {
  if (!frame || demand.scope.some((s) => s.key === frame.key)) return demand
  return { ...demand, scope: [...demand.scope, frame] }
}

/** A clause as a list introduction, if its last sentence asks and gives no reasons. */
function introOf(clause: Clause): { clause: Clause; reading: AskReading } | undefined {
  const last = segmentsOf(textOf(clause)).at(-1) ?? ''
  const reading = askOf(last)
  const asks = isAsk(reading.ask) && (firstPersonCall.test(last) || collectiveCall.test(last) || obligationCue.test(last) || /\bvital\b/i.test(last))
  return asks && !reasonIntro.test(last) ? { clause, reading } : undefined
}

/** What the demands of one document are read against, computed once. */
interface LetterContext {
  doc: Document
  clauses: Clause[]
  byId: Map<string, Clause>
  children: Map<string, Clause[]>
  /** The first clause saying what "the amendments" would remove, looked for once, when needed. */
  amendments: { clause: Clause; kept: string } | null | undefined
}

function amendmentsOf(context: LetterContext): { clause: Clause; kept: string } | null {
  if (context.amendments === undefined) {
    context.amendments = null
    for (const clause of context.clauses) {
      const kept = amendmentEffect(textOf(clause))
      if (kept) {
        context.amendments = { clause, kept }
        break
      }
    }
  }
  return context.amendments
}

function build(
  context: LetterContext,
  clause: Clause,
  text: string,
  quote: string,
  reading: AskReading,
  why: string,
  intro?: Clause
): Demand {
  const { doc, byId } = context
  let ask: Ask = isAsk(reading.ask) ? reading.ask : 'other'
  let subjects = subjectsOf(text)
  let readFrom: ClauseRef | undefined
  // Opposing amendments asks to keep what they would remove: read the ask from that clause.
  if (reading.verbClass === 'oppose' && /\bamendments?\b/i.test(quote)) {
    const effect = amendmentsOf(context)
    if (effect) {
      const keptAsk = askOf(effect.kept)
      ask = isAsk(keptAsk.ask) ? keptAsk.ask : 'other'
      if (subjects.length === 0) subjects = subjectsOf(effect.kept)
      readFrom = { doc: doc.id, id: effect.clause.id }
      why = `opposing amendments that would remove "${tidyEnd(effect.kept)}" asks to keep it`
    }
  }
  const parent = clause.parent ? byId.get(clause.parent) : intro
  const children = context.children.get(clause.id) ?? []
  // A numbered point names its subject in the items under it; a list item in its introduction.
  if (subjects.length === 0 && parent) subjects = subjectsOf(textOf(parent))
  if (subjects.length === 0 && children.length > 0) subjects = subjectsOf(children.map(textOf).join(' '))
  const related = [clause, ...(parent ? [parent] : []), ...children]
  const provisions = dedupe(related.flatMap(provisionsOf))
  const demand: Demand = {
    doc: doc.id,
    id: clause.id,
    kind: clause.kind,
    text,
    quote,
    ask,
    also: reading.also.filter((a) => a !== ask),
    subject: subjects[0] ? { key: subjects[0].key, label: subjects[0].label } : null,
    subjects,
    examples: examplesOf(quote),
    scope: scopeOf(text),
    rights: rightsOf(provisionsOf(clause)),
    provisions,
    why,
    line: clause.position.start.line
  }
  if (clause.num) demand.num = clause.num
  if (readFrom) demand.context = readFrom
  return demand
}

/** The last words of a sentence, for "a list item under ... call for:". */
function clipStart(text: string, max = 80): string {
  return text.length <= max ? text : `… ${text.slice(text.length - max).replace(/^\S*\s/, '')}`
}

/** The subjects the asking sentence names after "such as", "including", "e.g.": examples of its head. */
function examplesOf(text: string): string[] {
  const at = text.search(/\b(?:such as|including|e\.g\.|for example|for instance)/i)
  return at < 0 ? [] : subjectsOf(text.slice(at)).map((s) => s.key)
}

function tidyEnd(text: string): string {
  return text.replace(/\s+from the .*$/i, '')
}

function dedupe(provisions: Provision[]): Provision[] {
  const seen = new Map<string, Provision>()
  for (const p of provisions) if (!seen.has(p.key)) seen.set(p.key, p)
  return [...seen.values()]
}
