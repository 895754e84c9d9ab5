import type { Edit } from '../../tree.js'
import { spacedPunctuationEdits } from '../spaced-punctuation.js'
import { isBrokenPair, isBrokenWord, MAX_WORD, startsLower, startsLowerAt } from './join.js'
import { isLetter, isLetterAt, type Vocabulary } from './vocabulary.js'

/** One repair of extraction damage, for the messages: the original span and how it reads. */
export interface Repair {
  rule: 'broken-word' | 'spaced-hyphen' | 'hyphenation' | 'lost-ligature'
  /** Original offsets of the repaired words ("int elligence"). */
  start: number
  end: number
  reading: string
}

const LONGEST = 40

/** A run of letters beside a space, and whether it can stand alone as a word, asked once per run. */
interface Word {
  start: number
  end: number
  word: string
  /** Set on first need; present from the start so that setting it does not reshape the object. */
  stands: boolean | undefined
}

const stands = (word: Word, vocabulary: Vocabulary) => (word.stands ??= vocabulary.plausible(word.word))

/**
 * Whether the code unit at `at` is a digit or "_", which make the letters beside it part of a
 * code ("A4", "P9_TA"), not a word. Read by code, as `text[at]` makes a string of any
 * character beyond Latin-1 (curly quotes are common after words); general punctuation holds
 * no digit.
 */
const isCodeMarkAt = (text: string, at: number) => {
  const code = text.charCodeAt(at)
  if (code < 128) return (code >= 48 && code <= 57) || code === 95
  return at < text.length && !(code >= 0x2000 && code <= 0x206f) && /[\p{N}_]/u.test(text[at]!)
}

/** The letters ending at `at`, or `undefined` when they run longer than a word or follow a letter-joining mark. */
function wordBefore(text: string, at: number, from: number): Word | undefined {
  let i = at
  while (i > from && at - i <= LONGEST && isLetterAt(text, i - 1)) i--
  if (i === at || at - i > LONGEST) return undefined
  const mark = text.charCodeAt(i - 1)
  if (i > from && (mark === 0x2019 || mark === 39 || isCodeMarkAt(text, i - 1))) return undefined
  return { start: i, end: at, word: text.slice(i, at), stands: undefined }
}

function wordAfter(text: string, at: number, to: number): Word | undefined {
  let i = at
  while (i < to && i - at <= LONGEST && isLetterAt(text, i)) i++
  if (i === at || i - at > LONGEST || (i < to && isCodeMarkAt(text, i))) return undefined
  return { start: at, end: i, word: text.slice(at, i), stands: undefined }
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
  /** The word a previous join ended with, so "non -discriminatio n" joins onto the repaired word. */
  let joined: Word | undefined
  /** The word after the previous space, which is the word before this one when a single space follows it. */
  let lastRight: Word | undefined
  for (let at = start; at < end; at++) {
    if (text.charCodeAt(at) === 45 && at > start) {
      const repair = lineBreakHyphen(text, at, start, end, vocabulary)
      if (repair) {
        own.push(repair.edit)
        repairs.push(repair.repair)
        at = repair.edit.end - 1
      }
      continue
    }
    if (text.charCodeAt(at) !== 32 || at === start) continue
    if (text.charCodeAt(at + 1) === 32 || text.charCodeAt(at - 1) === 32) continue
    if (text.charCodeAt(at + 1) === 45 && isLetter(text[at + 2] ?? ' ') && /[\p{L}\p{N})]/u.test(text[at - 1]!) && at + 2 < end) {
      own.push({ start: at, end: at + 1, insert: '', rule: 'spaced-hyphen' })
      const left = wordBefore(text, at, start)
      const right = wordAfter(text, at + 2, end)
      const from = left?.start ?? at
      const to = right?.end ?? at + 2
      repairs.push({ rule: 'spaced-hyphen', start: from, end: to, reading: text.slice(from, at) + text.slice(at + 1, to) })
      continue
    }
    // Most pairs end here: a word that does not start in lower case is neither the tail of a
    // broken word nor of a lost ligature. Not reading it saves a string and an object; when it
    // is the left of the next pair, `wordBefore` reads it then.
    if (!startsLowerAt(text, at + 1)) {
      lastRight = undefined
      continue
    }
    const right = wordAfter(text, at + 1, end)
    const previous = lastRight
    lastRight = right
    if (!right) continue
    const left = joined && joined.end === at ? joined : previous && previous.end === at ? previous : wordBefore(text, at, start)
    // A long pair is neither a broken word nor a lost ligature, and neither is a pair of words
    // that both stand alone.
    if (!left || left.word.length + right.word.length > MAX_WORD) continue
    const leftStands = stands(left, vocabulary)
    const rightStands = stands(right, vocabulary)
    if (leftStands && rightStands) continue
    if (!isBrokenPair(left.word, right.word, leftStands, rightStands, vocabulary) || belongsRight(text, right, end, vocabulary)) {
      const ligature = lostLigature(left.word, right.word, leftStands, rightStands, vocabulary)
      if (ligature === undefined) continue
      own.push({ start: at, end: at + 1, insert: ligature, rule: 'lost-ligature' })
      repairs.push({ rule: 'lost-ligature', start: left.start, end: right.end, reading: left.word + ligature + right.word })
      continue
    }
    own.push({ start: at, end: at + 1, insert: '', rule: 'broken-word' })
    const word = left.word + right.word
    const from = left.start
    repairs.push({ rule: 'broken-word', start: from, end: right.end, reading: word })
    joined = { start: from, end: right.end, word, stands: undefined }
  }
  return { edits: merge(own, spacedPunctuationEdits(text, start, end)), repairs }
}

