import { describe, expect, it } from 'vitest'
import type { Citation } from '../../index.js'
import { pairsOf, tally, type Kind, type Passage } from '../../../test/passage-score.js'
import data from './real-passages.json' with { type: 'json' }

const passages = data.passages as Passage[]
// An act is its CELEX where it has one (rights language by its Charter key).
const byCelex = (kind: Kind) => (c: Citation) => (kind === 'implicit' ? c.target.instrument : (c.target.celex ?? c.target.instrument))
const pairs = (p: Passage, kind: Kind) => pairsOf(p, kind, byCelex(kind))

describe('findReferences on verbatim passages of real EU texts (held out)', () => {
  it.each(passages.filter((p) => !p.stillFails).map((p) => [p.source, p] as const))('%s: every explicit (act, article) pair, and no other', (_source, p) => {
    const { got, want } = pairs(p, 'explicit')
    expect([...got].sort()).toEqual([...want].sort())
  })

  it('explicit references: precision and recall at least 0.95 over all passages', () => {
    const t = tally(passages, 'explicit', byCelex('explicit'))
    expect(t.pairs).toBeGreaterThan(80)
    expect(t.precision).toBeGreaterThanOrEqual(0.95)
    expect(t.recall).toBeGreaterThanOrEqual(0.95)
  })

  // Rights language is judged looser: "EU data protection legislation", "the data protection
  // framework", "issues of data protection" are read as the right, as the corpus lists read them.
  it('implicit references: precision at least 0.5, recall at least 0.8', () => {
    const t = tally(passages, 'implicit', byCelex('implicit'))
    expect(t.precision).toBeGreaterThanOrEqual(0.5)
    expect(t.recall).toBeGreaterThanOrEqual(0.8)
  })
})
