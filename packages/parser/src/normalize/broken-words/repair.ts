import type { Edit } from '../../tree.js'
import { isSpace, SpacedPunctuation } from '../spaced-punctuation.js'
import { isBrokenPair, MAX_WORD, startsLowerAt, startsLowerCodeAt } from './join.js'
import { isLetter, isLetterCodeAt } from './letters.js'
import type { Vocabulary } from './vocabulary.js'

/** One repair of extraction damage, for the messages: the original span and how it reads. */
export interface Repair {
  rule: 'broken-word' | 'spaced-hyphen' | 'hyphenation' | 'lost-ligature'
  /** Original offsets of the repaired words ("int elligence"). */
  start: number
  end: number
  reading: string
}

const LONGEST = 40

/**
 * Whether the code unit at `at` is a digit or "_", which make the letters beside it part of a
 * code ("A4", "P9_TA"), not a word. Read by code, as `text[at]` makes a string of any
 * character beyond Latin-1 (curly quotes are common after words); general punctuation holds
 * no digit.
 */
const isCodeMarkAt = (codes: Uint16Array, text: string, at: number) => {
  const code = codes[at]!
  if (code < 128) return (code >= 48 && code <= 57) || code === 95
  return at < text.length && !(code >= 0x2000 && code <= 0x206f) && /[\p{N}_]/u.test(text[at]!)
}

/** Where the letters ending at `at` start, or -1 when they run longer than a word or follow a letter-joining mark. */
function wordStart(text: string, codes: Uint16Array, at: number, from: number): number {
  let i = at
  while (i > from && at - i <= LONGEST && isLetterCodeAt(codes, text, i - 1)) i--
  if (i === at || at - i > LONGEST) return -1
  if (i === from) return i
  const mark = codes[i - 1]
  if (mark === 0x2019 || mark === 39 || isCodeMarkAt(codes, text, i - 1)) return -1
  return i
}

/** Where the letters starting at `at` end, or -1 when there are none, they run longer than a word, or a code goes on. */
function wordEnd(text: string, codes: Uint16Array, at: number, to: number): number {
  let i = at
  while (i < to && i - at <= LONGEST && isLetterCodeAt(codes, text, i)) i++
  if (i === at || i - at > LONGEST || (i < to && isCodeMarkAt(codes, text, i))) return -1
  return i
}

/**
 * `wordEnd` for a word of the text the vocabulary counted: where a plain word of the document
 * starts, the vocabulary knows where its letters end, and only the mark after them is read.
 */
function documentWordEnd(text: string, codes: Uint16Array, at: number, to: number, vocabulary: Vocabulary): number {
  const known = vocabulary.plainWordEnd(text, at)
  if (known < 0 || known > to) return wordEnd(text, codes, at, to)
  return known < to && isCodeMarkAt(codes, text, known) ? -1 : known
}

/**
 * The edits that repair PDF-extraction damage in `text[start, end)`, over original offsets:
 * words broken by a space ("int elligence" -> "intelligence", rule `broken-word`), hyphens
 * with a space before them ("non -discrimination", rule `spaced-hyphen`), and, from the
 * spaced-punctuation repair, spaces before punctuation and runs of white space. One pass over
 * the runs of white space; each decision looks at the two words around one run.
 */