const isBlank = (code: number) => code === 32 || code === 10 || code === 13

/**
 * A word hyphenated at a line break and left with the hyphen and the break ("govern- ment",
 * "intel-\nligence"): the hyphen at `at` and the white space after it go, when the joined word
 * is a word, the tail cannot stand alone, and the document never writes the compound with a
 * hyphen. "pre- and post-trial" and "well- being" stay as they are.
 */
function lineBreakHyphen(text: string, at: number, start: number, end: number, vocabulary: Vocabulary): { edit: Edit; repair: Repair } | undefined {
  if (!isLetter(text[at - 1]!) || !isBlank(text.charCodeAt(at + 1))) return undefined
  let after = at + 1
  let newlines = 0
  while (after < end && after - at <= 3 && isBlank(text.charCodeAt(after))) {
    if (text.charCodeAt(after) === 10) newlines++
    after++
  }
  if (after >= end || after - at > 3 || newlines > 1) return undefined
  const left = wordBefore(text, at, start)
  const right = wordAfter(text, after, end)
  if (!left || !right || !/^\p{Ll}/u.test(right.word) || vocabulary.plausible(right.word)) return undefined
  const word = left.word + right.word
  if (!vocabulary.known(word) || vocabulary.seen(`${left.word}-${right.word}`) > 0) return undefined
  return {
    edit: { start: at, end: after, insert: '', rule: 'hyphenation' },
    repair: { rule: 'hyphenation', start: left.start, end: right.end, reading: word }
  }
}

/** The letters that PDF ligatures stand for, which some extractors drop: "signi cant", "o cial", "con ict". */
const LIGATURES = ['fi', 'fl', 'ff', 'ffi', 'ffl']

/**
 * The ligature lost between two fragments ("speci c" -> "fi"), when putting it back makes a
 * word and at least one part cannot stand alone.
 */
function lostLigature(left: string, right: string, leftStands: boolean, rightStands: boolean, vocabulary: Vocabulary): string | undefined {
  if (left.length + right.length > 36 || !startsLower(right)) return undefined
  if ((leftStands && rightStands) || !vocabulary.ligatureMayFollow(left)) return undefined
  return LIGATURES.find((letters) => vocabulary.known(left + letters + right))
}

/**
 * A fragment between two words goes with the one that is a fragment too: in "biometric s
 * ystems" the "s" belongs to "ystems", not to "biometric", although "biometrics" is a word.
 */
function belongsRight(text: string, right: Word, end: number, vocabulary: Vocabulary): boolean {
  if (stands(right, vocabulary) || text.charCodeAt(right.end) !== 32) return false
  const next = wordAfter(text, right.end + 1, end)
  return next !== undefined && !vocabulary.plausible(next.word) && isBrokenWord(right.word, next.word, vocabulary)
}

/** Both lists are sorted edits of runs of white space; where both edit the same run, ours wins. */
function merge(own: Edit[], other: Edit[]): Edit[] {
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
