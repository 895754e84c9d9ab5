import { describe, expect, it } from 'vitest'
import { findReferences } from './find.js'
import data from './passages.json' with { type: 'json' }

interface Passage {
  source: string
  text: string
  explicit: [string, string | null][]
  implicit: [string, string | null][]
}

const passages = data.passages as Passage[]

// Scored as the product is judged: per passage, the set of (instrument, article) pairs, explicit
// and implicit apart; references to the passage's own act (`self`) are not scored.
function tally(kind: 'explicit' | 'implicit') {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const p of passages) {
    const found = findReferences(p.text).filter((c) => c.target.instrument !== 'self' && (c.resolution === 'implicit') === (kind === 'implicit'))
    const got = new Set(found.map((c) => `${c.target.instrument}:${c.target.article ?? ''}`))
    const want = new Set(p[kind].map(([i, a]) => `${i}:${a ?? ''}`))
    for (const g of got) if (want.has(g)) tp++
    else fp++
    for (const w of want) if (!got.has(w)) fn++
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), pairs: tp + fn }
}

describe('findReferences on passages of real EU texts, scored as (act, article) pairs', () => {
  it('explicit references: precision and recall at least 0.95', () => {
    const t = tally('explicit')
    expect(t.pairs).toBeGreaterThan(50)
    expect(t.precision).toBeGreaterThanOrEqual(0.95)
    expect(t.recall).toBeGreaterThanOrEqual(0.95)
  })

  it('implicit references: precision and recall at least 0.9', () => {
    const t = tally('implicit')
    expect(t.precision).toBeGreaterThanOrEqual(0.9)
    expect(t.recall).toBeGreaterThanOrEqual(0.9)
  })
})
