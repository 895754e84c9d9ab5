import type { Span } from './nodes.js'

/**
 * Footnotes of an EP page: the list at the end ("( 1 ) OJ L 119 , 4.5.2016 , p. 1 . ( 2 ) ..."),
 * and the markers in the text that point to them ("Prüm Decision ( 8 ) ,").
 */

export interface Footnote extends Span {
  label: string
  /** Where the note's words begin, after its "( 1 )". */
  labelEnd: number
}

/**
 * The footnote list in `text[from, to)`: it opens with the last "( 1 )" that follows a full
 * stop, and note k+1 starts at the first "( k+1 )" after a full stop that follows note k.
 */
export function findFootnotes(text: string, from: number, to: number): Footnote[] {
  const region = text.slice(from, to)
  let first: RegExpExecArray | undefined
  for (const match of region.matchAll(/[.;]\s*(\(\s?1\s?\))\s*(?=\S)/g)) first = match
  if (!first) return []
  const notes: Footnote[] = []
  let start = from + first.index + first[0].indexOf('(')
  let labelEnd = from + first.index + first[0].length
  for (let k = 2; ; k++) {
    // A note ends with a full stop, or at the end of its line in a page laid out by lines.
    const next = new RegExp(`(?:\\.|\\n)\\s*(\\(\\s?${k}\\s?\\))\\s*`, 'g')
    next.lastIndex = labelEnd - from
    const match = next.exec(region)
    const end = match ? from + match.index + 1 : to
    notes.push({ label: String(k - 1), start, end, labelEnd })
    if (!match) break
    start = from + match.index + match[0].indexOf('(')
    labelEnd = from + match.index + match[0].length
  }
  return notes
}

export interface Marker extends Span {
  label: string
}

/** Words after which a bracketed number is part of a provision ("Article 9 ( 2 )"), not a marker. */
const PROVISION_WORDS = /(?:^|[^\p{L}])(?:article|articles|paragraph|paragraphs|point|points|subparagraph|annex|no|rule)\s*$/iu

/**
 * The footnote markers in `text[from, to)`: a bracketed number that is the label of an
 * existing footnote, and not part of a provision or identifier ("9 ( 2 )", "COM ( 2019 )").
 */
export function findMarkers(text: string, from: number, to: number, labels: ReadonlySet<string>): Marker[] {
  if (labels.size === 0) return []
  const markers: Marker[] = []
  // Searching a copy of the clause keeps each search inside it, so the whole page is read once.
  const clause = text.slice(from, to)
  for (let open = clause.indexOf('('); open >= 0; open = clause.indexOf('(', open + 1)) {
    const start = from + open
    const number = bracketedNumber(text, start, to)
    if (number === undefined || !labels.has(number.label)) continue
    let p = start - 1
    while (p >= from && text.charCodeAt(p) === 32) p--
    const before = text[p]
    // After punctuation it is a numbered point ("Whereas : ( 1 ) The"); after a number, a
    // provision ("Article 9 ( 2 )") unless the number is a year or an act's number ("2016/679 ( 1 )").
    if (p >= from && before !== undefined && /[(/_.,;:-]/u.test(before)) continue
    if (p >= from && /\p{N}/u.test(before ?? '') && !isYearOrActNumber(text, p, from)) continue
    if (PROVISION_WORDS.test(text.slice(Math.max(from, p - 15), p + 1))) continue
    markers.push({ label: number.label, start, end: number.end })
  }
  return markers
}

const WHITE_SPACE = /\s/y
const isDigitCode = (code: number) => code >= 48 && code <= 57

/**
 * The bracketed number that opens at `open` ("( 1 )", "(12)") and closes before `to`, as the
 * regex `\(\s?(\d{1,3})\s?\)` reads it: told from the characters after the "(", which the
 * page has few of, rather than by a regex run over every character of every clause.
 */
function bracketedNumber(text: string, open: number, to: number): { label: string; end: number } | undefined {
  let at = open + 1
  WHITE_SPACE.lastIndex = at
  if (at < to && WHITE_SPACE.test(text)) at++
  const digits = at
  while (at < to && at - digits < 3 && isDigitCode(text.charCodeAt(at))) at++
  const digitsEnd = at
  if (digitsEnd === digits) return undefined
  WHITE_SPACE.lastIndex = at
  if (at < to && WHITE_SPACE.test(text)) at++
  return at < to && text.charCodeAt(at) === 41 ? { label: text.slice(digits, digitsEnd), end: at + 1 } : undefined
}

/** Whether the number ending at `end` (inclusive) is a year ("2021") or an act's number ("2016/679"). */
function isYearOrActNumber(text: string, end: number, from: number): boolean {
  let i = end
  while (i >= from && end - i < 20 && /[\p{N}/]/u.test(text[i]!)) i--
  const token = text.slice(i + 1, end + 1)
  return /^(?:19|20)\d\d$/.test(token) || /^\d+\/\d+/.test(token)
}
