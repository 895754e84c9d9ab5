import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { corpusIndex } from '../test/corpus.js'
import { Engine, type FieldTerms, type TermClause } from './engine.js'
import { planQuery } from './plan.js'
import { parseQuery } from './query.js'

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
  'zzzz unknownword',
  'automated decision-making',
  'Court of Justice Schrems'
]

const clause = (text: string, title = '', concepts: string[] = []): FieldTerms => ({ text: text.split(' '), concepts, title: title ? title.split(' ') : [] })

// Refs are positions: 0..4.
const small = Engine.build([
  clause('predict polic ban', 'report'),
  clause('predict polic ban surveil biometr identif public space nation law', 'report'),
  clause('surveil biometr', 'predict polic report'),
  clause('ban surveil', 'report', ['rbi']),
  clause('fair trial remedi', 'letter')
])
const refs = (matches: { ref: number }[]) => matches.map((match) => match.ref)

describe('Engine (lunr behind the package interface)', () => {
  it('finds the clauses holding every required term, in any field asked', () => {
    const found = small.run([
      { term: 'predict', fields: ['text', 'title'], presence: 'required' },
      { term: 'polic', fields: ['text', 'title'], presence: 'required' }
    ])
    expect(refs(found).sort()).toEqual([0, 1, 2])
    expect(refs(small.run([{ term: 'predict', fields: ['text'], presence: 'required' }])).sort()).toEqual([0, 1])
  })

  it('knows its vocabulary and the terms a few edits from a word, through lunr', () => {
    expect(small.has('surveil')).toBe(true)
    expect(small.has('survel')).toBe(false)
    expect(small.has('surv*')).toBe(false)
    expect(small.closeTerms('survel', 1)).toEqual(['surveil'])
    expect(small.closeTerms('surfel', 1)).toEqual([])
    expect(small.closeTerms('surfel', 2)).toEqual(['surveil'])
    expect(small.closeTerms('surv*', 2)).toEqual([])
    const fuzzy = small.run([{ term: 'surfel', fields: ['text'], presence: 'required', editDistance: 2 }])
    expect(refs(fuzzy).sort()).toEqual([1, 2, 3])
  })

  it('ranks by BM25: the short clause about the term first, a title match (boost 0.15) last', () => {
    const found = small.run([{ term: 'predict', fields: ['text', 'title'], presence: 'required' }])
    expect(refs(found)).toEqual([0, 1, 2])
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score)
    expect(found[2]!.score).toBeLessThan(found[1]!.score * 0.5)
  })

  it('drops prohibited clauses and lets optional terms only raise the score', () => {
    const ban = { term: 'ban', fields: ['text'] as const, presence: 'required' as const }
    expect(refs(small.run([ban, { term: 'surveil', fields: ['text'], presence: 'prohibited' }]))).toEqual([0])
    const plain = new Map(small.run([ban]).map((match) => [match.ref, match.score]))
    const boosted = small.run([ban, { term: 'surveil', fields: ['text'], presence: 'optional', boost: 2 }])
    expect(refs(boosted).sort()).toEqual([...plain.keys()].sort())
    expect(boosted[0]!.ref).toBe(3)
    expect(refs(small.run([{ term: 'rbi', fields: ['concepts'], presence: 'required' }]))).toEqual([3])
  })

  it('finds nothing for a missing required term or a query of exclusions alone', () => {
    expect(small.run([{ term: 'ban', fields: ['text'], presence: 'required' }, { term: 'nosuchterm', fields: ['text'], presence: 'required' }])).toEqual([])
    // lunr alone would list every clause but the excluded ones.
    expect(small.run([{ term: 'ban', fields: ['text'], presence: 'prohibited' }])).toEqual([])
    expect(small.run([])).toEqual([])
  })

  it('reads * in a term as a letter, where lunr would expand it as a wildcard', () => {
    const wildcard = lunr.Index.load(small.toLunrJSON()).query((query) => query.term('surv*', { usePipeline: false }))
    expect(wildcard.length).toBeGreaterThan(0)
    expect(small.run([{ term: 'surv*', fields: ['text'], presence: 'required' }])).toEqual([])
    const ban = small.run([{ term: 'ban', fields: ['text'], presence: 'required' }])
    expect(small.run([{ term: 'ban', fields: ['text'], presence: 'required' }, { term: '*', fields: ['text'], presence: 'optional' }])).toEqual(ban)
    expect(small.run([{ term: 'ban', fields: ['text'], presence: 'required' }, { term: 'b*', fields: ['text'], presence: 'prohibited' }])).toEqual(ban)
  })

  it('refuses to index a term that lunr would read as syntax', () => {
    expect(() => Engine.build([clause('surv* ban')])).toThrow(/"surv\*" is not an analysed term/)
  })

  it('round-trips its packed form, a third the size of lunr\'s own serialisation', () => {
    const { engine } = corpusIndex()
    const packed = JSON.stringify(engine.toJSON())
    const loaded = Engine.load(JSON.parse(packed))
    expect(loaded.toJSON()).toEqual(engine.toJSON())
    for (const term of ['clearview', 'surveil', 'polic', 'rbi']) {
      const query = [{ term, fields: ['text', 'concepts'] as const, presence: 'required' as const }]
      expect(loaded.run(query)).toEqual(engine.run(query))
      expect(engine.run(query).length).toBeGreaterThan(0)
    }
    expect(packed.length).toBeLessThan(JSON.stringify(engine.toLunrJSON()).length / 2)
  })
})

