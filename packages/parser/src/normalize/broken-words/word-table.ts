/**
 * A count of words, looked up by where a word is written (a range of a string, or two ranges
 * read as one word) rather than by a string of it. The repair asks about nearly every word of
 * a document and about the join of many pairs; building, lowercasing and hashing a new string
 * for each question cost a third of its time.
 *
 * Keys compare with ASCII capitals folded to lowercase, so "Intelligence" finds "intelligence".
 * Only ASCII is folded here: a caller lowercases a word with other letters itself
 * (`toLowerCase`) before adding or asking, which keeps every key what `toLowerCase` makes of it.
 */

const EMPTY = ''

/** Whether `source[start, end)` is all ASCII, so that folding ASCII capitals lowercases it. */
export function isAscii(source: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (source.charCodeAt(at) > 127) return false
  return true
}

const fold = (code: number) => (code >= 65 && code <= 90 ? code | 32 : code)

export const HASH_SEED = 0x811c9dc5

/**
 * One more code of a word into its hash, for callers that hash as they scan: FNV-1a over the
 * codes with bit 5 set, which folds ASCII capitals and keeps codes that fold alike hashing
 * alike (it merges a few others, which only costs a comparison).
 */
export const hashCode = (hash: number, code: number) => Math.imul(hash ^ (code | 32), 0x01000193)

/** The hash of one range, continuing from `hash`. */
export function hashRange(source: string, start: number, end: number, hash: number): number {
  for (let at = start; at < end; at++) hash = hashCode(hash, source.charCodeAt(at))
  return hash
}

/** The hash of the word `a[aStart, aEnd)` followed by `b[bStart, bEnd)`, for `countHashed`. */
export function hashWord(a: string, aStart: number, aEnd: number, b = EMPTY, bStart = 0, bEnd = 0): number {
  return hashRange(b, bStart, bEnd, hashRange(a, aStart, aEnd, HASH_SEED))
}

/**
 * The table keeps its own copy of each distinct word's folded codes, in one typed array: a
 * question compares codes against that array, whatever kind of string it was asked with.
 * A slot holds its entry's hash beside the entry, and an entry's fields sit together: a
 * question about a word the table lacks (most of them) reads the slots only, and a table is
 * three typed arrays fewer to allocate.
 */
export class WordTable {
  /** Two codes a slot: entry index + 1 (0 where empty) and the entry's hash; the slot count is a power of two. */
  private slots: Int32Array
  private letters: Uint16Array
  private used = 0
  /** Four codes an entry: where its letters start in `letters`, their length, its count and its hash. */
  private entries: Int32Array
  private length = 0

  /** A table sized for about `expected` distinct words (it grows past them). */
  constructor(expected = 32) {
    let capacity = 32
    while (capacity < expected) capacity *= 2
    this.slots = new Int32Array(capacity * 4)
    this.letters = new Uint16Array(capacity * 8)
    this.entries = new Int32Array(capacity * 4)
  }

  /** How many distinct words the table holds. */
  get size(): number {
    return this.length
  }

  /** Count the word `source[start, end)` `times` more times; its entry (see `size` for whether it is new). */
  add(source: string, start: number, end: number, times = 1): number {
    return this.addHashed(hashRange(source, start, end, HASH_SEED), source, start, end, times)
  }

  /** `add` for a caller that hashed the word as it read it (`hashCode` from `HASH_SEED`). */
  addHashed(hash: number, source: string, start: number, end: number, times = 1): number {
    const found = this.find(hash, source, start, end, EMPTY, 0, 0)
    if (found >= 0) {
      this.entries[found * 4 + 2]! += times
      return found
    }
    const entry = this.insert(hash, end - start, times)
    const letters = this.letters
    for (let at = start, to = this.entries[entry * 4]!; at < end; at++, to++) letters[to] = fold(source.charCodeAt(at))
    return entry
  }

  /**
   * `addHashed` once for a word read from UTF-16 codes (`textCodes`), as the plain words of a
   * document are: no `charCodeAt` for a word the table holds already, most of them.
   */
  addCodes(hash: number, codes: Uint16Array, start: number, end: number): number {
    const found = this.findCodes(hash, codes, start, end)
    if (found >= 0) {
      this.entries[found * 4 + 2]!++
      return found
    }
    const entry = this.insert(hash, end - start, 1)
    const letters = this.letters
    for (let at = start, to = this.entries[entry * 4]!; at < end; at++, to++) letters[to] = fold(codes[at]!)
    return entry
  }

