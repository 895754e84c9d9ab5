import { describe, expect, it } from 'vitest'
import { findMarkers } from './leaves.js'

describe('findMarkers', () => {
  it('finds every run of superscript digits with its label', () => {
    const text = 'rights.¹ Ban² and ³⁴ then ⁰ and ¹⁰⁵ end'
    expect(findMarkers(text).map(({ start, end, label }) => [text.slice(start, end), start, label])).toEqual([
      ['¹', 7, '1'],
      ['²', 12, '2'],
      ['³⁴', 18, '34'],
      ['⁰', 26, '0'],
      ['¹⁰⁵', 32, '105']
    ])
  })

  it('reads a run longer than four in pieces of four', () => {
    expect(findMarkers('x¹²³⁴⁵⁶').map((marker) => marker.label)).toEqual(['1234', '56'])
  })

  it('takes no other character for a superscript digit', () => {
    expect(findMarkers('a ⁱ ⁱⁿ ⁺ ₁ ª º ½ 2 …')).toEqual([])
  })
})
