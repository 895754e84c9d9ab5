import { describe, expect, it } from 'vitest'
import { SignatureSet } from './signatures.js'

describe('SignatureSet', () => {
  it('answers exactly as a set while its bitmap grows', () => {
    const set = new SignatureSet()
    const plain = new Set<number>()
    // A fixed linear congruential sequence: 30-bit values like word signatures, reproducible.
    let x = 12345
    const next = () => (x = (x * 1103515245 + 12345) % 2 ** 30)
    for (let n = 0; n < 20000; n++) {
      const s = next()
      set.add(s)
      plain.add(s)
      if (n % 997 === 0) {
        for (const probe of [s, next(), next() ^ 1]) expect(set.has(probe)).toBe(plain.has(probe))
      }
    }
    expect(set.size).toBe(plain.size)
    for (const s of plain) expect(set.has(s)).toBe(true)
    let misses = 0
    for (let n = 0; n < 20000; n++) {
      const s = next()
      if (set.has(s) !== plain.has(s)) misses++
    }
    expect(misses).toBe(0)
  })

  it('holds nothing when empty and what it was built with', () => {
    expect(new SignatureSet().has(0)).toBe(false)
    const set = new SignatureSet([1, 2 ** 29, 77])
    expect([1, 2 ** 29, 77, 78].map((s) => set.has(s))).toEqual([true, true, true, false])
  })
})
