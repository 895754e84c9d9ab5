import { describe, expect, it } from 'vitest'
import { PhraseMatcher } from './phrases.js'
import { contentTerms, stem, tidy } from './terms.js'

describe('stem', () => {
  const same: [string, string][] = [
    ['biometrics', 'biometric'],
    ['banning', 'ban'],
    ['banned', 'bans'],
    ['prohibited', 'prohibiting'],
    ['policies', 'policy'],
    ['calls', 'call'],
    ['opposes', 'opposing']
  ]
  for (const [a, b] of same) it(`${a} ~ ${b}`, () => expect(stem(a)).toBe(stem(b)))
  it('keeps words that end in -ss, -us, -is apart from their plural-looking forms', () => {
    expect(stem('process')).toBe('process')
    expect(stem('status')).toBe('status')
    expect(stem('basis')).toBe('basis')
  })
})

describe('tidy and contentTerms', () => {
  it('closes the EP page spacing', () => {
    expect(tidy('Article 16 thereof , and ( 8 ) ‘ Building Trust ’ ;')).toBe('Article 16 thereof, and (8) ‘Building Trust’;')
  })
  it('drops function words and the domain words every clause shares', () => {
    expect([...contentTerms('The use of AI for predictive policing in the Union').values()]).toEqual(['predictive', 'policing'])
  })
})

describe('PhraseMatcher', () => {
  it('prefers the longest phrase at a word and does not overlap', () => {
    const m = new PhraseMatcher([
      { phrase: 'mass surveillance', value: 'long' },
      { phrase: 'mass', value: 'short' },
      { phrase: 'surveillance', value: 'other' }
    ])
    expect(m.find('Biometric mass surveillances and mass events').map((h) => h.value)).toEqual(['long', 'short'])
  })
})
