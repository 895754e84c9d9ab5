import { stem, stems } from './terms.js'

/** A lexicon entry compiled for matching: its stems in order. */
interface Compiled<T> {
  stems: string[]
  value: T
  phrase: string
}

/** A phrase found in a text. */
export interface PhraseHit<T> {
  value: T
  /** The lexicon phrase that matched. */
  phrase: string
  /** Index of the first matching word. */
  word: number
  /** How many words matched. */
  length: number
}

/**
 * Finds lexicon phrases in a text by their stems, so "biometric" finds "biometrics" and
 * "facial recognition system" finds "facial recognition systems". One pass over the words;
 * at each word only the phrases starting with its stem are tried.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>()

  constructor(entries: Iterable<{ phrase: string; value: T }>) {
    for (const { phrase, value } of entries) {
      const s = phrase.split(/\s+/).map(stem)
      const first = s[0]
      if (!first) continue
      const list = this.byFirst.get(first) ?? []
      list.push({ stems: s, value, phrase })
      // Longest phrase first, so "mass surveillance" is not shadowed by "mass".
      list.sort((a, b) => b.stems.length - a.stems.length)
      this.byFirst.set(first, list)
    }
  }

  /** Every non-overlapping hit, left to right, longest phrase first at each word. */
  find(text: string): PhraseHit<T>[] {
    const s = stems(text)
    const hits: PhraseHit<T>[] = []
    for (let i = 0; i < s.length; i++) {
      const candidates = this.byFirst.get(s[i] ?? '')
      if (!candidates) continue
      const hit = candidates.find((c) => c.stems.every((x, k) => s[i + k] === x))
      if (!hit) continue
      hits.push({ value: hit.value, phrase: hit.phrase, word: i, length: hit.stems.length })
      i += hit.stems.length - 1
    }
    return hits
  }
}
