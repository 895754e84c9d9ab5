import { isClosing, mayOpenClosing, readSalutation } from '../../letter/parts.js'
import type { Segment } from '../../letter/segment.js'
import { spaceRuns } from '../../letter/white-space.js'
import { linesOf, type Line } from './lines.js'

const BULLET = /^[•●▪◦‣∙○■□➢►▶*–-](?=\s)/u
const NUMBERED = /^(\d{1,2})[.)]\s+\S/
/** Sticky, read where a line starts in the text: a line that opens a sentence. */
const STARTS_SENTENCE = /[\p{Lu}\p{N}“"‘(]/uy
/** Sticky, read where a line starts in the text: lines of a letter head that follow each other after a comma ("Dear ..., Dear ..., cc: ..."). */
const HEAD_LINE = /(?:dear|cc|bcc|re|subject)\b/iy
/** A page number as extractors print it at the foot or head of a page: "2", "Page 2", "2/5", "2 of 5". */
const PAGE_NUMBER = /^(?:page\s)?\s*\d{1,3}(?:\s?(?:\/|of)\s?\d{1,3})?$/i

/** Whether the white space that touches `[start, end)` on either side holds a form feed (a page break). */
function besidePageBreak(text: string, start: number, end: number): boolean {
  const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12
  for (let at = end; at < text.length && isSpace(text.charCodeAt(at)); at++) if (text.charCodeAt(at) === 12) return true
  for (let at = start - 1; at >= 0 && isSpace(text.charCodeAt(at)); at--) if (text.charCodeAt(at) === 12) return true
  return false
}

const isSentenceEnd = (code: number) => code === 46 || code === 33 || code === 63 || code === 58 || code === 59
const isCloser = (code: number) => code === 34 || code === 0x201d || code === 0x2019 || code === 41

/** Whether a line ends a sentence or a heading ("rights.", "surveillance :", "thoughts;", "rights.”"). */
function endsSentence(text: string, line: Line): boolean {
  const last = line.end - 1
  return isSentenceEnd(text.charCodeAt(last)) || (last > line.start && isCloser(text.charCodeAt(last)) && isSentenceEnd(text.charCodeAt(last - 1)))
}

/** Whether the sticky `regex` matches where `line` starts in `text`. */
function opensWith(regex: RegExp, text: string, line: Line): boolean {
  regex.lastIndex = line.start
  return regex.test(text)
}

/**
 * The start of a line, which the tests of a bullet, a number or a page number read (a page
 * number is a whole line of up to 16): a white space run inside a line is under three
 * characters, so none reads further.
 */
const headOf = (text: string, line: Line) => text.slice(line.start, Math.min(line.end, line.start + 40))

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
 * salutation ("Dear ...") opens another letter. `superscripted`: whether the text has a
 * superscript digit, a footnote marker, anywhere.
 */
export function pdfSegments(text: string): { segments: Segment[]; contentStarts: number[]; superscripted: boolean } {
  const segments: Segment[] = []
  const contentStarts: number[] = []
  let open: Open | undefined
  let signatures = false
  /** The line before, in the segment being built. */
  let previous: Line | undefined
  const begin = (start: number, end: number, shape: Segment['shape'], content = start, num?: string) => {
    const segment: Segment = { start, end, shape, edits: [] }
    if (num !== undefined) segment.num = num
    segments.push(segment)
    contentStarts.push(content)
    open = { segment, numbered: num !== undefined }
  }
  const { lines, superscripted } = linesOf(text)
  for (const line of lines) {
    const strong = line.spaces >= 4 || line.newlines >= 2
    const weak = line.spaces >= 3
    // Most lines start with a letter: neither a bullet ("*", "-" or beyond ASCII) nor a digit.
    const first = text.charCodeAt(line.start)
    const bullet = first === 42 || first === 45 || first > 127 ? BULLET.exec(headOf(text, line)) : null
    const numbered = first >= 48 && first <= 57 ? NUMBERED.exec(headOf(text, line)) : null
    if (line.end - line.start <= 16 && PAGE_NUMBER.test(headOf(text, line)) && besidePageBreak(text, line.start, line.end)) {
      segments.push({ start: line.start, end: line.end, shape: 'raw', edits: [] })
      contentStarts.push(line.start)
      open = undefined
      previous = undefined
      continue
    }
    // A line starts with a word, whose first letter tells most lines from a closing without a copy of the line.
    const closing = line.end - line.start <= 40 && mayOpenClosing(first) && isClosing(spaceRuns(text.slice(line.start, line.end)))
    // Letters one after the other in one text: a salutation after the signatures opens the next
    // letter, whose lines are grouped as a letter's again.
    const reopens = signatures && (first | 32) === 100 && readSalutation(spaceRuns(text.slice(line.start, line.end))) !== undefined
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
      (weak && previous !== undefined && endsSentence(text, previous) && opensWith(STARTS_SENTENCE, text, line) && !open.numbered) ||
      ((weak || line.newlines > 0) && previous !== undefined && text.charCodeAt(previous.end - 1) === 44 && opensWith(HEAD_LINE, text, line))
    ) {
      begin(line.start, line.end, 'paragraph')
    } else {
      open.segment.end = line.end
    }
    previous = line
  }
  return { segments, contentStarts, superscripted }
}
