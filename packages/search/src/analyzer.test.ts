import { describe, expect, it } from 'vitest'
import { analyze, indexTerms } from './analyzer.js'

const stems = (text: string) => analyze(text).map((word) => word.stem)

describe('analyze', () => {
  it('stems English words and folds case and diacritics', () => {
    expect(stems('Surveillance surveilled Jourová JOUROVA')).toEqual(['surveil', 'surveil', 'jourova', 'jourova'])
  })

  it('reads American -ize spellings as the British ones', () => {
    expect(stems('minimization minimisation analyzed analysed')).toEqual(['minimis', 'minimis', 'analys', 'analys'])
    expect(stems('citizen size seize')).toEqual(['citizen', 'size', 'seiz'])
  })

  it('stems a singular in -us, -is or -as like its plural', () => {
    expect(stems('bias biases biased')).toEqual(['bias', 'bias', 'bias'])
    expect(stems('status statuses analysis analyses')).toEqual(['status', 'status', 'analys', 'analys'])
    expect(stems('areas area ideas')).toEqual(['area', 'area', 'idea'])
  })

  it('stems an adjective in -atory like its noun in -ation', () => {
    expect(stems('discriminatory discrimination non-discriminatory')).toEqual(['discrimin', 'discrimin', 'non', 'discrimin'])
    expect(analyze('non-discriminatory')[0]!.joined).toBe('nondiscrimin')
    expect(stems('regulatory regulation mandatory mandate signatories')).toEqual(['regul', 'regul', 'mandat', 'mandat', 'signat'])
    expect(stems('story factory oratory')).toEqual(['stori', 'factori', 'oratori'])
  })

  it('compares numbers by value', () => {
    expect(stems('COM(2020)0065 65 0')).toEqual(['com', '2020', '65', '65', '0'])
  })

  it('indexes a hyphenated word by each part and as a whole', () => {
    const words = analyze('non-discrimination')
    expect(indexTerms(words)).toEqual(['non', 'nondiscrimin', 'discrimin'])
    expect(indexTerms(analyze('non discrimination'))).toEqual(['non', 'discrimin'])
    expect(indexTerms(analyze('nondiscrimination'))).toEqual(['nondiscrimin'])
  })

  it('joins numbers written with a slash, and keeps offsets into the text', () => {
    const words = analyze('Regulation (EU) 2016/679')
    expect(words.map((word) => [word.stem, word.start, word.end])).toEqual([
      ['regul', 0, 10],
      ['eu', 12, 14],
      ['2016', 16, 20],
      ['679', 21, 24]
    ])
    expect(words[2]!.joined).toBe('2016679')
  })

  it('drops possessives and marks stop words and capitals', () => {
    const words = analyze('the Commission’s LED led')
    expect(words.map((word) => word.stem)).toEqual(['the', 'commiss', 'led', 'led'])
    expect(words.map((word) => word.stop)).toEqual([true, false, false, false])
    expect(words.map((word) => word.upper)).toEqual([false, false, true, false])
  })

  it('reads adversarial input (long compounds, runs of joiners and possessives)', () => {
    const words = analyze('a-'.repeat(50_000) + '/'.repeat(50_000) + 'x’s'.repeat(20_000))
    expect(words[0]!.joined).toBe('a'.repeat(50_000))
    expect(words).toHaveLength(50_000 + 20_000)
  })
})
