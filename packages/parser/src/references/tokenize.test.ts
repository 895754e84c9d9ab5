import { describe, expect, it } from 'vitest'
import { SignatureSet, wordSignature, wordSignatures } from './signatures.js'
import { Tokens, WORD } from './tokenize.js'

const words = ['this', 'This', 'THIS', 'GDPR', 'gdpr', 'a', 'EU', 'Regulation', 'P9_TA', "don't", 'Prüm', 'PRÜM', 'ΑΣ1', 'İstanbul', 'X9', 'Q_', 'Ab_Z', 'zZ9_']

describe('Tokens', () => {
  it('gives each word the signature wordSignature gives it, in a set with the plain one', () => {
    for (const word of words) {
      const tokens = new Tokens(word)
      expect(tokens.count).toBe(1)
      expect(tokens.kind[0]).toBe(WORD)
      expect(tokens.signatures[0]).toBe(wordSignature(word))
      expect(wordSignatures(word)).toContain(tokens.signatures[0])
      tokens.release()
    }
  })

  it('gives ASCII words with the same lowercase the same signature', () => {
    const tokens = new Tokens("this This THIS GDPR gdpr don't Prüm PRÜM ( 2016/679")
    expect(tokens.signatures[1]).toBe(tokens.signatures[0])
    expect(tokens.signatures[2]).toBe(tokens.signatures[0])
    expect(tokens.signatures[4]).toBe(tokens.signatures[3])
    expect(tokens.signatures[7]).toBe(tokens.signatures[6])
    expect(wordSignatures('Prüm')).toEqual([wordSignature('Prüm')])
    tokens.release()
  })

  it('lowercases words as toLowerCase does, from text to text', () => {
    const texts = ['Charter charter CHARTER Chart chart', 'CHART Charter Prüm PRÜM İstanbul ΑΣ']
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        const tokens = new Tokens(text)
        for (let i = 0; i < tokens.count; i++) expect(tokens.lower(i)).toBe(tokens.text(i).toLowerCase())
        tokens.release()
      }
    }
  })

  it('marks the watched words, the words with a digit and the numbers, in order', () => {
    const watch = new SignatureSet(wordSignatures('gdpr'))
    const tokens = new Tokens('The GDPR, in A9 and Regulation 2016/679 ; the gdpr.', watch)
    const marked = Array.from(tokens.marked.subarray(0, tokens.markedCount))
    expect(marked.map((i) => tokens.text(i))).toEqual(['GDPR', 'A9', '2016/679', 'gdpr'])
    tokens.release()
    const unwatched = new Tokens('The GDPR, in A9')
    expect(unwatched.markedCount).toBe(0)
    unwatched.release()
  })
})
