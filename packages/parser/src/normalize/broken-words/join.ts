import type { Vocabulary } from './vocabulary.js'
import { isAscii } from './word-table.js'

export const startsLower = (word: string) => startsLowerAt(word, 0)

const LOWER = /\p{Ll}/uy

/** Whether a lowercase letter starts at `at` in `text`. */
export function startsLowerAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 128) return code >= 97 && code <= 122
  if (at >= text.length) return false
  LOWER.lastIndex = at
  return LOWER.test(text)
}

/** `startsLowerAt` for a scanner that reads the text's codes (`textCodes`). */
export function startsLowerCodeAt(codes: Uint16Array, text: string, at: number): boolean {
  const code = codes[at]!
  return code < 128 ? code >= 97 && code <= 122 : startsLowerAt(text, at)
}

/** Longer joins are not words broken by extraction but runs of text. */
export const MAX_WORD = 40

/**
 * Whether two letter runs separated by one space are one word that text extraction broke
 * ("int elligence", "a nd", "th e", "beha viours", "Fundaci ón"), or two words ("to a",
 * "is a", "a vast", "as to").
 *
 * - A capital starts a new word: the right part must begin in lower case.
 * - The joined form must be a word (bundled list, or whole elsewhere in the document), and the
 *   two parts must not both stand alone: "in to" stays apart although "into" is a word, and so
 *   do function words ("a", "to", "in", "is", "as", "the", "of", ...), which are all listed.
 * - A join that no list knows (names, other languages) is taken only for a short lowercase tail
 *   with a letter outside ASCII that occurs nowhere else alone, after a longer unknown head
 *   ("Fundaci ón"); short ASCII tails are too often words of another language ("français ga").
 */
export function isBrokenWord(left: string, right: string, vocabulary: Vocabulary): boolean {
  if (left.length + right.length > MAX_WORD || !startsLower(right)) return false
  return isBrokenPair(left, 0, left.length, right, 0, right.length, vocabulary.plausible(left), vocabulary.plausible(right), vocabulary)
}

/**
 * `isBrokenWord` for a caller that has already checked the length and the lowercase start and
 * knows whether each part can stand alone (the repair asks that once per word, not per pair).
 * The parts are ranges, `left[leftStart, leftEnd)` and `right[rightStart, rightEnd)`, so that
 * no string is built for a pair that is not joined.
 */
export function isBrokenPair(
  left: string,
  leftStart: number,
  leftEnd: number,
  right: string,
  rightStart: number,
  rightEnd: number,
  leftStands: boolean,
  rightStands: boolean,
  vocabulary: Vocabulary
): boolean {
  if (leftStands && rightStands) return false
  if (vocabulary.known(left, leftStart, leftEnd, right, rightStart, rightEnd)) return true
  return (
    !leftStands &&
    !rightStands &&
    rightEnd - rightStart <= 2 &&
    !isAscii(right, rightStart, rightEnd) &&
    leftEnd - leftStart >= 4 &&
    vocabulary.seen(right, rightStart, rightEnd) <= 1 &&
    vocabulary.seen(left, leftStart, leftEnd) <= 1
  )
}
