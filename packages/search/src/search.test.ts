import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { corpusIndex } from '../test/corpus.js'
import { buildIndex, loadIndex, search, serializeIndex, type SearchRecord } from './index.js'

const index = corpusIndex()
const ids = (query: string, limit = 10) => search(index, query, { limit }).hits.map((hit) => hit.id)
const record = (doc: string, id: string, text: string, kind = 'paragraph'): SearchRecord => ({
  doc,
  id,
  kind,
  num: null,
  title: 'A test document',
  text,
  citations: []
})

describe('search on the corpus', () => {
  it('puts para_28 first for "Clearview"', () => {
    expect(ids('Clearview')[0]).toBe('para_28')
  })

  it('puts para_24 among the first three for "predictive policing"', () => {
    expect(ids('predictive policing', 3)).toContain('para_24')
  })

  it('returns the shape the CLI and the site show', () => {
    const [hit] = search(index, 'Clearview').hits
    expect(hit).toMatchObject({ doc: 'ep-ta-2021-0405', id: 'para_28', kind: 'paragraph', num: '28' })
    expect(hit!.text).toContain('Clearview AI')
    for (const [start, end] of hit!.highlights) expect(hit!.snippet.slice(start, end)).toBe('Clearview')
    expect(hit!.marked).toContain('«Clearview»')
  })

  it('keeps only clauses holding a quoted phrase, checked on the text', () => {
    const result = search(index, '"publicly accessible spaces"', { limit: 100 })
    expect(result.total).toBeGreaterThan(2)
    for (const hit of result.hits) expect(hit.text.toLowerCase().replace(/\s+/g, ' ')).toContain('publicly accessible spaces')
  })

  it('ranks the phrase above the scattered words', () => {
    const phrase = ids('mass surveillance')
    const [first] = search(index, 'mass surveillance').hits
    expect(first!.text.toLowerCase()).toContain('mass surveillance')
    expect(phrase.length).toBeGreaterThan(3)
  })

  it('excludes words and phrases', () => {
    const all = search(index, 'facial recognition', { limit: 100 }).hits
    const without = search(index, 'facial recognition -Clearview', { limit: 100 }).hits
    expect(all.some((hit) => hit.id === 'para_28')).toBe(true)
    expect(without.some((hit) => /clearview/i.test(hit.text))).toBe(false)
    expect(without.length).toBe(all.filter((hit) => !/clearview/i.test(hit.text)).length)
  })

  it('filters by document and kind', () => {
    const hits = search(index, 'ban kind:paragraph doc:ep-ta-2021-0405', { limit: 100 }).hits
    expect(hits.length).toBeGreaterThan(3)
    for (const hit of hits) expect([hit.doc, hit.kind]).toEqual(['ep-ta-2021-0405', 'paragraph'])
    const letters = search(index, 'ban -doc:ep-ta-2021-0405', { limit: 100 }).hits
    expect(letters.length).toBeGreaterThan(3)
    for (const hit of letters) expect(hit.doc).not.toBe('ep-ta-2021-0405')
  })

  it('lists every clause of a kind in document order when the query is only a filter', () => {
    const result = search(index, 'kind:recital', { limit: 100 })
    expect(result.hits.map((hit) => hit.id)).toEqual(index.records.filter((r) => r.kind === 'recital').map((r) => r.id))
  })

  it('finds both names of a thesaurus concept', () => {
    const rbi = search(index, 'RBI', { limit: 20 }).hits
    expect(rbi.some((hit) => /remote biometric identification/i.test(hit.text))).toBe(true)
    const edpb = search(index, 'European Data Protection Board', { limit: 20 }).hits.map((hit) => hit.id)
    expect(edpb).toEqual(expect.arrayContaining(['para_28', 'para_29', 'para_33', 'para_35']))
    expect(ids('EDPB', 20)).toEqual(expect.arrayContaining(['para_28', 'para_29', 'para_33', 'para_35']))
  })

  it('reads LED in capitals as the directive, not the verb', () => {
    const directive = search(index, 'LED', { limit: 50 }).hits
    expect(directive.length).toBeGreaterThan(1)
    for (const hit of directive) expect(hit.text).toMatch(/\bLED\b|Law Enforcement Directive|2016\/680/)
    expect(directive.map((hit) => hit.id)).not.toContain('rec_N')
    expect(ids('led', 50)).toContain('rec_N')
  })

  it('finds the clauses citing a provision the query names, explicitly first', () => {
    const hits = ids('Charter Article 47', 20)
    expect(hits[0]).toBe('cit_2')
    expect(hits).toEqual(expect.arrayContaining(['para_2', 'rec_O']))
    for (const hit of search(index, 'Charter Article 47', { limit: 20 }).hits) {
      expect(hit.citations.some((c) => c.instrument === 'charter' && c.article === '47')).toBe(true)
    }
  })

  it('finds a hyphenated word by each part, both parts, and the whole', () => {
    for (const query of ['non-discrimination', 'non discrimination', 'discrimination']) {
      expect(ids(query, 50), query).toContain('para_4')
    }
  })

  it('says when nothing matches and suggests what to relax', () => {
    const result = search(index, '"predictive policing" kind:recital -forecasting')
    expect(result.total).toBe(0)
    const messages = result.suggestions!.map((suggestion) => suggestion.message)
    expect(messages).toContain('drop the filter kind:recital')
    expect(messages).toContain('drop the exclusion -forecasting')
    for (const suggestion of result.suggestions!) {
      if (suggestion.query) expect(search(index, suggestion.query).total).toBe(suggestion.total)
    }
    expect(search(index, 'kind:statute').suggestions![0]!.message).toMatch(/no clause is of this kind/)
  })

  const hostile: [string, string][] = [
    ['an article reference', 'Article 5(1)(d)'],
    ['a CELEX-style number', '2016/679'],
    ['a trailing colon', 'GDPR:'],
    ['lunr operators in a word', 'C++'],
    ['an unbalanced quote', '"unbalanced'],
    ['only lunr syntax', '^~*:+-'],
    ['an emoji', '🙂 ban'],
    ['a NUL character', 'ban\u0000'],
    ['10 KB of punctuation', '(:^~*+-"'.repeat(1300)]
  ]
  it.each(hostile)('answers %s without throwing', (_, query) => {
    const result = search(index, query)
    expect(result.total).toBeGreaterThanOrEqual(result.hits.length)
  })

  // Each query in lunr's query-string syntax, and the same characters read as the text they are.
  const lunrSyntax: [string, string][] = [
    ['surv*', 'surv'],
    ['ban~1', 'ban 1'],
    ['title:ban', 'title ban'],
    ['+ban', 'ban'],
    ['ban^10', 'ban 10']
  ]
  it.each(lunrSyntax)('treats lunr syntax in %j as letters: it is the text %j', (query, literal) => {
    const keys = (q: string) => search(index, q, { limit: 1000 }).hits.map((hit) => `${hit.doc}#${hit.id}`)
    expect(keys(query)).toEqual(keys(literal))
  })

  it('does not expand a trailing * as a wildcard', () => {
    expect(search(index, 'surveillance').total).toBeGreaterThan(10)
    expect(search(index, 'surv*').total).toBe(0)
  })

  it('looks up a word no clause holds by its close spellings, and says so', () => {
    const result = search(index, 'survelliance of workers')
    expect(result.hits[0]!.text).toMatch(/^the surveillance of workers/)
    expect(result.hits[0]!.marked).toContain('«surveillance»')
    expect(result.notes).toEqual(['no clause has the word "survelliance"; words spelt like it were searched instead'])
    expect(search(index, 'surveillance of workers').notes).toBeUndefined()
    // A query of many unknown words is not a few misspellings: three are looked up at most.
    expect(search(index, 'Eurpol').notes).toHaveLength(1)
    const many = search(index, 'survelliance Clearveiw moratorim Eurpol').notes ?? []
    expect(many).toHaveLength(3)
    expect(many.join(' ')).not.toContain('Eurpol')
  })

  it('does not make a natural-language preposition a required word', () => {
    const hits = ids('algorithmic bias against minorities')
    expect(hits).toContain('para_8')
    expect(hits).toContain('para_9')
  })

  it('falls back to each word of a two-word query that finds nothing together', () => {
    expect(ids('EDPS opinion', 3)).toEqual(expect.arrayContaining(['para_29', 'para_35']))
  })

  it('reads Art. as Article when a query names a provision', () => {
    expect(ids('Charter art. 47')).toEqual(expect.arrayContaining(['cit_2', 'rec_O', 'para_2']))
  })

  it('reads a CELEX number as the instrument it names', () => {
    expect(ids('32016L0680', 2).sort()).toEqual(['cit_11', 'fn_9'])
  })

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (query) => {
        const result = search(index, query, { limit: 3 })
        expect(result.hits.length).toBeLessThanOrEqual(3)
      }),
      { numRuns: 300 }
    )
    fc.assert(
      fc.property(fc.array(fc.constantFrom('"', '-', ':', '^', '~', '*', '+', 'doc:', 'kind:', 'cites:', 'ban', 'AI', ' ', 'LED', '(', ')')), (parts) => {
        search(index, parts.join(''), { limit: 3 })
      }),
      { numRuns: 300 }
    )
  })
})

