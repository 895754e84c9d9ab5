import { describe, expect, it } from 'vitest'
import { Location } from '../../location.js'
import type { Message } from '../../tree.js'
import { findClauseStarts, recitalLabel } from './clauses.js'

describe('recitalLabel', () => {
  it('letters recitals as the Parliament does: A..Z, then AA, AB, ..., AZ, BA', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(recitalLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
  })
})

describe('findClauseStarts', () => {
  const starts = (text: string) => {
    const messages: Message[] = []
    const found = findClauseStarts(text, 0, text.length, new Location(text), messages)
    return { ids: found.map((s) => s.id), messages: messages.map((m) => m.ruleId) }
  }

  it('takes a number for a paragraph only when it comes next, at a clause boundary', () => {
    expect(starts('1 . Notes Article 2 . Of it ; p. 2 . Xy ; the 2 . Big one ; 2 . Calls ; 21st century ; 3 . Ends .').ids).toEqual([
      'para_1',
      'para_2',
      'para_3'
    ])
  })

  it('bridges one missing letter or number, with a message', () => {
    expect(starts('A . whereas a ; C . whereas c ; 1 . Calls ; 3 . Notes .')).toEqual({
      ids: ['rec_A', 'rec_C', 'para_1', 'para_3'],
      messages: ['ep:numbering-gap', 'ep:numbering-gap']
    })
  })

  it('never goes back to citations or recitals once paragraphs began', () => {
    expect(starts('1 . Calls , – having regard to x , A . whereas y ; 2 . Notes .').ids).toEqual(['para_1', 'para_2'])
  })

  it('takes a short capitalised phrase before a paragraph number for a heading', () => {
    const text = 'A . whereas x ; Facial recognition 1 . Notes y ; 2 . Calls .'
    const found = findClauseStarts(text, 0, text.length, new Location(text), [])
    const heading = found[1]!.heading!
    expect(text.slice(heading.start, heading.end)).toBe('Facial recognition')
  })
})
