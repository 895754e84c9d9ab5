/**
 * A set of signatures with a bitmap in front: a test that fails (most words) costs one bit
 * lookup, not a hash-set probe. The bitmap grows with the set (about 64 bits a signature, up to
 * 2^20 bits): a document's set of defined terms is made for every text read and holds a few
 * names, and a fixed 128 kB bitmap for each cost more than reading a short text.
 */
export class SignatureSet {
  private bits = new Uint32Array(1)
  /** The number of bits of the bitmap, less one: buckets are masked with it. */
  private mask = 31
  private readonly set = new Set<number>()

  constructor(signatures: Iterable<number> = []) {
    for (const s of signatures) this.add(s)
  }

  add(signature: number): void {
    this.set.add(signature)
    if (this.set.size * 64 > this.mask + 1 && this.mask < MAX_MASK) {
      this.resize()
      return
    }
    this.mark(signature)
  }

  has(signature: number): boolean {
    const h = bucket(signature) & this.mask
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0 && this.set.has(signature)
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

  private resize(): void {
    let bits = (this.mask + 1) * 2
    while (this.set.size * 64 > bits && bits <= MAX_MASK) bits *= 2
    this.mask = bits - 1
    this.bits = new Uint32Array(bits >>> 5)
    for (const s of this.set) this.mark(s)
  }
}

const MAX_MASK = 0xfffff

function bucket(signature: number): number {
  return signature ^ (signature >>> 15)
}
