/** Storage for token lists, reused from text to text. */

/** The arrays of one tokenized text, kept for the next text once it is released. */
export class Buffers {
  kind: Uint8Array
  start: Int32Array
  end: Int32Array
  sentence: Int32Array
  caps: Uint8Array
  signatures: Int32Array
  marked: Int32Array
  /** Strings read so far, by token index; cleared on reuse. */
  readonly texts = new StringCache()
  readonly lowered = new StringCache()
  /** How many tokens the last text held: slots past the next text's count up to it are cleared. */
  highWater = 0

  constructor(readonly capacity: number) {
    this.kind = new Uint8Array(capacity)
    this.start = new Int32Array(capacity)
    this.end = new Int32Array(capacity)
    this.sentence = new Int32Array(capacity)
    this.caps = new Uint8Array(capacity)
    this.signatures = new Int32Array(capacity)
    this.marked = new Int32Array(capacity)
  }
}

/**
 * Buffers of released token lists. A document is read clause by clause: without reuse every
 * clause would allocate its arrays afresh, and the garbage collector would cost more than the
 * reading. Nested reads (a footnote read while a clause is) each take their own buffers.
 */
export const pool: Buffers[] = []

/** The largest buffers (in tokens) kept for reuse. */
export const MAX_POOLED = 1 << 16

/** Buffers twice as large, holding the first `count` tokens of `from`. */
export function grow(from: Buffers, count: number): Buffers {
  const to = new Buffers(from.capacity * 2)
  to.kind.set(from.kind.subarray(0, count))
  to.start.set(from.start.subarray(0, count))
  to.end.set(from.end.subarray(0, count))
  to.caps.set(from.caps.subarray(0, count))
  to.signatures.set(from.signatures.subarray(0, count))
  to.marked.set(from.marked.subarray(0, count))
  return to
}

/**
 * Strings by token index, kept from text to text: a clause asks for a few strings, and making
 * new arrays for each clause cost more than reading it. Clearing empties only the slots
 * written, so it costs what the text's reading did.
 */
export class StringCache {
  /** Dense, so that V8 keeps it a fast array whatever the indexes written. */
  private readonly values: (string | undefined)[] = []
  /** One past the highest index written since the last clear. */
  private used = 0

  get(i: number): string | undefined {
    return i < this.used ? this.values[i] : undefined
  }

  set(i: number, value: string): void {
    while (this.values.length <= i) this.values.push(undefined)
    this.values[i] = value
    if (i >= this.used) this.used = i + 1
  }

  clear(): void {
    // A loop: the few slots a clause writes cost less than a call to \`fill\`.
    for (let i = 0; i < this.used; i++) this.values[i] = undefined
    this.used = 0
  }
}

/**
 * Lowercase ASCII words read lately, one a slot by signature. The readers look words up in
 * tables by their lowercase, a few hundred per document and most of them the same few dozen
 * words: one kept from before costs a comparison, where a new one costs two strings and their
 * hashing.
 */
const lowered: (string | undefined)[] = new Array<string | undefined>(4096).fill(undefined)

/** The lowercase of the ASCII word `source[start, end)`, whose signature is `signature`. */
export function lowerAscii(source: string, start: number, end: number, signature: number): string {
  const slot = Math.imul(signature, 0x9e3779b1) >>> 20
  const known = lowered[slot]
  if (known !== undefined && known.length === end - start) {
    let k = 0
    while (k < known.length) {
      const c = source.charCodeAt(start + k)
      if (known.charCodeAt(k) !== (c >= 65 && c <= 90 ? c + 32 : c)) break
      k++
    }
    if (k === known.length) return known
  }
  const word = source.slice(start, end).toLowerCase()
  lowered[slot] = word
  return word
}
