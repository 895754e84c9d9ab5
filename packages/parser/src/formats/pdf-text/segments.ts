import { isClosing, readSalutation } from '../../letter/parts.js'
import type { Segment } from '../../letter/segment.js'
import { linesOf } from './lines.js'

const BULLET = /^[•●▪◦‣∙○■□➢►▶*–-](?=\s)/u
const NUMBERED = /^(\d{1,2})[.)]\s+\S/
/** A line that ends a sentence or a heading ("rights.", "surveillance :", "thoughts;"). */
const ENDS_SENTENCE = /[.!?:;]["”’)]?$/
const STARTS_SENTENCE = /^[\p{Lu}\p{N}“"‘(]/u
/** Lines of a letter head that follow each other after a comma ("Dear ..., Dear ..., cc: ..."). */
const HEAD_LINE = /^(?:dear|cc|bcc|re|subject)\b/i
/** A page number as extractors print it at the foot or head of a page: "2", "Page 2", "2/5", "2 of 5". */
const PAGE_NUMBER = /^(?:page\s)?\s*\d{1,3}(?:\s?(?:\/|of)\s?\d{1,3})?$/i

/** Whether the white space that touches `[start, end)` on either side holds a form feed (a page break). */
function besidePageBreak(text: string, start: number, end: number): boolean {
  const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12
  for (let at = end; at < text.length && isSpace(text.charCodeAt(at)); at++) if (text.charCodeAt(at) === 12) return true
  for (let at = start - 1; at >= 0 && isSpace(text.charCodeAt(at)); at--) if (text.charCodeAt(at) === 12) return true
  return false
}

/** One segment being built, with where its content starts (after a bullet). */
interface Open {
  segment: Segment
  numbered: boolean
}

/**
 * Group the lines of PDF-extracted text into segments: a bullet ("•") or a number ("1.") at
 * the start of a line opens an item; a run of four spaces or more, or a blank line, opens a
 * paragraph; a run of three spaces after the end of a sentence opens one too, except inside a
 * numbered point, whose heading and body text ("1. Biometric mass surveillance :   Uses of ...")
 * are one item. A line break before "Dear ...", "cc: ..." or "Re: ..." after a comma opens one,
 * so hard-wrapped letter heads keep one addressee a clause. A page number beside a form feed
 * is a segment of its own (read as a block), and the line after it opens a new segment. After
 * the closing ("Yours sincerely,"), each line is its own segment: the signatories, until a
 * salutation ("Dear ...") opens another letter.
 */
export function pdfSegments(text: string): { segments: Segment[]; contentStarts: number[] } {
  const segments: Segment[] = []
  const contentStarts: number[] = []
  let open: Open | undefined
  let signatures = false
  let previous = ''
  const begin = (start: number, end: number, shape: Segment['shape'], content = start, num?: string) => {
    const segment: Segment = { start, end, shape, edits: [], ...(num !== undefined ? { num } : {}) }
    segments.push(segment)
    contentStarts.push(content)
    open = { segment, numbered: num !== undefined }
  }
  for (const line of linesOf(text)) {
    // The tests below read the start of a line only (a page number, a whole line of up to 16):
    // a white space run inside a line is under three characters, so none reads further.
    const source = text.slice(line.start, Math.min(line.end, line.start + 40))
    const strong = line.spaces >= 4 || line.newlines >= 2
    const weak = line.spaces >= 3
    // Most lines start with a letter: neither a bullet ("*", "-" or beyond ASCII) nor a digit.
    const first = text.charCodeAt(line.start)
    const bullet = first === 42 || first === 45 || first > 127 ? BULLET.exec(source) : null
    const numbered = first >= 48 && first <= 57 ? NUMBERED.exec(source) : null
    if (line.end - line.start <= 16 && PAGE_NUMBER.test(source) && besidePageBreak(text, line.start, line.end)) {
      segments.push({ start: line.start, end: line.end, shape: 'raw', edits: [] })
      contentStarts.push(line.start)
      open = undefined
      previous = ''
      continue
    }
    const closing = line.end - line.start <= 40 && isClosing(text.slice(line.start, line.end).replace(/\s+/g, ' '))
    // Letters one after the other in one text: a salutation after the signatures opens the next
    // letter, whose lines are grouped as a letter's again.
    const reopens = signatures && (first | 32) === 100 && readSalutation(text.slice(line.start, line.end).replace(/\s+/g, ' ')) !== undefined
    if (reopens) signatures = false
    if (reopens || signatures || closing || !open || strong) {
      if (bullet && !signatures) begin(line.start, line.end, 'item', line.start + bullet[0].length)
      else if (numbered && !signatures) begin(line.start, line.end, 'item', line.start, numbered[1])
      else begin(line.start, line.end, 'paragraph')
      if (closing) signatures = true
    } else if (bullet) {
      begin(line.start, line.end, 'item', line.start + bullet[0].length)
    } else if (numbered) {
      begin(line.start, line.end, 'item', line.start, numbered[1])
    } else if (
      (weak && ENDS_SENTENCE.test(previous) && STARTS_SENTENCE.test(source) && !open.numbered) ||
      ((weak || line.newlines > 0) && previous.endsWith(',') && HEAD_LINE.test(source))
    ) {
      begin(line.start, line.end, 'paragraph')
    } else {
      open.segment.end = line.end
    }
    previous = text.slice(Math.max(line.start, line.end - 4), line.end)
  }
  return { segments, contentStarts }
}
