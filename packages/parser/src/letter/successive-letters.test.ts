import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { losslessProblems } from '../../test/lossless.js'
import { parse } from '../parse.js'
import type { Clause } from '../tree.js'

const corpus = (file: string) => readFileSync(new URL(`../../../../corpus/${file}`, import.meta.url), 'utf8')

/**
 * Kind, first words and kind of signatory of each clause of `text` from offset `from` on (the
 * broken-word repair weighs words by their counts in the whole text, so a doubled text may
 * join a word the single one leaves: readings are compared by their first words).
 */
function clausesFrom(text: string, format: 'pdf-text' | 'markdown', from: number) {
  const { tree } = parse(text, { format })
  expect(losslessProblems(tree, text, true)).toEqual([])
  return tree.children
    .filter((node): node is Clause => node.type === 'clause' && node.position.start.offset >= from)
    .map((clause) => ({ kind: clause.kind, reading: clause.reading.text.slice(0, 6), signatory: clause.signatory?.type }))
}

describe('letters one after the other in one text', () => {
  it('reads the second copy of the EDRi letter as the first: head, body, closing, signatories', () => {
    const letter = corpus('edri-letter-2021-01-12.txt')
    const twice = `${letter}\n\n${letter}`
    const first = clausesFrom(letter, 'pdf-text', 0)
    const second = clausesFrom(twice, 'pdf-text', letter.length + 2)
    expect(second).toEqual(first)
    expect(second.filter((clause) => clause.kind === 'item')).toHaveLength(15)
    expect(second.filter((clause) => clause.kind === 'signatory')).toHaveLength(62)
  })

  it('reads the second copy of the MEP letter’s date, body and signatories as a letter’s, not as signatories', () => {
    const letter = corpus('mep-letter-2021-10-04.md')
    const second = clausesFrom(`${letter}\n\n${letter}`, 'markdown', letter.length + 2)
    const kinds = second.map((clause) => clause.kind)
    expect(kinds.indexOf('date')).toBeGreaterThan(0)
    expect(kinds.filter((kind) => kind === 'prose')).toHaveLength(8)
    expect(kinds.filter((kind) => kind === 'closing')).toHaveLength(1)
    expect(kinds.slice(kinds.indexOf('closing') + 1).filter((kind) => kind === 'signatory')).toHaveLength(25)
    expect(second.find((clause) => clause.reading.startsWith('Dear colleagues'))?.kind).not.toBe('signatory')
  })

  it('keeps a "cc:" line and a place and date after the signatures as signatures, with no salutation after them', () => {
    const text = 'Dear Commissioner,\n\nWe ask you to act.\n\nYours sincerely,\n\nAccess Now, International\n\ncc: Cabinet of the Commissioner\n\nBrussels, 4 October 2021\n'
    const kinds = clausesFrom(text, 'markdown', 0).map((clause) => clause.kind)
    expect(kinds.slice(0, 3)).toEqual(['salutation', 'prose', 'closing'])
    expect(kinds.slice(3)).not.toContain('date')
  })
})