export function extractionEdits(text: string, start: number, end: number, vocabulary: Vocabulary): { edits: Edit[]; repairs: Repair[] } {
  const repairs: Repair[] = []
  const own: Edit[] = []
  // Words are ranges of `text`, and whether one can stand alone is asked once: the word after
  // one space is the word before the next. A join is a string, as its letters are not one range.
  /** The word a previous join ended with, so "non -discriminatio n" joins onto the repaired word. */
  let joined = ''
  let joinedStart = -1
  let joinedEnd = -1
  /** The word after the previous space. */
  let lastStart = -1
  let lastEnd = -1
  let lastStands: boolean | undefined
  // The spaced-punctuation repair is handed each run of white space this scan meets, rather
  // than scanning the range again: the scan skips only letters, and the white space a
  // hyphenation repair takes, which is handed over first.
  const punctuation = new SpacedPunctuation(text, start, end)
  /** Where the last run handed over ends. */
  let decided = start
  const codes = vocabulary.codesOf(text)
  for (let at = start; at < end; at++) {
    const code = codes[at]!
    // Letters and most marks: neither white space nor a hyphen.
    if (code > 45 && code < 160) continue
    if (at >= decided && isSpace(code)) decided = punctuation.run(at)
    if (code !== 32 && code !== 45) continue
    if (code === 45 && at > start) {
      const repair = lineBreakHyphen(text, codes, at, start, end, vocabulary)
      if (repair) {
        own.push(repair.edit)
        repairs.push(repair.repair)
        decided = punctuation.run(at + 1)
        at = repair.edit.end - 1
      }
      continue
    }
    if (code !== 32 || at === start) continue
    if (codes[at + 1] === 32 || codes[at - 1] === 32) continue
    if (codes[at + 1] === 45 && isLetter(text[at + 2] ?? ' ') && /[\p{L}\p{N})]/u.test(text[at - 1]!) && at + 2 < end) {
      own.push({ start: at, end: at + 1, insert: '', rule: 'spaced-hyphen' })
      const leftStart = wordStart(text, codes, at, start)
      const rightEnd = wordEnd(text, codes, at + 2, end)
      const from = leftStart < 0 ? at : leftStart
      const to = rightEnd < 0 ? at + 2 : rightEnd
      repairs.push({ rule: 'spaced-hyphen', start: from, end: to, reading: text.slice(from, at) + text.slice(at + 1, to) })
      continue
    }
    // Most pairs end here: a word that does not start in lower case is neither the tail of a
    // broken word nor of a lost ligature. When it is the left of the next pair, it is read then.
    if (!startsLowerCodeAt(codes, text, at + 1)) {
      lastEnd = -1
      continue
    }
    const rightStart = at + 1
    const rightEnd = documentWordEnd(text, codes, rightStart, end, vocabulary)
    const previousStart = lastStart
    const previousEnd = lastEnd
    const previousStands = lastStands
    lastStart = rightStart
    lastEnd = rightEnd
    lastStands = undefined
    if (rightEnd < 0) continue
    // The loop goes on after the right word: its letters hold no space or hyphen.
    const space = at
    at = rightEnd - 1
    let left = text
    let leftStart: number
    let leftEnd = space
    let leftStands: boolean | undefined
    /** Where the left word starts in `text` (for a join, where the joined word does). */
    let origin: number
    if (joinedEnd === space) {
      left = joined
      leftStart = 0
      leftEnd = joined.length
      origin = joinedStart
    } else if (previousEnd === space) {
      leftStart = previousStart
      leftStands = previousStands
      origin = previousStart
    } else {
      leftStart = wordStart(text, codes, space, start)
      origin = leftStart
      if (leftStart < 0) continue
    }
    // A long pair is neither a broken word nor a lost ligature, and neither is a pair of words
    // that both stand alone.
    if (leftEnd - leftStart + (rightEnd - rightStart) > MAX_WORD) continue
    leftStands ??= vocabulary.plausible(left, leftStart, leftEnd)
    const rightStands = vocabulary.plausible(text, rightStart, rightEnd)
    lastStands = rightStands
    if (leftStands && rightStands) continue
    if (
      !isBrokenPair(left, leftStart, leftEnd, text, rightStart, rightEnd, leftStands, rightStands, vocabulary) ||
      belongsRight(text, codes, rightStart, rightEnd, rightStands, end, vocabulary)
    ) {
      const ligature = lostLigature(left, leftStart, leftEnd, text, rightStart, rightEnd, leftStands, rightStands, vocabulary)
      if (ligature === undefined) continue
      own.push({ start: space, end: space + 1, insert: ligature, rule: 'lost-ligature' })
      repairs.push({ rule: 'lost-ligature', start: origin, end: rightEnd, reading: left.slice(leftStart, leftEnd) + ligature + text.slice(rightStart, rightEnd) })
      continue
    }
    own.push({ start: space, end: space + 1, insert: '', rule: 'broken-word' })
    joined = left.slice(leftStart, leftEnd) + text.slice(rightStart, rightEnd)
    joinedStart = origin
    joinedEnd = rightEnd
    repairs.push({ rule: 'broken-word', start: origin, end: rightEnd, reading: joined })
  }
  return { edits: merge(own, punctuation.edits), repairs }
}

const isBlank = (code: number) => code === 32 || code === 10 || code === 13

