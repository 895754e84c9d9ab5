import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { maxQueryWords, parseQuery, type ParsedQuery } from './query.js'
import cases from './query-cases.json' with { type: 'json' }

const empty: ParsedQuery = { words: [], phrases: [], excludedWords: [], excludedPhrases: [], filters: [], notes: [] }

describe('parseQuery', () => {
  it.each(cases)('reads $input', ({ input, ...expected }) => {
    expect(parseQuery(input)).toEqual({ ...empty, ...expected })
  })

  it('stops after the word limit and says so', () => {
    const parsed = parseQuery(Array.from({ length: maxQueryWords + 10 }, (_, i) => `w${i}`).join(' '))
    expect(parsed.words).toHaveLength(maxQueryWords)
    expect(parsed.notes[0]).toMatch(/first 64/)
  })

  it('never throws, and keeps every non-space character of a bare word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        const parsed = parseQuery(input)
        for (const word of parsed.words) expect(word).not.toMatch(/\s/u)
      })
    )
  })

  it('reads 10 KB of punctuation in linear time', () => {
    const parsed = parseQuery('"(:^~*+-'.repeat(1300))
    expect(parsed.words.length + parsed.phrases.length).toBeLessThanOrEqual(maxQueryWords)
  })
})
