import { describe, expect, it } from 'vitest'
import { findReferences } from './find.js'

// Inputs built to make a backtracking matcher explode. The scanner is one forward pass, so each
// finishes well inside the test timeout; the assertions check it still reads them correctly.
describe('findReferences on adversarial strings', () => {
  it('reads 100k "Article 1 and " as one list with no act: one self reference per item', () => {
    const found = findReferences('Article 1 and '.repeat(100_000))
    expect(found).toHaveLength(100_000)
    expect(found.every((c) => c.target.instrument === 'self' && c.target.article === '1')).toBe(true)
  })

  it('finds nothing in 1 MB of "("', () => {
    expect(findReferences('('.repeat(1 << 20))).toEqual([])
  })

  it('finds nothing in 50k "Regulation (EU) " without a number', () => {
    expect(findReferences('Regulation (EU) '.repeat(50_000))).toEqual([])
  })

  it('still finds the act after 50k unfinished "Regulation (EU) "', () => {
    const found = findReferences('Regulation (EU) '.repeat(50_000) + '2016/679')
    expect(found.map((c) => c.target.instrument)).toEqual(['gdpr'])
  })

  it('survives long runs of near-misses', () => {
    expect(findReferences('points (a) and '.repeat(50_000))).toEqual([])
    expect(findReferences('COM ( '.repeat(50_000))).toEqual([])
    expect(findReferences('1/'.repeat(200_000))).toEqual([])
    expect(findReferences('Articles 1, 2 thereof '.repeat(20_000))).toEqual([])
    expect(findReferences('Regulation (EU) 2016/679 (‘'.repeat(20_000)).every((c) => c.target.instrument === 'gdpr')).toBe(true)
  })

  it('reads a long coordination of rights, one citation per right', () => {
    const found = findReferences('freedom of expression, of '.repeat(10_000))
    expect(found).toHaveLength(10_000)
  })

  it('never throws on odd strings', () => {
    for (const input of ['', ' ', '\u0000', '\uD800', 'Article', 'Article (', 'Article 9(', 'Article 9(2)(', 'of the', ')))', 'COM(', 'OJ L', 'C-', 'Case C-', 'P9_TA(', '2020/2016(', 'ECLI:EU', 'Regulation (EU', '“”', 'thereof', 'the Charter (']) {
      expect(() => findReferences(input)).not.toThrow()
    }
    expect(findReferences(undefined as unknown as string)).toEqual([])
  })
})
