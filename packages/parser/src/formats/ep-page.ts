import type { Clause, Message } from '../tree.js'
import { findPreamble, headPieces, tailPieces } from './ep-page/chrome.js'
import { clauseChildren, clauseReading } from './ep-page/clause-content.js'
import { findClauseStarts, type ClauseStart } from './ep-page/clauses.js'
import { findFootnotes, findMarkers, } from './ep-page/footnotes.js'
import { readMeta } from './ep-page/meta.js'
import { layOut, NodeBuilder, type Piece } from './ep-page/nodes.js'
import { readPlainText } from './plain-text.js'
import type { Reader } from './reader.js'

/** How far into the page the preamble and the title block are looked for. */
const HEAD_LIMIT = 50_000

/** Where an annex begins after the last paragraph ("... Commission . ANNEX TO THE RESOLUTION"). */
const ANNEX = /[.;:]\s*(ANNEX|Annex)\b/g

/**
 * A European Parliament "Texts adopted" page, as text copied from the web page: the page
 * chrome, the title block, then citations ("– having regard to"), recitals ("A . whereas"),
 * operative paragraphs ("1 . Calls"), an annex if any, and the footnotes.
 */
export const readEpPage: Reader = (context) => {
  const { text, location, messages } = context
  const preamble = findPreamble(text, HEAD_LIMIT)
  const from = preamble ? preamble.end : 0
  const tail = tailPieces(text, from)
  const starts = findClauseStarts(text, from, tail.start, location, messages)
  if (starts.length === 0) {
    messages.push({
      reason:
        'No citation ("– having regard to"), recital ("A. whereas") or numbered paragraph found: read as plain text. Pass another format if this is not an EP "Texts adopted" page.',
      ruleId: 'ep:no-structure',
      source: 'whereas',
      severity: 'warning',
      position: location.position(0, text.length)
    })
    return readPlainText(context)
  }
  const first = starts[0]!
  const headEnd = preamble ? preamble.start : (first.heading?.start ?? first.start)
  const last = starts[starts.length - 1]!
  const footnotes = findFootnotes(text, last.labelEnd, tail.start)
  const notesStart = footnotes[0]?.start ?? tail.start
  const annex = findAnnex(text, last.labelEnd, notesStart)

  const pieces: Piece[] = headPieces(text, headEnd, preamble)
  starts.forEach((start, i) => {
    const next = starts[i + 1]
    const end = next ? (next.heading?.start ?? next.start) : (annex ?? notesStart)
    if (start.heading) pieces.push({ type: 'block', role: 'heading', ...start.heading })
    pieces.push(clausePiece(start, end))
  })
  if (annex !== undefined) {
    pieces.push({ type: 'clause', id: 'annex', kind: 'prose', start: annex, end: notesStart })
    messages.push(note(context.location.position(annex, notesStart), 'The annex is kept as one clause (id "annex"): its inner structure is not read yet.', 'ep:annex'))
  }
  for (const footnote of footnotes) {
    const { label, start, end, labelEnd } = footnote
    pieces.push({ type: 'clause', id: `fn_${label}`, kind: 'footnote', num: label, start, end, labelEnd })
  }
  pieces.push(...tail.pieces)

  const labels = new Set(footnotes.map((f) => f.label))
  const builder = new NodeBuilder(text, location)
  const children = layOut(pieces, builder, messages, (piece): Clause => {
    const markers = piece.kind === 'footnote' ? [] : findMarkers(text, piece.start, piece.end, labels)
    const labelEnd = Math.min(Math.max(piece.labelEnd ?? piece.start, piece.start), piece.end)
    return builder.clause(piece, clauseChildren(builder, piece.start, piece.end, markers), clauseReading(text, piece.start, labelEnd, piece.end, markers))
  })
  return { children, meta: readMeta(text.slice(0, Math.min(headEnd, HEAD_LIMIT))), kind: 'resolution' }
}

function clausePiece(start: ClauseStart, end: number): Piece {
  const piece: Piece = { type: 'clause', id: start.id, kind: start.kind, start: start.start, end, labelEnd: start.labelEnd }
  if (start.num !== undefined) piece.num = start.num
  return piece
}

function findAnnex(text: string, from: number, to: number): number | undefined {
  ANNEX.lastIndex = from
  const match = ANNEX.exec(text)
  return match && match.index < to ? match.index + match[0].length - match[1]!.length : undefined
}

function note(position: Message['position'], reason: string, ruleId: string): Message {
  const message: Message = { reason, ruleId, source: 'whereas', severity: 'info' }
  if (position) message.position = position
  return message
}
