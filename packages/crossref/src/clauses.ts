import type { Clause, ClauseKind, Document } from '@whereas/parser'
import { tidy } from './terms.js'

/** Clause kinds of a letter that never ask: the frame around the body. */
const frame: ReadonlySet<ClauseKind> = new Set(['date', 'addressee', 'subject', 'salutation', 'closing', 'signatory', 'footnote'])

/** The clauses of a document, in order (clauses nest only through `parent`, never as children). */
export function clausesOf(doc: Document): Clause[] {
  return doc.children.filter((c): c is Clause => c.type === 'clause')
}

/** The body clauses of a letter or news item: what may hold a demand. */
export function bodyClauses(doc: Document): Clause[] {
  return clausesOf(doc).filter((c) => !frame.has(c.kind))
}

/** A clause's reading, tidied; falls back to its text leaves when the reading is empty. */
export function textOf(clause: Clause): string {
  const reading = clause.reading?.text
  if (reading && reading.trim()) return tidy(stripListMarker(reading))
  return tidy(stripListMarker(clause.children.map((c) => ('value' in c ? c.value : '')).join('')))
}

/** "- 1. **The legislative ...**", "• the enabling ...", "2. Uses of AI ...": the words without the marker. */
function stripListMarker(text: string): string {
  return text.replace(/^\s*(?:[-*•▪◦]\s+)?(?:\(?\d{1,2}[.)]\s+)*/, '').replace(/\*\*|__/g, '')
}
