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
import { readSignatory } from './signatory.js'

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

/**
 * Say what each segment is, from its reading (`plains`: markup removed, white space collapsed)
 * and where it stands: the letter head (title, date, addressees, subject), the body (prose,
 * items, footnotes), the signatures after the closing, and trailing page chrome.
 */
export function classify(segments: Segment[], plains: string[], markerLabels: ReadonlySet<string>): Part[] {
  const closingAt = plains.findIndex((plain, i) => segments[i]!.shape !== 'heading' && isClosing(plain))
  const signaturesListed = closingAt >= 0 && segments.some((segment, i) => i > closingAt && segment.shape === 'item')
  let phase: 'head' | 'body' | 'signatures' | 'chrome' = 'head'
  let titled = false
  let contentSeen = false
  let expected: 'person' | 'organisation' | undefined
  const parts: Part[] = []
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const plain = plains[i]!
    const part = (): Part => {
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
        return { part: 'closing' }
      }
      if (phase === 'signatures') return signaturePart(segment, plain)
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
    const next = part()
    if (next.part !== 'block') contentSeen = true
    parts.push(next)
  }
  return parts

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
    return { part: 'signatory', signatory: readSignatory(plain, expected), umbrella: false }
  }
}
