import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { corpusIndex } from '../test/corpus.js'
import { Engine, type TermClause } from './engine.js'
import { planQuery } from './plan.js'
import { parseQuery } from './query.js'

const index = corpusIndex()
// lunr's own query over lunr's own serialisation of the same index: the reference the engine must agree with.
const reference = lunr.Index.load(index.engine.toLunrJSON())

function lunrRun(clauses: readonly TermClause[]) {
  const presence = { required: lunr.Query.presence.REQUIRED, optional: lunr.Query.presence.OPTIONAL, prohibited: lunr.Query.presence.PROHIBITED }
  return reference
    .query((query) => {
      for (const c of clauses) query.term(c.term, { fields: [...c.fields], presence: presence[c.presence], boost: c.boost ?? 1, usePipeline: false })
    })
    .map((result) => ({ ref: Number(result.ref), score: result.score }))
}

const queries = [
  'Clearview',
  'predictive policing',
  'facial recognition -Clearview',
  'fundamental rights law enforcement',
  'RBI',
  'non-discrimination',
  'GDPR',
  'High-Level Expert Group on AI',
  '"publicly accessible spaces" ban',
  'surveillance -biometric -mass',
  'zzzz unknownword'
]

describe('Engine', () => {
  it.each(queries)('answers %j with the same clauses and scores as lunr', (query) => {
    for (const variant of planQuery(parseQuery(query), index.thesaurus).variants) {
      const ours = index.engine.run(variant.clauses)
      const theirs = lunrRun(variant.clauses)
      expect(ours.map((m) => m.ref).sort()).toEqual(theirs.map((m) => m.ref).sort())
      const score = new Map(theirs.map((m) => [m.ref, m.score]))
      for (const match of ours) expect(match.score).toBeCloseTo(score.get(match.ref)!, 4)
    }
  })

  it('keeps every posting through pack and unpack', () => {
    const again = Engine.unpack(JSON.parse(JSON.stringify(index.engine.pack())))
    expect(again.pack()).toEqual(index.engine.pack())
    expect(again.run([{ term: 'clearview', fields: ['text'], presence: 'required' }])).toEqual(
      index.engine.run([{ term: 'clearview', fields: ['text'], presence: 'required' }])
    )
  })

  it('finds nothing for a prohibited-only query or a missing required term', () => {
    expect(index.engine.run([{ term: 'ban', fields: ['text'], presence: 'prohibited' }])).toEqual([])
    expect(index.engine.run([{ term: 'ban', fields: ['text'], presence: 'required' }, { term: 'nosuchterm', fields: ['text'], presence: 'required' }])).toEqual([])
  })

  it('treats lunr syntax in a term as letters, never as a wildcard', () => {
    expect(index.engine.run([{ term: 'surv*', fields: ['text'], presence: 'required' }])).toEqual([])
  })
})
