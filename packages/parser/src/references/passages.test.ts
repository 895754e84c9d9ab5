import { describe, expect, it } from 'vitest'
import { tally, type Passage } from '../../test/passage-score.js'
import data from './passages.json' with { type: 'json' }

const passages = data.passages as Passage[]

describe('findReferences on passages of real EU texts, scored as (act, article) pairs', () => {
  it('explicit references: precision and recall at least 0.95', () => {
    const t = tally(passages, 'explicit')
    expect(t.pairs).toBeGreaterThan(50)
    expect(t.precision).toBeGreaterThanOrEqual(0.95)
    expect(t.recall).toBeGreaterThanOrEqual(0.95)
  })

  it('implicit references: precision and recall at least 0.9', () => {
    const t = tally(passages, 'implicit')
    expect(t.precision).toBeGreaterThanOrEqual(0.9)
    expect(t.recall).toBeGreaterThanOrEqual(0.9)
  })
})
