import { describe, expect, it } from 'vitest'
import { findReferences } from '../find.js'
import { charterArticles, charterTitle, createRegistry, registry } from './index.js'

describe('the registry', () => {
  it('holds the instruments the issue names, with CELEX, ELI and EUR-Lex URLs', () => {
    const byKey = new Map(registry.instruments.map((i) => [i.key, i]))
    const expected: Record<string, string> = {
      charter: '12012P/TXT', teu: '12012M/TXT', tfeu: '12012E/TXT', gdpr: '32016R0679', led: '32016L0680', eudpr: '32018R1725',
      eprivacy: '32002L0058', 'europol-regulation': '32016R0794', 'prum-decision': '32008D0615', dpfd: '32008F0977', dpd: '31995L0046',
      'reg-45-2001': '32001R0045', 'dec-1247-2002': '32002D1247', 'europol-decision': '32009D0371', 'dec-2009-934': '32009D0934',
      'dec-2009-935': '32009D0935', 'dec-2009-936': '32009D0936', 'dec-2009-968': '32009D0968', 'ai-act-proposal': '52021PC0206', 'ai-act': '32024R1689'
    }
    for (const [key, celex] of Object.entries(expected)) {
      expect(byKey.get(key)?.celex, key).toBe(celex)
      expect(byKey.get(key)?.url, key).toBe(`https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`)
    }
    expect(byKey.get('gdpr')?.eli).toBe('http://data.europa.eu/eli/reg/2016/679/oj')
    expect(byKey.get('dpfd')?.eli).toBe('http://data.europa.eu/eli/dec_framw/2008/977/oj')
    for (const key of ['echr', 'convention-108', 'convention-108-plus']) expect(byKey.get(key)?.celex, key).toBeUndefined()
    expect(new Set(registry.instruments.map((i) => i.key)).size).toBe(registry.instruments.length)
  })

  it('has the titles of Charter Articles 1 to 54', () => {
    expect(charterArticles.map((a) => a.article)).toEqual(Array.from({ length: 54 }, (_, k) => String(k + 1)))
    expect(charterTitle('47')).toBe('Right to an effective remedy and to a fair trial')
    expect(charterTitle('8')).toBe('Protection of personal data')
    expect(charterTitle('55')).toBeUndefined()
  })

  it('is extended by JSON data, without code', () => {
    const extended = createRegistry({ instruments: [{ key: 'cra', type: 'regulation', celex: '32024R2847', title: 'Cyber Resilience Act', aliases: ['Cyber Resilience Act', 'CRA'] }, { key: 'gdpr', title: 'GDPR', aliases: ['Datenschutz-Grundverordnung'] }] })
    expect(extended.problems).toEqual([])
    const found = findReferences('Article 13 of the Cyber Resilience Act and Article 6 of the Datenschutz-Grundverordnung', { registry: extended })
    expect(found.map((c) => `${c.target.instrument}:${c.target.article}`)).toEqual(['cra:13', 'gdpr:6'])
    // Numbered forms find the added instrument by its CELEX.
    expect(findReferences('Regulation (EU) 2024/2847', { registry: extended })[0]?.target.instrument).toBe('cra')
  })

  it('lists what it cannot use instead of throwing', () => {
    expect(createRegistry('nonsense').problems).toHaveLength(1)
    const r = createRegistry([{ key: 'x', aliases: 'not a list' }, null, { title: 'no key' }])
    expect(r.problems).toHaveLength(3)
    expect(r.byKey.has('x')).toBe(true)
  })
})
