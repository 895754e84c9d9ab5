import type { Location } from '../../location.js'
import type { Message } from '../../tree.js'
import { findCandidates } from './candidates.js'
import type { Span } from './nodes.js'

/**
 * Where the citations, recitals and operative paragraphs of an EP resolution begin. The page
 * prints them in one run of text: "– having regard to ... , A . whereas ... ; 1 . Calls ...".
 * The main signal is the number or letter expected next: a paragraph starts at "N ." only when
 * N follows the previous paragraph's number, so "Article 16" or "21st century" never start one.
 */

export interface ClauseStart {
  kind: 'citation' | 'recital' | 'paragraph'
  /** `cit_1`, `rec_A`, `para_1`. */
  id: string
  /** Where the clause begins (its dash, letter or number). */
  start: number
  /** The end of its printed label ("A ." or "1 ." or "–"), where its words begin. */
  labelEnd: number
  num?: string
  /** A heading printed just before the clause ("Facial recognition 25 . Notes ..."). */
  heading?: Span
}

/** Words after which a number is a reference, never a paragraph number ("Article 16 .", "p. 37 ."). */
const NOT_BEFORE_NUMBER = new Set([
  'p', 'pp', 'no', 'nos', 'art', 'article', 'articles', 'paragraph', 'paragraphs', 'point', 'points', 'rule', 'rules',
  'annex', 'chapter', 'section', 'title', 'part', 'page', 'recital', 'recitals', 'of', 'and', 'to', 'in', 'under', 'or',
  'with', 'by', 'than', 'on', 'at', 'the', 'from', 'since', 'until'
])

const TERMINATORS = new Set([',', ';', ':', '.'])
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160
const isLetter = (char: string | undefined) => char !== undefined && /^\p{L}$/u.test(char)
const isAlnum = (char: string | undefined) => char !== undefined && /^[\p{L}\p{N}]$/u.test(char)

/** The recital label for a 1-based index: A..Z, then AA, AB, ... as the Parliament prints them. */
export function recitalLabel(index: number): string {
  let label = ''
  let n = index
  while (n > 0) {
    const digit = (n - 1) % 26
    label = String.fromCharCode(65 + digit) + label
    n = Math.floor((n - 1) / 26)
  }
  return label
}

/** The offset of the last non-space character before `at`, or -1 when there is none after `from`. */
function previousChar(text: string, at: number, from: number): number {
  let i = at - 1
  while (i >= from && isSpace(text.charCodeAt(i))) i--
  return i >= from ? i : -1
}

/** The word of letters ending at `end` (inclusive), lower-cased; bounded look-back. */
function wordEndingAt(text: string, end: number): string {
  let i = end
  while (i >= 0 && end - i < 16 && isLetter(text[i])) i--
  return text.slice(i + 1, end + 1).toLowerCase()
}

const HEADING_MAX = 160

/**
 * Whether a paragraph number at `at` stands at a clause boundary, and the heading printed
 * before it if any. `undefined` when the number belongs to the sentence ("Article 16 .").
 */
function paragraphBoundary(text: string, at: number, from: number): { heading?: Span } | undefined {
  const p = previousChar(text, at, from)
  if (p < 0) return {}
  const char = text[p]!
  const word = wordEndingAt(text, char === '.' ? p - 1 : p)
  if (NOT_BEFORE_NUMBER.has(word)) return undefined
  if (!isAlnum(char)) return {}
  const line = headingLine(text, at, p, from)
  if (line) return line.heading ? { heading: line.heading } : {}
  // Words since the last punctuation: a heading when short and capitalised.
  let i = p
  while (i >= from && p - i < HEADING_MAX && !TERMINATORS.has(text[i]!)) i--
  if (i >= from && !TERMINATORS.has(text[i]!)) return {}
  let start = i + 1
  while (start < p && isSpace(text.charCodeAt(start))) start++
  if (!/^\p{Lu}$/u.test(text[start] ?? '')) return {}
  return { heading: { start, end: p + 1 } }
}

