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
 * The UTF-16 codes of `text` and a 0 after them, for a scan that reads every character: reading
 * a typed array costs a fraction of `charCodeAt` (which checks the string's kind at each call),
 * enough to pay for the copy in the first pass over the text. The 0 is neither a letter nor
 * white space, so a scan may read one code past the end.
 */
export function textCodes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length + 1)
  for (let at = 0; at < text.length; at++) codes[at] = text.charCodeAt(at)
  return codes
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
  /**
   * Per offset of the text, the entry in `counts` (plus one) of the plain word that starts
   * there, 0 where none does: a question about a word of the document is one read, where a
   * list of the words' offsets needed a search (four bytes a character against about one).
   */
  private readonly plainAt: Int32Array
  /** The text's UTF-16 codes, then a 0 (see `textCodes`). */
  readonly codes: Uint16Array

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
    this.plainAt = new Int32Array(text.length)
    const codes = textCodes(text)
    this.codes = codes
    const n = text.length
    let at = 0
    while (at < n) {
      let code = codes[at]!
      if (!isAsciiLetter(code) && (code < 128 || letterAt(text, at) === 0)) {
        at++
        continue
      }
      const start = at
      // Most runs are ASCII words without a hyphen: hashed as they are read, one code read a letter.
      let hash = HASH_SEED
      while (isAsciiLetter(code)) {
        hash = hashCode(hash, code)
        code = codes[++at]!
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
    const entry = this.plainEntry(start)
    return entry >= 0 && this.counts.lengthOf(entry) === end - start ? entry : -1
  }

  /** Where the plain word of the document that starts at `start` ends, or -1 when none starts there. */
  endAt(start: number): number {
    const entry = this.plainEntry(start)
    return entry < 0 ? -1 : start + this.counts.lengthOf(entry)
  }

  private plainEntry(start: number): number {
    return start >= 0 && start < this.plainAt.length ? this.plainAt[start]! - 1 : -1
  }

  private addPlain(hash: number, start: number, end: number): void {
    const before = this.counts.size
    const entry = this.counts.addCodes(hash, this.codes, start, end)
    if (this.counts.size > before) addLigatureHeads(this.text, start, end, this.ligatureHeads)
    this.plainAt[start] = entry + 1
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
