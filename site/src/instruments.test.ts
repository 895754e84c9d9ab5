import { describe, expect, it } from 'vitest'
import { registry } from '@whereas/parser'
import { abbreviateTitle } from './catalog.js'
import { instrumentInfos, instrumentLabel } from './instruments.js'

const byKey = new Map(registry.instruments.map((i) => [i.key, i]))

describe('instrumentLabel', () => {
  it.each([
    ['charter', 'Charter'],
    ['gdpr', 'GDPR'],
    ['led', 'LED'],
    ['teu', 'TEU'],
    ['prum-decision', 'Prüm Decision'],
    ['convention-108', 'Convention 108'],
    ['dec-2009-934', 'Decision 2009/934/JHA'],
    ['dpfd', 'Framework decision 2008/977/JHA']
  ])('%s -> %s', (key, label) => {
    const instrument = byKey.get(key)
    expect(instrument, key).toBeDefined()
    expect(instrumentLabel(instrument!)).toBe(label)
  })

  it('gives every registry instrument a short name and an http(s) address where it has a CELEX', () => {
    const infos = instrumentInfos(registry.instruments)
    for (const instrument of registry.instruments) {
      const info = infos[instrument.key]
      expect(info?.label?.length ?? 0, instrument.key).toBeLessThanOrEqual(41)
      if (instrument.celex) expect(info?.url, instrument.key).toMatch(/^https:\/\/eur-lex\.europa\.eu\//)
    }
  })
})

describe('abbreviateTitle', () => {
  it.each([
    ['OJ L 119 (2016)', 'OJ L 119 (2016)'],
    ['Rules of Procedure of the European Parliament', 'Rules of Procedure of the European…'],
    ['Ethics Guidelines for Trustworthy AI (High-Level Expert Group)', 'Ethics Guidelines for Trustworthy AI…'],
    ['A'.repeat(60), `${'A'.repeat(40)}…`]
  ])('%s', (title, expected) => {
    expect(abbreviateTitle(title)).toBe(expected)
  })
})
