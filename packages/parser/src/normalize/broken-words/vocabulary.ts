import { addLigatureHeads, DocumentWords, textCodes } from './document-words.js'
import list from './english-words.json' with { type: 'json' }
import { HASH_SEED, hashCode, hashRange, hashWord, isAscii, WordTable } from './word-table.js'

let common: WordTable | undefined
let commonHeads: WordTable | undefined

/** The words of the bundled list, as ranges of the one string that holds them. */
function eachListedWord(visit: (start: number, end: number) => void): void {
  const words = list.words
  for (let start = 0; start < words.length; ) {
    let end = words.indexOf(' ', start)
    if (end < 0) end = words.length
    if (end > start) visit(start, end)
    start = end + 1
  }
}

/** The bundled common English words (lowercase ASCII, two letters or more), built on first use. */
function commonWords(): WordTable {
  if (!common) {
    const table = new WordTable()
    eachListedWord((start, end) => table.add(list.words, start, end))
    common = table
  }
  return common
}

function commonLigatureHeads(): WordTable {
  if (!commonHeads) {
    const heads = new WordTable()
    eachListedWord((start, end) => addLigatureHeads(list.words, start, end, heads))
    commonHeads = heads
  }
  return commonHeads
}

/**
 * What a document's words tell the repair: the bundled common English words, and how often
 * each word occurs whole in the document itself (a joined form that occurs whole elsewhere, as
 * "intelligence" does beside "int elligence", is strong evidence for the join).
 *
 * Words are asked about where they are written, as ranges: `known(a, aStart, aEnd, b, bStart,
 * bEnd)` asks about the two ranges read as one word, so a join is judged without building it.
 * Case does not count: every question is about the word's lowercase form (`toLowerCase`).
 */
export class Vocabulary {
  private document: DocumentWords | undefined
  /** Per entry of the document's words: 0 not asked yet, 1 cannot stand alone, 2 can. */
  private standing: Int8Array | undefined
  /** Per entry of the document's words, `ligatureMayFollow` as `standing` holds `plausible`. */
  private heads: Int8Array | undefined
  /** The codes of the last text other than the document's that `codesOf` was asked about. */
  private other: { text: string; codes: Uint16Array } | undefined

  /** The vocabulary of `text`; its words are counted on first need. */
  private constructor(private readonly text: string) {}

  static of(text: string): Vocabulary {
    return new Vocabulary(text)
  }

  private words(): DocumentWords {
    if (!this.document) {
      this.document = new DocumentWords(this.text)
      this.standing = new Int8Array(this.document.counts.size)
      this.heads = new Int8Array(this.document.counts.size)
    }
    return this.document
  }

  /**
   * The UTF-16 codes of `source` and a 0 after them (`textCodes`): the document's are kept as its
   * words are counted, another text's for the next question about it (a repair asks once a range).
   */
  codesOf(source: string): Uint16Array {
    if (source === this.text) return this.words().codes
    if (source !== this.other?.text) this.other = { text: source, codes: textCodes(source) }
    return this.other.codes
  }

  /**
   * Where the word of `source` that starts at `start` ends, when `source` is the document's text
   * and the word a plain one (ASCII letters, no hyphen, followed by no letter); -1 otherwise.
   */
  plainWordEnd(source: string, start: number): number {
    return source === this.text ? this.words().endAt(start) : -1
  }

  /** How often the word `source[start, end)` occurs whole in the document. */
  seen(source: string, start = 0, end = source.length): number {
    if (isAscii(source, start, end)) return this.words().counts.count(source, start, end)
    const lower = source.slice(start, end).toLowerCase()
    return this.words().counts.count(lower, 0, lower.length)
  }

  /**
   * A word of English or of this document: the list, the document, or a plural of either
   * ("behaviours"). The word is `a[aStart, aEnd)` followed by `b[bStart, bEnd)`.
   */
  known(a: string, aStart = 0, aEnd = a.length, b = '', bStart = 0, bEnd = 0): boolean {
    if (!this.ascii(a, aStart, aEnd) || !this.ascii(b, bStart, bEnd)) {
      const lower = (a.slice(aStart, aEnd) + b.slice(bStart, bEnd)).toLowerCase()
      return this.knownLower(lower, 0, lower.length, '', 0, 0)
    }
    return this.knownLower(a, aStart, aEnd, b, bStart, bEnd)
  }

  /** `known` for a word whose lowercase form is its ASCII folding. */
  private knownLower(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
    const length = aEnd - aStart + (bEnd - bStart)
    if (length === 0) return false
    // The word's hash continues its singular's (the word without its last letter, which is in
    // `b` when `b` has any): one pass over the letters serves both questions.
    const inB = bEnd > bStart
    const singular = inB ? this.hash(b, bStart, bEnd - 1, this.hash(a, aStart, aEnd, HASH_SEED)) : this.hash(a, aStart, aEnd - 1, HASH_SEED)
    const last = inB ? b.charCodeAt(bEnd - 1) : a.charCodeAt(aEnd - 1)
    if (this.listedOrSeen(hashCode(singular, last), a, aStart, aEnd, b, bStart, bEnd)) return true
    if ((last | 32) !== 115 || length - 1 < 4) return false
    return inB ? this.listedOrSeen(singular, a, aStart, aEnd, b, bStart, bEnd - 1) : this.listedOrSeen(singular, a, aStart, aEnd - 1, b, bStart, bEnd)
  }

