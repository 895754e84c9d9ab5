import { describe, expect, it } from 'vitest'
import { corpusIndex } from '../test/corpus.js'
import { planQuery, type Variant } from './plan.js'
import { parseQuery } from './query.js'
import { search } from './search.js'
import { defaultThesaurus } from './thesaurus.js'

const plan = (query: string) => planQuery(parseQuery(query), defaultThesaurus())
const required = (variant: Variant) => variant.clauses.filter((clause) => clause.presence === 'required').map((clause) => clause.term)

describe('planQuery', () => {
  it('drops two words of a query of four or more only as a last resort, never of three', () => {
    const four = plan('pretrial detention risk scores')
    expect(four.fallbacks.map(required)).toHaveLength(4)
    expect(four.deepFallbacks.map(required)).toEqual([
      ['risk', 'score'],
      ['detent', 'score'],
      ['detent', 'risk'],
      ['pretrial', 'score'],
      ['pretrial', 'risk'],
      ['pretrial', 'detent']
    ])
    expect(plan('AI migration asylum').deepFallbacks).toEqual([])
  })

  it('lets the words of a multi-word concept stand in for it in the fallbacks', () => {
    const { fallbacks } = plan('chilling effect on freedom of assembly')
    expect(fallbacks.map(required)).toContainEqual(['effect', 'freedom', 'assembl'])
  })

  it('reads what an article lays down as an implied citation, with the query’s other words', () => {
    const gdpr = plan('Art. 9 GDPR')
    expect(gdpr.citations).toEqual(['gdpr-9'])
    expect(gdpr.implied.map(required)).toEqual([['special-categories']])
    expect(plan('Article 10 of the LED biometric').implied.map(required)).toEqual([['biometr', 'special-categories']])
    // The parser reads the Charter's rights language itself: no concept stands in for its articles.
    expect(plan('Charter Article 47').implied).toEqual([])
  })
})

describe('planned queries on the corpus', () => {
  const index = corpusIndex()
  const ids = (query: string) => search(index, query, { limit: 10 }).hits.map((hit) => hit.id)

  it('finds a clause on special categories of personal data for "Art. 9 GDPR", below the clause citing it', () => {
    const hits = search(index, 'Art. 9 GDPR').hits
    expect(hits[0]!.citations.some((c) => c.instrument === 'gdpr' && c.article === '9')).toBe(true)
    expect(hits.map((hit) => hit.id)).toContain('para_16')
  })

  it('finds clauses that have two of four words when fewer would find nothing', () => {
    expect(ids('pretrial detention risk scores')).toContain('rec_N')
  })
})
