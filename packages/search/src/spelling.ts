import type { Word } from './analyzer.js'

/** The index's vocabulary, for words no clause holds: a misspelling is looked up by its close terms. */
export interface Vocabulary {
  has(term: string): boolean
  closeTerms(term: string, distance: number): string[]
}

// lunr's fuzzy token sets grow with the word's length and edit distance: a word longer than
// any English word, or the fourth unknown word of a query, is not a misspelling to correct.
const longestCorrected = 20
const mostCorrected = 3

/**
 * A word no clause holds ("survelliance") is looked up by the index terms one edit away, or
 * two for a long word, when there are any: the edit distance to ask lunr for, or undefined
 * when the word is known, short (a short stem has too many neighbours: "surv" is one edit
 * from "sure"), a number, too long, or has no close term.
 */
export function spelling(
  word: Word,
  typed: string,
  vocabulary: Vocabulary,
  highlight: { stems: Set<string> },
  notes: string[],
  corrections: { tried: number }
): number | undefined {
  const { length } = word.stem
  if (word.stop || length < 5 || length > longestCorrected || /\d/u.test(word.stem) || vocabulary.has(word.stem)) return undefined
  if (++corrections.tried > mostCorrected) return undefined
  for (const distance of word.stem.length >= 8 ? [1, 2] : [1]) {
    const close = vocabulary.closeTerms(word.stem, distance)
    if (close.length === 0) continue
    for (const term of close) highlight.stems.add(term)
    const note = `no clause has the word "${typed}"; words spelt like it were searched instead`
    if (!notes.includes(note)) notes.push(note)
    return distance
  }
  return undefined
}