describe('serialisation', () => {
  it('round-trips: a loaded index answers as the built one', () => {
    const json = JSON.parse(JSON.stringify(serializeIndex(index, { corpusHash: 'abc' })))
    const loaded = loadIndex(json, { corpusHash: 'abc' })
    if (!loaded.ok) throw new Error(loaded.message)
    for (const query of ['Clearview', 'predictive policing', '"publicly accessible spaces"', 'RBI', 'kind:recital ban']) {
      expect(search(loaded.index, query, { limit: 20 })).toEqual(search(index, query, { limit: 20 }))
    }
  })

  it('says why a file cannot be used', () => {
    const json = JSON.parse(JSON.stringify(serializeIndex(buildIndex([record('d', 'c', 'some text')]), { corpusHash: 'abc' })))
    expect(loadIndex(json, { corpusHash: 'other' })).toMatchObject({ ok: false, reason: 'stale' })
    expect(loadIndex({ ...json, version: 0 })).toMatchObject({ ok: false, reason: 'version' })
    expect(loadIndex('nonsense')).toMatchObject({ ok: false, reason: 'format' })
    expect(loadIndex({ ...json, index: { terms: 3 } })).toMatchObject({ ok: false, reason: 'format' })
    expect(loadIndex({ ...json, index: { ...json.index, lunr: '2.0.0' } })).toMatchObject({ ok: false, reason: 'version', message: /lunr 2\.0\.0/ })
    expect(loadIndex({ ...json, index: { ...json.index, postings: 'damaged' } })).toMatchObject({ ok: false, reason: 'format' })
    expect(loadIndex({ ...json, index: { ...json.index, postings: [[0, 9, 1], ...json.index.postings.slice(1)] } })).toMatchObject({ ok: false, reason: 'format', message: /damaged/ })
    expect(loadIndex({ ...json, index: { ...json.index, fields: ['text'] } })).toMatchObject({ ok: false, reason: 'format', message: /fields/ })
  })
})

describe('ranking on small cases', () => {
  it('prefers the clause about the query to the one mentioning it in passing', () => {
    const small = buildIndex([
      record('d', 'passing', 'The report covers many topics, among them budgets, staffing, travel, buildings and, once, predictive policing, as well as procurement and training of staff across every department and agency.'),
      record('d', 'about', 'Predictive policing tools forecast crime; predictive policing must be banned.')
    ])
    expect(search(small, 'predictive policing').hits.map((hit) => hit.id)).toEqual(['about', 'passing'])
  })

  it('prefers the words side by side to the same words apart', () => {
    const small = buildIndex([
      record('d', 'apart', 'Policing in cities is predictive of nothing at all.'),
      record('d', 'together', 'Cities ended predictive policing in all cases.')
    ])
    expect(search(small, 'predictive policing').hits.map((hit) => hit.id)).toEqual(['together', 'apart'])
  })
})
