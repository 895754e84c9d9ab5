/**
 * A set of signatures with a bitmap in front: a test that fails (most words) costs one bit
 * lookup, not a hash-set probe.
 */
export class SignatureSet {
  private readonly bits = new Uint32Array(1 << 15)
  private readonly set = new Set<number>()

  constructor(signatures: Iterable<number> = []) {
    for (const s of signatures) this.add(s)
  }

  add(signature: number): void {
    const h = bucket(signature)
    this.bits[h >>> 5]! |= 1 << (h & 31)
    this.set.add(signature)
  }

  has(signature: number): boolean {
    const h = bucket(signature)
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0 && this.set.has(signature)
  }

  get size(): number {
    return this.set.size
  }

  values(): IterableIterator<number> {
    return this.set.values()
  }
}

function bucket(signature: number): number {
  return (signature ^ (signature >>> 15)) & 0xfffff
}