/**
 * In a page laid out one block per line, the heading is the line before the number when the
 * line before it ends a clause ("... Commission.\n\nResearch, innovation\n\n12. Calls"); it may
 * hold commas. `undefined` when the number does not start a line within reach.
 */
function headingLine(text: string, at: number, p: number, from: number): { heading?: Span } | undefined {
  let newline = at - 1
  while (newline > p && text.charCodeAt(newline) !== 10) newline--
  if (newline === p) return undefined
  let i = p
  while (i >= from && p - i < HEADING_MAX && text.charCodeAt(i) !== 10) i--
  if (i < from || p - i >= HEADING_MAX) return undefined
  const before = previousChar(text, i, from)
  if (before >= 0 && !TERMINATORS.has(text[before]!)) return {}
  let start = i + 1
  while (start < p && isSpace(text.charCodeAt(start))) start++
  return /^\p{Lu}$/u.test(text[start] ?? '') ? { heading: { start, end: p + 1 } } : {}
}

function message(location: Location, reason: string, ruleId: string, start: number, end: number): Message {
  return { reason, ruleId, source: 'whereas', severity: 'warning', position: location.position(start, end) }
}

/** The clause starts in `text[from, to)`, in order. */
export function findClauseStarts(
  text: string,
  from: number,
  to: number,
  location: Location,
  messages: Message[],
  /** Prepended to the ids of a later text on the same page (`part_2__`). */
  idPrefix = ''
): ClauseStart[] {
  const starts: ClauseStart[] = []
  let stage: 'start' | 'citations' | 'recitals' | 'paragraphs' = 'start'
  let citations = 0
  let recitals = 0
  let paragraphs = 0
  // Searching a copy of the region keeps each search inside it, so the page is read once.
  for (const candidate of findCandidates(text.slice(from, to))) {
    const at = from + candidate.start
    const labelEnd = from + candidate.end
    if (candidate.kind === 'citation') {
      if (stage !== 'start' && stage !== 'citations') continue
      const p = previousChar(text, at, from)
      if (p >= 0 && !TERMINATORS.has(text[p]!) && !text.startsWith('having', labelEnd)) continue
      citations++
      starts.push({ kind: 'citation', id: `${idPrefix}cit_${citations}`, start: at, labelEnd })
      stage = 'citations'
    } else if (candidate.kind === 'recital') {
      if (stage === 'paragraphs') continue
      const label = candidate.label!
      const p = previousChar(text, at, from)
      if (p >= 0 && isAlnum(text[p])) continue
      let expected = recitalLabel(recitals + 1)
      if (label !== expected && stage === 'recitals' && label === recitalLabel(recitals + 2) && text[p] === ';') {
        messages.push(message(location, `Recital ${expected} is missing: ${label} follows ${recitalLabel(recitals)}.`, 'ep:numbering-gap', at, labelEnd))
        recitals++
        expected = label
      }
      if (label !== expected) continue
      recitals++
      starts.push({ kind: 'recital', id: `${idPrefix}rec_${label}`, start: at, labelEnd, num: label })
      stage = 'recitals'
    } else {
      const n = Number(candidate.label)
      const afterClause = ';.'.includes(text[previousChar(text, at, from)] ?? ',')
      // One missing number is bridged, but only right after the end of a clause.
      const skipped = n === paragraphs + 2 && stage === 'paragraphs' && afterClause
      if (n !== paragraphs + 1 && !skipped) continue
      const boundary = paragraphBoundary(text, at, from)
      if (!boundary) continue
      if (skipped) messages.push(message(location, `Paragraph ${paragraphs + 1} is missing: ${n} follows ${paragraphs}.`, 'ep:numbering-gap', at, labelEnd))
      paragraphs = n
      starts.push({ kind: 'paragraph', id: `${idPrefix}para_${n}`, start: at, labelEnd, num: String(n), ...boundary })
      stage = 'paragraphs'
    }
  }
  return starts
}