/**
 * A word hyphenated at a line break and left with the hyphen and the break ("govern- ment",
 * "intel-\nligence"): the hyphen at `at` and the white space after it go, when the joined word
 * is a word, the tail cannot stand alone, and the document never writes the compound with a
 * hyphen. "pre- and post-trial" and "well- being" stay as they are.
 */
function lineBreakHyphen(
  text: string,
  codes: Uint16Array,
  at: number,
  start: number,
  end: number,
  vocabulary: Vocabulary
): { edit: Edit; repair: Repair } | undefined {
  if (!isLetter(text[at - 1]!) || !isBlank(text.charCodeAt(at + 1))) return undefined
  let after = at + 1
  let newlines = 0
  while (after < end && after - at <= 3 && isBlank(text.charCodeAt(after))) {
    if (text.charCodeAt(after) === 10) newlines++
    after++
  }
  if (after >= end || after - at > 3 || newlines > 1) return undefined
  const leftStart = wordStart(text, codes, at, start)
  const rightEnd = wordEnd(text, codes, after, end)
  if (leftStart < 0 || rightEnd < 0 || !startsLowerAt(text, after) || vocabulary.plausible(text, after, rightEnd)) return undefined
  if (!vocabulary.known(text, leftStart, at, text, after, rightEnd)) return undefined
  const left = text.slice(leftStart, at)
  const right = text.slice(after, rightEnd)
  if (vocabulary.seen(`${left}-${right}`) > 0) return undefined
  return {
    edit: { start: at, end: after, insert: '', rule: 'hyphenation' },
    repair: { rule: 'hyphenation', start: leftStart, end: rightEnd, reading: left + right }
  }
}

/** The letters that PDF ligatures stand for, which some extractors drop: "signi cant", "o cial", "con ict". */
const LIGATURES = ['fi', 'fl', 'ff', 'ffi', 'ffl']

/**
 * The ligature lost between two fragments ("speci c" -> "fi"), when putting it back makes a
 * word and at least one part cannot stand alone.
 */
function lostLigature(
  left: string,
  leftStart: number,
  leftEnd: number,
  text: string,
  rightStart: number,
  rightEnd: number,
  leftStands: boolean,
  rightStands: boolean,
  vocabulary: Vocabulary
): string | undefined {
  if (leftEnd - leftStart + (rightEnd - rightStart) > 36 || !startsLowerAt(text, rightStart)) return undefined
  if ((leftStands && rightStands) || !vocabulary.ligatureMayFollow(left, leftStart, leftEnd)) return undefined
  for (const letters of LIGATURES) if (vocabulary.knownThrough(left, leftStart, leftEnd, letters, text, rightStart, rightEnd)) return letters
  return undefined
}

/**
 * A fragment between two words goes with the one that is a fragment too: in "biometric s
 * ystems" the "s" belongs to "ystems", not to "biometric", although "biometrics" is a word.
 */
function belongsRight(
  text: string,
  codes: Uint16Array,
  rightStart: number,
  rightEnd: number,
  rightStands: boolean,
  end: number,
  vocabulary: Vocabulary
): boolean {
  if (rightStands || text.charCodeAt(rightEnd) !== 32) return false
  const nextStart = rightEnd + 1
  const nextEnd = wordEnd(text, codes, nextStart, end)
  if (nextEnd < 0 || vocabulary.plausible(text, nextStart, nextEnd)) return false
  // `isBrokenWord` of the fragment and the word after it, on ranges.
  if (nextEnd - rightStart - 1 > MAX_WORD || !startsLowerAt(text, nextStart)) return false
  return isBrokenPair(text, rightStart, rightEnd, text, nextStart, nextEnd, false, false, vocabulary)
}

/** Both lists are sorted edits of runs of white space; where both edit the same run, ours wins. */
function merge(own: Edit[], other: Edit[]): Edit[] {
  // Most ranges have edits of one kind or none: either list is the answer as it is.
  if (own.length === 0) return other
  if (other.length === 0) return own
  const out: Edit[] = []
  let i = 0
  let j = 0
  while (i < own.length || j < other.length) {
    const a = own[i]
    const b = other[j]
    if (b === undefined || (a !== undefined && a.start <= b.start)) {
      out.push(a!)
      i++
      while (other[j] !== undefined && other[j]!.start < a!.end) j++
    } else {
      if (a === undefined || b.end <= a.start) out.push(b)
      j++
    }
  }
  return out
}
