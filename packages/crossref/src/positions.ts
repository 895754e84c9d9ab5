import type { ClauseKind, Document } from '@whereas/parser'
import { askOf, segmentsOf, type AskReading } from './ask/read.js'
import type { Stand } from './ask/lexicon.js'
import { clausesOf, textOf } from './clauses.js'
import { provisionsOf, type Provision } from './provisions.js'
import { carve } from './scope.js'
import { subjectsOf, type SubjectHit } from './subject/read.js'

/** One semicolon-separated segment of a resolution clause: its ask and its subjects. */
export interface Segment extends AskReading {
  subjects: SubjectHit[]
  /**
   * The subjects of what the segment asks, its exceptions and conditions left out: "not to extend
   * the Prüm framework unless ... facial recognition" asks about Prüm, not facial recognition.
   */
  core: SubjectHit[]
}

/** What a clause of the resolution says: the asks of its segments, and the strongest of them. */
export interface ClausePosition {
  doc: string
  id: string
  num?: string
  kind: ClauseKind
  /** Operative paragraphs ask; recitals are context and ask nothing by definition. */
  operative: boolean
  text: string
  segments: Segment[]
  /** The strongest stand among the segments. */
  ask: Stand
  subjects: SubjectHit[]
  provisions: Provision[]
}

/** Order of stands for "strongest": measures first, prohibitions before the rest. */
const standOrder: Stand[] = ['ban', 'moratorium', 'restriction', 'safeguard', 'participation', 'transparency', 'other', 'concern', 'endorse', 'none']

export function standRank(stand: Stand): number {
  return standOrder.indexOf(stand)
}

/** The strongest of some stands (`none` for none). */
export function strongest(stands: Stand[]): Stand {
  let best: Stand = 'none'
  for (const s of stands) if (standRank(s) < standRank(best)) best = s
  return best
}

/**
 * Read the positions of a resolution: each operative paragraph's asks, segment by segment,
 * and each recital's subjects (recitals give context, they do not ask).
 */
export function readPositions(tree: Document): ClausePosition[] {
  const positions: ClausePosition[] = []
  for (const clause of clausesOf(tree)) {
    if (clause.kind !== 'paragraph' && clause.kind !== 'recital') continue
    const text = textOf(clause)
    const operative = clause.kind === 'paragraph'
    const segments: Segment[] = segmentsOf(stripNumber(text)).map((segment) => {
      const reading = askOf(segment)
      const stand = operative ? reading : { ...reading, ask: 'none' as Stand }
      return { ...stand, subjects: subjectsOf(segment), core: subjectsOf(carve(segment).rest) }
    })
    const position: ClausePosition = {
      doc: tree.id,
      id: clause.id,
      kind: clause.kind,
      operative,
      text,
      segments,
      ask: strongest(segments.map((s) => s.ask)),
      subjects: subjectsOf(text),
      provisions: provisionsOf(clause)
    }
    if (clause.num) position.num = clause.num
    positions.push(position)
  }
  return positions
}

/** "27. Calls ..." and "A. whereas ...": the words after the printed number. */
function stripNumber(text: string): string {
  return text.replace(/^\s*(?:\d{1,3}|[A-Z]{1,2})\s?\.\s+/, '')
}
