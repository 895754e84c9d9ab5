import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { eachShared, mergeSorted, sortedPosting } from './postings.js'

const ascending = fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { maxLength: 300 }).map((list) => Int32Array.from(list.sort((a, b) => a - b)))

describe('posting lists', () => {
  it('merges two ascending lists into their union', () => {
    fc.assert(
      fc.property(ascending, ascending, (a, b) => {
        expect([...mergeSorted(a, b)]).toEqual([...new Set([...a, ...b])].sort((x, y) => x - y))
      })
    )
  })

  it('finds the shared clauses by merge and by binary search alike', () => {
    fc.assert(
      fc.property(ascending, ascending, (candidates, docs) => {
        const posting = { docs, weights: new Float32Array(docs.length) }
        const found: [number, number][] = []
        eachShared(candidates, posting, (at, n) => found.push([candidates[at]!, docs[n]!]))
        const shared = [...candidates].filter((doc) => docs.includes(doc))
        expect(found).toEqual(shared.map((doc) => [doc, doc]))
      })
    )
  })

  it('sorts a posting by clause, keeping each weight with its clause', () => {
    const posting = sortedPosting([5, 1, 3], [0.5, 0.1, 0.3])
    expect([...posting.docs]).toEqual([1, 3, 5])
    expect([...posting.weights].map((w) => Math.round(w * 10) / 10)).toEqual([0.1, 0.3, 0.5])
  })
})
