import type { Location } from '../location.js'
import type { Clause, Message } from '../tree.js'
import { annexPieces } from './ep-page/annex.js'
import { findPreamble, headPieces, tailPieces } from './ep-page/chrome.js'
import { clauseChildren, clauseReading } from './ep-page/clause-content.js'
import { findClauseStarts, type ClauseStart } from './ep-page/clauses.js'
import { findFootnotes, findMarkers } from './ep-page/footnotes.js'
import { readMeta } from './ep-page/meta.js'
import { layOut, NodeBuilder, type Piece } from './ep-page/nodes.js'
import { findLaterParts, type LaterPart } from './ep-page/parts.js'
import { readPlainText } from './plain-text.js'
import type { Reader } from './reader.js'

/** How far into the page the preamble and the title block are looked for. */
const HEAD_LIMIT = 50_000

/**
 * Where an annex begins after the operative paragraphs: "... Commission . ANNEX TO THE
 * RESOLUTION", "Annex to the resolution", or the Parliament's position on a legislative
 * proposal ("Position of the European Parliament adopted at first reading ...").
 */
const ANNEX = /[.;:]\s*(ANNEX\b|Annex to the\b|Position of the European Parliament adopted at\b)/g

/** The span of one text on the page (after its preamble) and the clauses found in it. */
interface Region {
  from: number
  to: number
  starts: ClauseStart[]
  part?: LaterPart
}

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
  const regions = findRegions(text, from, tail.start, location, messages)
  const first = regions.flatMap((region) => region.starts)[0]
  if (!first) {
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
  const headEnd = preamble ? preamble.start : (first.heading?.start ?? first.start)
  // An annex ends the last text: numbers inside it ("1. Member States shall") are not paragraphs.
  const final = regions.at(-1)!
  const firstParagraph = final.starts.find((s) => s.kind === 'paragraph')
  const annex = firstParagraph ? findAnnex(text, firstParagraph.labelEnd, tail.start) : undefined
  const inAnnex = annex === undefined ? -1 : final.starts.findIndex((s) => s.start >= annex)
  if (inAnnex >= 0) final.starts.length = inAnnex
  const last = regions.flatMap((region) => region.starts).at(-1)!
  const footnotes = findFootnotes(text, Math.max(last.labelEnd, annex ?? 0), tail.start)
  const notesStart = footnotes[0]?.start ?? tail.start

  const pieces: Piece[] = [...headPieces(text, headEnd, preamble), ...regionPieces(regions, annex ?? notesStart)]
  if (annex !== undefined) {
    const parts = annexPieces(text, annex, notesStart)
    for (const part of parts) pieces.push(part)
    const articles = parts.length - 1
    const reason = articles > 0 ? `The annex is read as its opening (id "annex") and ${articles} articles (annex__art_1...).` : 'The annex is kept as one clause (id "annex"): it has no articles to read.'
    messages.push(note(location.position(annex, notesStart), reason, 'ep:annex'))
  }
  for (const { label, start, end, labelEnd } of footnotes) {
    pieces.push({ type: 'clause', id: `fn_${label}`, kind: 'footnote', num: label, start, end, labelEnd })
  }
  for (const piece of tail.pieces) pieces.push(piece)

  const labels = new Set(footnotes.map((f) => f.label))
  const builder = new NodeBuilder(text, location)
  const children = layOut(pieces, builder, messages, (piece): Clause => {
    const markers = piece.kind === 'footnote' ? [] : findMarkers(text, piece.start, piece.end, labels)
    const labelEnd = Math.min(Math.max(piece.labelEnd ?? piece.start, piece.start), piece.end)
    return builder.clause(piece, clauseChildren(builder, piece.start, piece.end, markers), clauseReading(text, piece.start, labelEnd, piece.end, markers))
  })
  return { children, meta: readMeta(text.slice(0, Math.min(headEnd, HEAD_LIMIT))), kind: 'resolution' }
}

/** The texts on the page (usually one) and the clause starts in each, numbered per text. */
function findRegions(text: string, from: number, to: number, location: Location, messages: Message[]): Region[] {
  const later = findLaterParts(text, from, to)
  const regions: Region[] = [
    { from, to: later[0]?.titleStart ?? to, starts: [] },
    ...later.map((part, k) => ({ from: part.preamble.end, to: later[k + 1]?.titleStart ?? to, starts: [], part }))
  ]
  regions.forEach((region, k) => {
    region.starts = findClauseStarts(text, region.from, region.to, location, messages, k === 0 ? '' : `part_${k + 1}__`)
  })
  return regions
}

/** The pieces of each text: its title and preamble (after the first), headings and clauses; the last clause of the page ends at `end`. */
function regionPieces(regions: Region[], end: number): Piece[] {
  const pieces: Piece[] = []
  regions.forEach((region, k) => {
    if (region.part) {
      pieces.push({ type: 'block', role: 'title', start: region.part.titleStart, end: region.part.preamble.start })
      pieces.push({ type: 'block', role: 'preamble', ...region.part.preamble })
    }
    const regionEnd = k === regions.length - 1 ? end : region.to
    region.starts.forEach((start, i) => {
      const next = region.starts[i + 1]
      if (start.heading) pieces.push({ type: 'block', role: 'heading', ...start.heading })
      pieces.push(clausePiece(start, next ? (next.heading?.start ?? next.start) : regionEnd))
    })
  })
  return pieces
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
