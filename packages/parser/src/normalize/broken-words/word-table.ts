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
function hashRange(source: string, start: number, end: number, hash: number): number {
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
 */
export class WordTable {
  /** Entry index + 1 for each slot, 0 where empty; the length is a power of two. */
  private slots: Int32Array
  private letters: Uint16Array
  private used = 0
  private offsets: Int32Array
  private lengths: Int32Array
  private hashes: Int32Array
  private counts: Int32Array
  private length = 0

  /** A table sized for about `expected` distinct words (it grows past them). */
  constructor(expected = 32) {
    let capacity = 32
    while (capacity < expected) capacity *= 2
    this.slots = new Int32Array(capacity * 2)
    this.letters = new Uint16Array(capacity * 8)
    this.offsets = new Int32Array(capacity)
    this.lengths = new Int32Array(capacity)
    this.hashes = new Int32Array(capacity)
    this.counts = new Int32Array(capacity)
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
      this.counts[found]! += times
      return found
    }
    const entry = this.length++
    if (entry === this.offsets.length) this.widen()
    if (this.length * 2 > this.slots.length) this.grow()
    const length = end - start
    if (this.used + length > this.letters.length) {
      const letters = new Uint16Array(Math.max(this.letters.length * 2, this.used + length))
      letters.set(this.letters)
      this.letters = letters
    }
    for (let at = start; at < end; at++) this.letters[this.used++] = fold(source.charCodeAt(at))
    this.offsets[entry] = this.used - length
    this.lengths[entry] = length
    this.hashes[entry] = hash
    this.counts[entry] = times
    this.place(hash, entry + 1)
    return entry
  }

  /** The length of an entry's word. */
  lengthOf(entry: number): number {
    return this.lengths[entry]!
  }

  /** How often the word `a[aStart, aEnd)` followed by `b[bStart, bEnd)` was counted (0 when never). */
  count(a: string, aStart: number, aEnd: number, b = EMPTY, bStart = 0, bEnd = 0): number {
    return this.countHashed(hashWord(a, aStart, aEnd, b, bStart, bEnd), a, aStart, aEnd, b, bStart, bEnd)
  }

  /** `count` with the word's hash (`hashWord`), for a caller that asks several tables about one word. */
  countHashed(hash: number, a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): number {
    const found = this.find(hash, a, aStart, aEnd, b, bStart, bEnd)
    return found >= 0 ? this.counts[found]! : 0
  }

  private find(hash: number, a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): number {
    const slots = this.slots
    const mask = slots.length - 1
    const length = aEnd - aStart + (bEnd - bStart)
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1
      if (entry < 0) return -1
      if (this.hashes[entry] === hash && this.lengths[entry] === length && this.equals(entry, a, aStart, aEnd, b, bStart)) return entry
    }
  }

  private equals(entry: number, a: string, aStart: number, aEnd: number, b: string, bStart: number): boolean {
    const letters = this.letters
    let at = this.offsets[entry]!
    const end = at + this.lengths[entry]!
    for (let i = aStart; i < aEnd; i++, at++) if (letters[at] !== fold(a.charCodeAt(i))) return false
    for (let i = bStart; at < end; i++, at++) if (letters[at] !== fold(b.charCodeAt(i))) return false
    return true
  }

  private place(hash: number, index: number): void {
    const mask = this.slots.length - 1
    let slot = mix(hash) & mask
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask
    this.slots[slot] = index
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    for (let i = 0; i < this.length; i++) this.place(this.hashes[i]!, i + 1)
  }

  private widen(): void {
    const wider = (from: Int32Array) => {
      const to = new Int32Array(from.length * 2)
      to.set(from)
      return to
    }
    this.offsets = wider(this.offsets)
    this.lengths = wider(this.lengths)
    this.hashes = wider(this.hashes)
    this.counts = wider(this.counts)
  }
}

/** Spread the high bits of a hash into the low ones the slot mask keeps. */
const mix = (hash: number) => hash ^ (hash >>> 15)