// lunr's own query over lunr's own serialisation of the same index: the reference the engine must agree with.
describe('Engine against lunr.Index.query on the corpus', () => {
  const index = corpusIndex()
  const reference = lunr.Index.load(index.engine.toLunrJSON())
  const presence = { required: lunr.Query.presence.REQUIRED, optional: lunr.Query.presence.OPTIONAL, prohibited: lunr.Query.presence.PROHIBITED }
  const lunrRun = (clauses: readonly TermClause[]) =>
    reference
      .query((query) => {
        for (const c of clauses) {
          if (!c.term.includes('*')) query.term(c.term, { fields: [...c.fields], presence: presence[c.presence], boost: c.boost ?? 1, usePipeline: false, editDistance: c.editDistance ?? 0 })
        }
      })
      .map((result) => ({ ref: Number(result.ref), score: result.score }))

  it.each(queries)('answers %j with the same clauses and scores as lunr', (query) => {
    const variants = planQuery(parseQuery(query), index.thesaurus).variants
    expect(variants.length).toBeGreaterThan(0)
    for (const variant of variants) {
      const ours = index.engine.run(variant.clauses)
      const theirs = variant.clauses.some((c) => c.presence !== 'prohibited') ? lunrRun(variant.clauses) : []
      expect(ours.map((m) => m.ref).sort()).toEqual(theirs.map((m) => m.ref).sort())
      const score = new Map(theirs.map((m) => [m.ref, m.score]))
      for (const match of ours) expect(match.score).toBeCloseTo(score.get(match.ref)!, 6)
    }
  })

  it('agrees with lunr on fuzzy lookups (an edit distance)', () => {
    const clauses: TermClause[] = [{ term: 'survel', fields: ['text'], presence: 'required', editDistance: 2 }, { term: 'mass', fields: ['text'], presence: 'optional' }]
    const ours = index.engine.run(clauses)
    expect(ours.length).toBeGreaterThan(0)
    const theirs = new Map(lunrRun(clauses).map((m) => [m.ref, m.score]))
    expect(ours.map((m) => m.ref).sort()).toEqual([...theirs.keys()].sort())
    for (const match of ours) expect(match.score).toBeCloseTo(theirs.get(match.ref)!, 6)
  })
})
