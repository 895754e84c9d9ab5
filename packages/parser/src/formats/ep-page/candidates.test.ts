import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findCandidates } from './candidates.js'

/** What the candidates are defined as: the matches of one regex, tried at every position. */
const CANDIDATE = /([–—]|-(?=\s+having\b))\s+(?=\p{Ll})|\b([A-Z]{1,3}) ?\.\s+(?=[Ww]hereas\b)|\b(\d{1,4}) ?\.\s+(?=[\p{Lu}‘“"(])/gu

const byRegex = (text: string) =>
  [...text.matchAll(CANDIDATE)].map((match) => ({
    kind: match[1] !== undefined ? 'citation' : match[2] !== undefined ? 'recital' : 'paragraph',
    start: match.index,
    end: match.index + match[0].length,
    label: match[2] ?? match[3]
  }))

const found = (text: string) => findCandidates(text).map(({ kind, start, end, label }) => ({ kind, start, end, label }))

describe('findCandidates', () => {
  it('finds dashes before a lower-case word, letters before "whereas" and numbers before a capital', () => {
    const text = 'The European Parliament , – having regard to x , - having y , A . whereas z ; AB. Whereas w ; 1 . Calls ; 12 . (a)'
    expect(found(text).map(({ kind, label }) => [kind, label])).toEqual([
      ['citation', undefined],
      ['citation', undefined],
      ['recital', 'A'],
      ['recital', 'AB'],
      ['paragraph', '1'],
      ['paragraph', '12']
    ])
  })

  it('takes no label that is part of a longer word or number', () => {
    expect(found('ABCD . whereas x ; x1 . Calls ; 12345 . Calls ; aA . whereas ; A . Whereasx ; -  Having')).toEqual([])
  })

  it('finds what the regex finds, on any text', () => {
    const piece = fc.constantFrom(
      'A', 'Z', 'AB', 'ABCD', 'a', '1', '12', '12345', '_', ' ', '  ', '\n', '\u00a0', '.', ' .', '-', '–', '—', 'having', 'havingx',
      'whereas', 'Whereas', 'whereasx', 'Calls', '‘', '"', '(', 'É', 'é', '𝑎', ';'
    )
    const texts = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(texts, (text) => {
        expect(found(text)).toEqual(byRegex(text))
      }),
      { numRuns: 3000 }
    )
  })
})
