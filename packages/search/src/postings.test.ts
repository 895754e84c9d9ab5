import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { eachShared, keepShared, mergeSorted, sortedPosting } from './postings.js'

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
        const found: [number, number][] = []
        eachShared(candidates, docs, (at, n) => found.push([candidates[at]!, docs[n]!]))
        const shared = [...candidates].filter((doc) => docs.includes(doc))
        expect(found).toEqual(shared.map((doc) => [doc, doc]))
      })
    )
  })

  it('keeps the candidates in (or out of) any of several lists', () => {
    fc.assert(
      fc.property(ascending, ascending, ascending, (candidates, a, b) => {
        const inAny = (doc: number) => a.includes(doc) || b.includes(doc)
        expect([...keepShared(candidates, [a, b], true)]).toEqual([...candidates].filter(inAny))
        expect([...keepShared(candidates, [a, b], false)]).toEqual([...candidates].filter((doc) => !inAny(doc)))
      })
    )
  })

  it('sorts a posting by clause, keeping each weight with its clause', () => {
    const posting = sortedPosting([5, 1, 3], [500, 100, 300])
    expect([...posting.docs]).toEqual([1, 3, 5])
    expect([...posting.weights]).toEqual([100, 300, 500])
  })
})
