import { describe, expect, it } from 'vitest'
import { parse } from '@whereas/parser'
import { citationIndex, citing, nearestKeys, parseCiteQuery } from './cites.js'

const doc = (id: string, text: string) => parse(text, { id, format: 'text' }).tree

describe('citationIndex', () => {
  const index = citationIndex([
    doc('a', 'Article 9(2)(a) of Regulation (EU) 2016/679 and Article 10 of Directive (EU) 2016/680.\n\nThe right to privacy and Article 5 of this Regulation.'),
    doc('b', 'Articles 7 and 8 of the Charter apply. They protect private life and data protection.')
  ])

  it('counts explicit and implicit citations apart, and leaves out the text\'s own act', () => {
    const byKey = new Map(index.instruments.map((i) => [i.instrument, i]))
    expect(byKey.get('gdpr')).toMatchObject({ explicit: 1, implicit: 0, clauses: 1, celex: '32016R0679' })
    expect(byKey.get('charter')).toMatchObject({ explicit: 2, title: 'Charter of Fundamental Rights of the European Union' })
    expect(byKey.get('charter')!.implicit).toBe(3)
    expect(byKey.has('self')).toBe(false)
    expect(index.instruments[0]!.instrument).toBe('charter')
  })

  it('finds the clauses citing an article, with the citing words', () => {
    expect(citing(index, { instrument: 'gdpr', article: '9' }).map((c) => [c.doc, c.id, c.words, c.resolution])).toEqual([['a', 'p_1', 'Article 9(2)(a) of Regulation (EU) 2016/679', 'explicit']])
    expect(citing(index, { instrument: 'charter', article: '7' }).map((c) => c.resolution).sort()).toEqual(['explicit', 'implicit', 'implicit'])
    expect(citing(index, { instrument: 'led', article: '11' })).toEqual([])
  })
})

describe('queries', () => {
  it('reads instrument[:article]', () => {
    expect(parseCiteQuery('charter:47')).toEqual({ instrument: 'charter', article: '47' })
    expect(parseCiteQuery(' GDPR ')).toEqual({ instrument: 'gdpr' })
    expect(parseCiteQuery('led:10a')).toEqual({ instrument: 'led', article: '10a' })
    expect(parseCiteQuery('Article 47 of the Charter')).toBeUndefined()
  })

  it('names the nearest keys for an unknown one', () => {
    expect(nearestKeys('gdp', ['gdpr', 'led', 'teu', 'tfeu'])[0]).toBe('gdpr')
    expect(nearestKeys('charter-47', ['charter', 'echr'])[0]).toBe('charter')
  })
})