  /** A new entry of `length` letters, counted `times`, its letters left for the caller to write. */
  private insert(hash: number, length: number, times: number): number {
    const entry = this.length
    if (entry * 4 === this.entries.length) this.widen()
    // At most half the slots are taken, which keeps runs of taken slots short.
    if ((entry + 1) * 4 > this.slots.length) this.grow()
    this.length++
    const offset = this.used
    if (offset + length > this.letters.length) {
      const wider = new Uint16Array(Math.max(this.letters.length * 2, offset + length))
      wider.set(this.letters)
      this.letters = wider
    }
    this.used = offset + length
    const fields = entry * 4
    this.entries[fields] = offset
    this.entries[fields + 1] = length
    this.entries[fields + 2] = times
    this.entries[fields + 3] = hash
    this.place(hash, entry + 1)
    return entry
  }

  /** The length of an entry's word. */
  lengthOf(entry: number): number {
    return this.entries[entry * 4 + 1]!
  }

  /** How often the word `a[aStart, aEnd)` followed by `b[bStart, bEnd)` was counted (0 when never). */
  count(a: string, aStart: number, aEnd: number, b = EMPTY, bStart = 0, bEnd = 0): number {
    return this.countHashed(hashWord(a, aStart, aEnd, b, bStart, bEnd), a, aStart, aEnd, b, bStart, bEnd)
  }

  /** `count` with the word's hash (`hashWord`), for a caller that asks several tables about one word. */
  countHashed(hash: number, a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): number {
    const found = this.find(hash, a, aStart, aEnd, b, bStart, bEnd)
    return found >= 0 ? this.entries[found * 4 + 2]! : 0
  }

  /**
   * How often this table counted the word that is `entry` of `other`: a question asked with the
   * word's hash and folded letters as `other` keeps them, so nothing of the word is read again.
   */
  countOf(other: WordTable, entry: number): number {
    const fields = entry * 4
    const start = other.entries[fields]!
    const found = this.findCodes(other.entries[fields + 3]!, other.letters, start, start + other.entries[fields + 1]!)
    return found >= 0 ? this.entries[found * 4 + 2]! : 0
  }

  /** Whether an entry has this hash and length: what holding a word requires, asked without the word. */
  mayHold(hash: number, length: number): boolean {
    const slots = this.slots
    const mask = (slots.length >> 1) - 1
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2]! - 1
      if (entry < 0) return false
      if (slots[slot * 2 + 1] === hash && this.entries[entry * 4 + 1] === length) return true
    }
  }

  private find(hash: number, a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): number {
    const slots = this.slots
    const mask = (slots.length >> 1) - 1
    const length = aEnd - aStart + (bEnd - bStart)
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2]! - 1
      if (entry < 0) return -1
      if (slots[slot * 2 + 1] === hash && this.entries[entry * 4 + 1] === length && this.equals(entry, a, aStart, aEnd, b, bStart)) return entry
    }
  }

  /** `find` for a word given by UTF-16 codes (folded here, so folded letters do too). */
  private findCodes(hash: number, codes: Uint16Array, start: number, end: number): number {
    const slots = this.slots
    const mask = (slots.length >> 1) - 1
    const length = end - start
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2]! - 1
      if (entry < 0) return -1
      if (slots[slot * 2 + 1] === hash && this.entries[entry * 4 + 1] === length && this.equalsCodes(entry, codes, start)) return entry
    }
  }

  private equalsCodes(entry: number, codes: Uint16Array, start: number): boolean {
    const letters = this.letters
    let at = this.entries[entry * 4]!
    const end = at + this.entries[entry * 4 + 1]!
    for (let i = start; at < end; i++, at++) if (letters[at] !== fold(codes[i]!)) return false
    return true
  }

  private equals(entry: number, a: string, aStart: number, aEnd: number, b: string, bStart: number): boolean {
    const letters = this.letters
    let at = this.entries[entry * 4]!
    const end = at + this.entries[entry * 4 + 1]!
    for (let i = aStart; i < aEnd; i++, at++) if (letters[at] !== fold(a.charCodeAt(i))) return false
    for (let i = bStart; at < end; i++, at++) if (letters[at] !== fold(b.charCodeAt(i))) return false
    return true
  }

  private place(hash: number, index: number): void {
    const slots = this.slots
    const mask = (slots.length >> 1) - 1
    let slot = mix(hash) & mask
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask
    slots[slot * 2] = index
    slots[slot * 2 + 1] = hash
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    for (let i = 0; i < this.length; i++) this.place(this.entries[i * 4 + 3]!, i + 1)
  }

  private widen(): void {
    const entries = new Int32Array(this.entries.length * 2)
    entries.set(this.entries)
    this.entries = entries
  }
}

/** Spread the high bits of a hash into the low ones the slot mask keeps. */
const mix = (hash: number) => hash ^ (hash >>> 15)
