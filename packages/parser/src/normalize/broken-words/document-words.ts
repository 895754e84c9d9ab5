import { isAsciiLetter, letterAt, lettersEnd } from './letters.js'
import { HASH_SEED, hashCode, isAscii, WordTable } from './word-table.js'

/** Longer runs of letters are not words (a repair never asks about them). */
const MAX_COUNTED = 40

/** The letters a PDF ligature starts with, followed by the one after "f": "fi", "fl", "ff". */
const isLigatureTail = (code: number) => code === 105 || code === 108 || code === 102

/** Add to `heads` every start of the word `source[start, end)` up to an "f" that begins a ligature. */
export function addLigatureHeads(source: string, start: number, end: number, heads: WordTable): void {
  for (let at = start; at < end - 1; at++) {
    if ((source.charCodeAt(at) | 32) === 102 && isLigatureTail(source.charCodeAt(at + 1) | 32)) heads.add(source, start, at + 1)
  }
}

/**
 * The words of one document, lowercased and counted: evidence for a join that makes a word the
 * document writes whole elsewhere ("intelligence" beside "int elligence").
 *
 * It also keeps where each plain word (ASCII letters, no hyphen) occurs and which entry it is,
 * so that a question about a word of the document itself (the repair asks one about nearly every
 * word) finds its entry by offset, and an answer about the entry is given once per distinct word.
 */
export class DocumentWords {
  /** How often each word occurs whole. Hyphenated compounds count whole ("well-being") and by part. */
  readonly counts: WordTable
  /** Every start of a counted word up to an "f" that begins a ligature ("signif" of "significant"). */
  readonly ligatureHeads = new WordTable()
  /** Offsets of the plain words, ascending, and each one's entry in `counts`. */
  private starts: Int32Array
  private entries: Int32Array
  private occurrences = 0
  /** Where the last `entryAt` stopped: questions come mostly in the order of the text. */
  private cursor = 0

  /**
   * Count every run of letters of `text`, lowercased, in one pass. An ASCII run is counted
   * where it is written, hashed as it is read; only a run with other letters is copied to be
   * lowercased. Compounds count whole and by part, so a repair can tell a compound the document
   * writes with a hyphen from a word a line break hyphenated.
   */
  constructor(private readonly text: string) {
    // The EDRi letter has a distinct word in 18 characters, the EP resolution one in 32: sized so
    // that a letter's table need not grow on the way, and a long text's grows a few times.
    this.counts = new WordTable(Math.min(text.length >> 4, 1 << 14))
    // About a word in six characters of English text.
    const expected = Math.ceil(text.length / 6) + 16
    this.starts = new Int32Array(expected)
    this.entries = new Int32Array(expected)
    const n = text.length
    let at = 0
    while (at < n) {
      let code = text.charCodeAt(at)
      if (!isAsciiLetter(code) && (code < 128 || letterAt(text, at) === 0)) {
        at++
        continue
      }
      const start = at
      // Most runs are ASCII words without a hyphen: hashed as they are read, one code read a letter.
      let hash = HASH_SEED
      while (isAsciiLetter(code)) {
        hash = hashCode(hash, code)
        code = text.charCodeAt(++at)
      }
      const plain = at > start && (at >= n || (code < 128 ? code !== 45 || letterAt(text, at + 1) === 0 : letterAt(text, at) === 0))
      if (plain) {
        if (at - start <= MAX_COUNTED) this.addPlain(hash, start, at)
        continue
      }
      at = lettersEnd(text, at)
      let compound = false
      while (text.charCodeAt(at) === 45 && letterAt(text, at + 1) > 0) {
        compound = true
        at = lettersEnd(text, at + 1)
      }
      if (isAscii(text, start, at)) {
        this.addWord(text, start, at, compound)
      } else {
        const lower = text.slice(start, at).toLowerCase()
        this.addWord(lower, 0, lower.length, lower.includes('-'))
      }
    }
  }

  /**
   * The entry of the plain word that occurs at `text[start, end)` of the document, or -1 when
   * no plain word of the document starts there with that length (ask `counts` then).
   */
  entryAt(start: number, end: number): number {
    const i = this.indexAt(start)
    if (i >= this.occurrences || this.starts[i] !== start) return -1
    const entry = this.entries[i]!
    return this.counts.lengthOf(entry) === end - start ? entry : -1
  }

  /** Where the plain word of the document that starts at `start` ends, or -1 when none starts there. */
  endAt(start: number): number {
    const i = this.indexAt(start)
    if (i >= this.occurrences || this.starts[i] !== start) return -1
    return start + this.counts.lengthOf(this.entries[i]!)
  }

  /** The last occurrence that starts at or before `start`, found from where the last question stopped. */
  private indexAt(start: number): number {
    const starts = this.starts
    let i = this.cursor
    if (i < this.occurrences && starts[i]! <= start) {
      // A few steps forward, the usual case; a binary search past them.
      for (let step = 0; step < 8 && i + 1 < this.occurrences && starts[i + 1]! <= start; step++) i++
      if (i + 1 < this.occurrences && starts[i + 1]! <= start) i = this.search(start, i + 1, this.occurrences)
    } else if (i > 0 && i <= this.occurrences && starts[i - 1]! <= start) {
      // One step back: the word before the one asked about last, as a pair's left word is.
      i--
    } else {
      i = this.search(start, 0, Math.min(i, this.occurrences))
    }
    this.cursor = i
    return i
  }

  /** The last index in `[from, to)` whose word starts at or before `start` (`from` when none does). */
  private search(start: number, from: number, to: number): number {
    let lo = from
    let hi = to - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= start) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  private addPlain(hash: number, start: number, end: number): void {
    const before = this.counts.size
    const entry = this.counts.addHashed(hash, this.text, start, end)
    if (this.counts.size > before) addLigatureHeads(this.text, start, end, this.ligatureHeads)
    if (this.occurrences === this.starts.length) {
      this.starts = wider(this.starts)
      this.entries = wider(this.entries)
    }
    this.starts[this.occurrences] = start
    this.entries[this.occurrences++] = entry
  }

  /** Count a word (lowercase, or ASCII) whole, and a compound by part too. */
  private addWord(source: string, start: number, end: number, compound: boolean): void {
    this.addOne(source, start, end)
    if (!compound) return
    for (let from = start; from <= end; ) {
      let to = from
      while (to < end && source.charCodeAt(to) !== 45) to++
      this.addOne(source, from, to)
      from = to + 1
    }
  }

  private addOne(source: string, start: number, end: number): void {
    if (end - start > MAX_COUNTED) return
    const before = this.counts.size
    this.counts.add(source, start, end)
    if (this.counts.size > before) addLigatureHeads(source, start, end, this.ligatureHeads)
  }
}

function wider(from: Int32Array): Int32Array {
  const to = new Int32Array(from.length * 2)
  to.set(from)
  return to
}
