/**
 * Word signatures: a small integer per word from its length and some of its letters, the same
 * for the words a table would take for it (the same lowercase), so that a table can turn most
 * words away without making their strings. `Tokens` computes them as it reads.
 */

export const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c)

/** The lowercase of the character at `i`, or of its first code unit where lowercasing makes several. */
export function lowerCode(source: string, i: number): number {
  const c = source.charCodeAt(i)
  if (c >= 65 && c <= 90) return c + 32
  return c < 128 ? c : source[i]!.toLowerCase().charCodeAt(0)
}

/** Kept within 30 bits, so V8 stores it as a small integer: collisions only cost a closer look. */
export function signatureOf(length: number, first: number, last: number): number {
  return ((length & 0x3f) << 24) | ((first & 0xfff) << 12) | (last & 0xfff)
}

/**
 * The signature of an ASCII word: its second and third letters too, in the bits its ASCII first
 * and last letters leave free, with bit 11 to tell it from the plain signature of any ASCII word.
 * Two words with the same lowercase are both ASCII or both not (every other character but the
 * Kelvin sign, which is no letter, has a lowercase that is not all ASCII), and two ASCII words
 * with the same lowercase have the same refined signature.
 */
export function refined(plain: number, second: number, third: number): number {
  // Five and four low bits: a capital and its lowercase differ in bit 5 only, so no lowercasing.
  return plain | 0x800 | ((second & 0x1f) << 19) | ((third & 0xf) << 7)
}

/** ASCII, with no apostrophe: the words `Tokens` refines the signature of ("don't" it does not). */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 128 || c === 39) return false
  }
  return true
}

/** The signature a token of this word gets, as `Tokens` computes it. */
export function wordSignature(word: string): number {
  const plain = signatureOf(word.length, lowerCode(word, 0), lowerCode(word, word.length - 1))
  return isAscii(word) ? refined(plain, word.length > 1 ? word.charCodeAt(1) : 0, word.length > 2 ? word.charCodeAt(2) : 0) : plain
}

/**
 * The signatures a set of words holds for this word: the one its tokens get and, for an ASCII
 * word, its plain signature (`signatureOf` alone) too. A non-ASCII token whose lowercase is that
 * of a word of the set may carry another plain signature than the word ("İ", a final sigma);
 * where it equals the plain signature of another word of the set, the set still lets the token
 * through to the closer look, as it did when it held plain signatures only.
 */
export function wordSignatures(word: string): number[] {
  const plain = signatureOf(word.length, lowerCode(word, 0), lowerCode(word, word.length - 1))
  const own = wordSignature(word)
  return own === plain ? [plain] : [own, plain]
}

/** One small integer for two signatures (or a trie node's number and a signature); two pairs that share it only cost a closer look. */
export function pairKey(first: number, second: number): number {
  return (Math.imul(first, 0x2c1b3c6d) ^ second) & 0x3fffffff
}

/**
 * A set of signatures with a bitmap in front: a test that fails (most words) costs one bit
 * lookup, not a hash-set probe. The bitmap grows with the set (about 64 bits a signature, up to
 * 2^20 bits): a document's set of defined terms is made for every text read and holds a few
 * names, and a fixed 128 kB bitmap for each cost more than reading a short text. Behind the
 * bitmap, an open-addressed table of 30-bit signatures (each stored plus one, 0 for an empty
 * slot, at most half full): a probe there costs a few array reads, where a `Set` lookup cost a
 * call for every word the bitmap let through.
 */
export class SignatureSet {
  private bits = new Uint32Array(1)
  /** The number of bits of the bitmap, less one: buckets are masked with it. */
  private mask = 31
  private slots = new Int32Array(MIN_SLOTS)
  private readonly set = new Set<number>()

  constructor(signatures: Iterable<number> = []) {
    for (const s of signatures) this.add(s)
  }

  add(signature: number): void {
    if (this.set.has(signature)) return
    this.set.add(signature)
    if (this.set.size * 2 > this.slots.length) this.rehash()
    else this.place(signature)
    if (this.set.size * 64 > this.mask + 1 && this.mask < MAX_MASK) this.resize()
    else this.mark(signature)
  }

  has(signature: number): boolean {
    const h = bucket(signature)
    const b = h & this.mask
    if ((this.bits[b >>> 5]! & (1 << (b & 31))) === 0) return false
    const slots = this.slots
    const last = slots.length - 1
    const key = signature + 1
    for (let k = h & last; ; k = (k + 1) & last) {
      const held = slots[k]!
      if (held === key) return true
      if (held === 0) return false
    }
  }

  /** Whether the set may hold the signature: the bitmap alone, so a few signatures it lacks pass. */
  mayHave(signature: number): boolean {
    const h = bucket(signature) & this.mask
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0
  }

  get size(): number {
    return this.set.size
  }

  values(): IterableIterator<number> {
    return this.set.values()
  }

  private mark(signature: number): void {
    const h = bucket(signature) & this.mask
    this.bits[h >>> 5]! |= 1 << (h & 31)
  }

  private place(signature: number): void {
    const slots = this.slots
    const last = slots.length - 1
    let k = bucket(signature) & last
    while (slots[k] !== 0) k = (k + 1) & last
    slots[k] = signature + 1
  }

  private resize(): void {
    let bits = (this.mask + 1) * 2
    while (this.set.size * 64 > bits && bits <= MAX_MASK) bits *= 2
    this.mask = bits - 1
    this.bits = new Uint32Array(bits >>> 5)
    for (const s of this.set) this.mark(s)
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    for (const s of this.set) this.place(s)
  }
}

const MAX_MASK = 0xfffff
const MIN_SLOTS = 8

/** A multiplicative hash: signatures of words that differ in one letter land far apart. */
function bucket(signature: number): number {
  return Math.imul(signature, 0x9e3779b1) >>> 12
}
