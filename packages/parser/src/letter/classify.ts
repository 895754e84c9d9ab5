import type { Signatory } from '../tree.js'
import { readDate, type LetterDate } from './date.js'
import {
  isClosing,
  readCopy,
  readFootnoteLabel,
  readSalutation,
  readSignatoryHeading,
  readSubject,
  readUmbrella
} from './parts.js'
import type { Segment } from './segment.js'
import { readSignatory, readTidySignatory } from './signatory.js'

/** What a segment is in the letter. Clause parts carry what the clause needs; the rest become blocks. */
export type Part =
  | { part: 'title' }
  | { part: 'byline'; author: string }
  | { part: 'date'; date: LetterDate }
  | { part: 'salutation'; whom: string }
  | { part: 'copy'; whom: string }
  | { part: 'subject'; subject: string }
  | { part: 'closing' }
  | { part: 'footnote'; label: string }
  | { part: 'heading' }
  | { part: 'prose' }
  | { part: 'item'; num?: string }
  | { part: 'signatory'; signatory: Signatory; umbrella: boolean }
  | { part: 'block'; role: 'heading' | 'separator' | 'blank' | 'other' | 'chrome' }

/** Headings and lines after which a web page's furniture starts (author box, "About", ISSN). */
const CHROME_HEADING = /^(?:about|authors?|share|related|tags|follow us|newsletter|contact|imprint|legal notice)\b/i
const CHROME_LINE = /^(?:issn\b|©|copyright\b|co-funded by\b)/i
const NUMBERED = /^(\d{1,3})[.)]\s/
/** How far after a date, subject or copy line a letter's salutation may stand (the head of the EDRi letter has 10 segments). */
const LETTER_HEAD_SEGMENTS = 16

/**
 * Say what each segment is, from its reading (`plains`: markup removed, white space collapsed)
 * and where it stands: the letter head (title, date, addressees, subject), the body (prose,
 * items, footnotes), the signatures after the closing, and trailing page chrome.
 */
export function classify(segments: Segment[], plains: string[], markerLabels: ReadonlySet<string>): Part[] {
  const closingAfter = (from: number) => {
    for (let i = from; i < segments.length; i++) if (segments[i]!.shape !== 'heading' && isClosing(plains[i]!)) return i
    return -1
  }
  // Whether the signatures after the closing at `at` are a list: then a line among them that is
  // no list item is no signatory. They run to the end or to another letter's salutation.
  const listedAfter = (at: number) => {
    for (let i = at + 1; i < segments.length && readSalutation(plains[i]!) === undefined; i++) if (segments[i]!.shape === 'item') return true
    return false
  }
  let closingAt = closingAfter(0)
  let signaturesListed = false
  let phase: 'head' | 'body' | 'signatures' | 'chrome' = 'head'
  let titled = false
  let contentSeen = false
  let expected: 'person' | 'organisation' | undefined
  const parts: Part[] = []
  for (let i = 0; i < segments.length; i++) {
    const next = partAt(i)
    if (next.part !== 'block') contentSeen = true
    parts.push(next)
  }
  return parts

  /** What the segment at `i` is; moves the phase on as it goes. */
  function partAt(i: number): Part {
    const segment = segments[i]!
    const plain = plains[i]!
    if (segment.shape === 'break') return { part: 'block', role: 'separator' }
    // Written as a footnote in the source's own syntax: a note wherever it stands, even empty.
    if (segment.footnote !== undefined) return { part: 'footnote', label: segment.footnote.label }
    if (plain === '') return { part: 'block', role: 'blank' }
    if (phase === 'chrome') return { part: 'block', role: 'chrome' }
    if (segment.shape === 'raw') return { part: 'block', role: 'other' }
    if (segment.shape === 'table-head') return { part: 'block', role: 'heading' }
    if ((segment.shape === 'heading' && phase !== 'head' && CHROME_HEADING.test(plain)) || CHROME_LINE.test(plain)) {
      phase = 'chrome'
      return { part: 'block', role: 'chrome' }
    }
    const label = readFootnoteLabel(plain, markerLabels)
    if (label !== undefined) return { part: 'footnote', label }
    if (i === closingAt) {
      phase = 'signatures'
      signaturesListed = listedAfter(i)
      return { part: 'closing' }
    }
    if (phase === 'signatures') {
      if (!startsLetter(i)) return signaturePart(segment, plain)
      // Letters one after the other in one text: the next one's head is no signatory.
      phase = 'head'
      closingAt = closingAfter(i + 1)
    }
    if (segment.shape === 'heading') {
      if (phase === 'head' && !titled && segment.level === 1) {
        titled = true
        return { part: 'title' }
      }
      return { part: 'heading' }
    }
    const date = readDate(plain)
    if (date) return { part: 'date', date }
    const subject = readSubject(plain)
    if (subject !== undefined) return { part: 'subject', subject }
    const copy = readCopy(plain)
    if (copy !== undefined) return { part: 'copy', whom: copy }
    const whom = readSalutation(plain)
    if (whom !== undefined) return { part: 'salutation', whom }
    if (phase === 'head' && segment.shape === 'paragraph') {
      if (segment.emphasised && plain.length <= 60) return { part: 'byline', author: plain }
      if (!titled && !contentSeen && plain.length <= 200 && !/[.:;,]$/.test(plain)) {
        titled = true
        return { part: 'title' }
      }
    }
    phase = 'body'
    if (segment.shape === 'item') return { part: 'item', num: segment.num ?? NUMBERED.exec(plain)?.[1] }
    return { part: 'prose' }
  }

  /**
   * Whether the segment at `i` opens another letter: it reads as a letter's date, subject,
   * copy line or salutation, and a salutation ("Dear ...") follows within a few segments. A
   * "cc:" line or a place and date after the signatures, with no "Dear" after them, stay there.
   */
  function startsLetter(i: number): boolean {
    const plain = plains[i]!
    if (segments[i]!.shape === 'item' || (readDate(plain) === undefined && readSubject(plain) === undefined && readCopy(plain) === undefined && readSalutation(plain) === undefined)) return false
    for (let next = i; next < Math.min(segments.length, i + LETTER_HEAD_SEGMENTS); next++) {
      if (readSalutation(plains[next]!) !== undefined) return true
    }
    return false
  }

  function signaturePart(segment: Segment, plain: string): Part {
    const heading = readSignatoryHeading(plain)
    if (heading !== undefined) {
      expected = heading === 'unknown' ? undefined : heading
      return { part: 'block', role: 'heading' }
    }
    if (segment.shape === 'heading') return { part: 'block', role: 'heading' }
    // A postscript or a note after the signatures is prose, not one more signatory.
    if (plain.length > 100 && /[.!?]\s+\p{Lu}/u.test(plain)) return segment.shape === 'item' ? { part: 'item' } : { part: 'prose' }
    const umbrella = readUmbrella(plain)
    if (umbrella !== undefined) return { part: 'signatory', signatory: readSignatory(umbrella, 'organisation'), umbrella: true }
    if (segment.shape !== 'item' && signaturesListed) return { part: 'block', role: 'other' }
    return { part: 'signatory', signatory: readTidySignatory(plain, expected), umbrella: false }
  }
}