  /**
   * `known` for `head[headStart, headEnd)`, then `letters`, then `b[bStart, bEnd)` (a fragment,
   * a ligature's letters and the next fragment, `b` not empty). The word is built only when a
   * table has an entry of its hash and length, or of its singular's: for nearly every
   * candidate, none has.
   */
  knownThrough(head: string, headStart: number, headEnd: number, letters: string, b: string, bStart: number, bEnd: number): boolean {
    const headLength = headEnd - headStart
    if (this.ascii(head, headStart, headEnd) && this.ascii(b, bStart, bEnd)) {
      const singular = this.hash(b, bStart, bEnd - 1, this.hash(letters, 0, letters.length, this.hash(head, headStart, headEnd, HASH_SEED)))
      const last = b.charCodeAt(bEnd - 1)
      const length = headLength + letters.length + (bEnd - bStart)
      const plural = (last | 32) === 115 && length - 1 >= 4
      if (!this.mayHold(hashCode(singular, last), length) && !(plural && this.mayHold(singular, length - 1))) return false
    }
    const joined = head.slice(headStart, headEnd) + letters
    return this.known(joined, 0, joined.length, b, bStart, bEnd)
  }

  /** Whether `source[start, end)` is all ASCII, read from the document's codes when `source` is its text. */
  private ascii(source: string, start: number, end: number): boolean {
    if (source !== this.text) return isAscii(source, start, end)
    const codes = this.words().codes
    for (let at = start; at < end; at++) if (codes[at]! > 127) return false
    return true
  }

  /** `hashRange` of `source[start, end)` from `hash`, read from the document's codes when `source` is its text. */
  private hash(source: string, start: number, end: number, hash: number): number {
    if (source !== this.text) return hashRange(source, start, end, hash)
    const codes = this.words().codes
    for (let at = start; at < end; at++) hash = hashCode(hash, codes[at]!)
    return hash
  }

  private mayHold(hash: number, length: number): boolean {
    return commonWords().mayHold(hash, length) || this.words().counts.mayHold(hash, length)
  }

  /** Whether the word of this hash (`hashWord`) is listed or occurs in the document. */
  private listedOrSeen(hash: number, a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
    return commonWords().countHashed(hash, a, aStart, aEnd, b, bStart, bEnd) > 0 || this.words().counts.countHashed(hash, a, aStart, aEnd, b, bStart, bEnd) > 0
  }

  /**
   * Whether the word `source[start, end)` can stand alone as a word: "a", "A", "I", or a
   * listed word of two letters or more. A fragment left by extraction ("th", "nd",
   * "elligence") cannot.
   */
  plausible(source: string, start = 0, end = source.length): boolean {
    if (end - start === 1) {
      const code = source.charCodeAt(start)
      return code === 97 || code === 65 || code === 73
    }
    if (source === this.text) {
      // A word of the document itself: asked once per distinct word.
      const words = this.words()
      const entry = words.entryAt(start, end)
      if (entry >= 0) {
        const standing = this.standing!
        if (standing[entry] === 0) standing[entry] = commonWords().countOf(words.counts, entry) > 0 ? 2 : 1
        return standing[entry] === 2
      }
    }
    if (isAscii(source, start, end)) return commonWords().count(source, start, end) > 0
    const lower = source.slice(start, end).toLowerCase()
    return commonWords().count(lower, 0, lower.length) > 0
  }

  /**
   * Whether some known word (or the singular of one) goes on from the head `source[start,
   * end)` with a ligature's letters ("speci" -> "specific"): a cheap test that rules out most
   * fragments before the joins with each ligature are looked up.
   */
  ligatureMayFollow(source: string, start = 0, end = source.length): boolean {
    if (source === this.text) {
      // A word of the document itself, asked about again beside each word that cannot stand alone.
      const entry = this.words().entryAt(start, end)
      if (entry >= 0) {
        const heads = this.heads!
        if (heads[entry] === 0) heads[entry] = this.headHeld(source, start, end, 'f') ? 2 : 1
        return heads[entry] === 2
      }
    }
    if (isAscii(source, start, end)) return this.headHeld(source, start, end, 'f')
    // The "f" keeps the case mapping of the head's last letter what it is inside the word (final sigma).
    const key = (source.slice(start, end) + 'f').toLowerCase()
    return this.headHeld(key, 0, key.length, '')
  }

  private headHeld(source: string, start: number, end: number, f: string): boolean {
    const hash = hashWord(source, start, end, f, 0, f.length)
    return (
      commonLigatureHeads().countHashed(hash, source, start, end, f, 0, f.length) > 0 ||
      this.words().ligatureHeads.countHashed(hash, source, start, end, f, 0, f.length) > 0
    )
  }
}
