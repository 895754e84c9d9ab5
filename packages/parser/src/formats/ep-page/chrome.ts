import type { Piece, Span } from './nodes.js'

/**
 * The page around a resolution on the European Parliament's "Texts adopted" pages: before
 * it, the page title, the language menu, the procedure box and the title block; after it,
 * "Last updated" and the legal notice. Found by their fixed wording, never by position, so a
 * page that lacks one of them still reads.
 */

/** "The European Parliament ," that opens the resolution. */
const PREAMBLE = /The European Parliament\s*,/

/**
 * Where the preamble is, searched in the first `limit` characters and before the first
 * citation, so that "The European Parliament," inside a paragraph is never taken for it.
 */
export function findPreamble(text: string, limit: number): Span | undefined {
  const citation = text.indexOf('having regard to')
  const match = PREAMBLE.exec(text.slice(0, citation >= 0 ? Math.min(citation, limit) : limit))
  return match ? { start: match.index, end: match.index + match[0].length } : undefined
}

/** The chrome and title blocks in `[0, end)`, the text before the first clause. */
export function headPieces(text: string, end: number, preamble: Span | undefined): Piece[] {
  const head = text.slice(0, end)
  const pieces: Piece[] = []
  let at = 0
  const cut = (role: 'chrome' | 'title', to: number) => {
    if (to > at) pieces.push({ type: 'block', role, start: at, end: to })
    at = Math.max(at, to)
  }
  const language = head.search(/Choisissez la langue|Select your language/)
  if (language > 0) cut('chrome', language)
  const procedure = indexFrom(head, /Procedure\s*:/g, at)
  if (procedure >= 0) {
    cut('chrome', procedure)
    // The download sizes that close the box: "Texts adopted 168k 65k" or "Texts adopted PDF 250kWORD 130k".
    const sizes = /Texts adopted\s+(?:PDF\s*)?\d+k(?:\s*(?:WORD\s*)?\d+k)*/g
    sizes.lastIndex = procedure
    const box = sizes.exec(head)
    if (box) cut('chrome', box.index + box[0].length)
  }
  const titleEnd = preamble ? preamble.start : end
  cut('title', titleEnd)
  if (preamble) pieces.push({ type: 'block', role: 'preamble', start: preamble.start, end: preamble.end })
  return pieces
}

function indexFrom(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from
  const match = pattern.exec(text)
  return match ? match.index : -1
}

/** The page's closing lines, "Last updated : <date>" and "Legal notice - Privacy policy", after `from`. */
export function tailPieces(text: string, from: number): { start: number; pieces: Piece[] } {
  const updated = text.lastIndexOf('Last updated')
  const notice = text.lastIndexOf('Legal notice')
  if (updated >= from) {
    const date = /Last updated\s*:?\s*\d{1,2}\s+\p{L}+\s+\d{4}/uy
    date.lastIndex = updated
    const match = date.exec(text)
    const split = match ? updated + match[0].length : notice > updated ? notice : text.length
    const pieces: Piece[] = [{ type: 'block', role: 'chrome', start: updated, end: split }]
    if (split < text.length) pieces.push({ type: 'block', role: 'chrome', start: split, end: text.length })
    return { start: updated, pieces }
  }
  if (notice >= from) return { start: notice, pieces: [{ type: 'block', role: 'chrome', start: notice, end: text.length }] }
  return { start: text.length, pieces: [] }
}
