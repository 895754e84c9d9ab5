import { describe, expect, it } from 'vitest'
import { textCodes } from './document-words.js'
import { hashWord, HASH_SEED, hashCode, isAscii, WordTable } from './word-table.js'

describe('WordTable', () => {
  it('counts words by range, with ASCII capitals folded', () => {
    const text = 'The intelligence of Intelligence and INTELLIGENCE'
    const table = new WordTable()
    for (const match of text.matchAll(/\p{L}+/gu)) table.add(text, match.index, match.index + match[0].length)
    expect(table.size).toBe(4)
    expect(table.count('intelligence', 0, 12)).toBe(3)
    expect(table.count('xINTELLIGENCEx', 1, 13)).toBe(3)
    expect(table.count('the', 0, 3)).toBe(1)
    expect(table.count('intelligent', 0, 11)).toBe(0)
    expect(table.count('', 0, 0)).toBe(0)
  })

  it('asks about two ranges read as one word, as a join is', () => {
    const table = new WordTable()
    table.add('intelligence', 0, 12)
    expect(table.count('int', 0, 3, 'elligence', 0, 9)).toBe(1)
    expect(table.count('a int', 2, 5, 'xx elligence', 3, 12)).toBe(1)
    expect(table.count('int', 0, 3, 'elligent', 0, 8)).toBe(0)
    expect(table.countHashed(hashWord('Int', 0, 3, 'ELLIGENCE', 0, 9), 'Int', 0, 3, 'ELLIGENCE', 0, 9)).toBe(1)
  })

  it('folds ASCII capitals only: other characters compare as they are', () => {
    const table = new WordTable()
    table.add('é', 0, 1)
    table.add('@', 0, 1)
    expect(table.count('É', 0, 1)).toBe(0)
    expect(table.count('é', 0, 1)).toBe(1)
    // "@" and "`" hash alike (bit 5) but are different words.
    expect(table.count('`', 0, 1)).toBe(0)
  })

  it('hashes as it scans the same as at once', () => {
    let hash = HASH_SEED
    for (const char of 'Biometric') hash = hashCode(hash, char.charCodeAt(0))
    expect(hash).toBe(hashWord('bio', 0, 3, 'METRIC', 0, 6))
  })

  it('grows past its expected size and keeps every word', () => {
    const table = new WordTable(2)
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`)
    for (const word of words) table.add(word, 0, word.length, 2)
    expect(table.size).toBe(5000)
    for (const word of words) expect(table.count(word, 0, word.length)).toBe(2)
    expect(table.add(words[7]!, 0, words[7]!.length)).toBe(7)
  })

  it('tells whether it may hold a word from the hash and length alone', () => {
    const table = new WordTable()
    table.add('office', 0, 6)
    expect(table.mayHold(hashWord('OFFICE', 0, 6), 6)).toBe(true)
    expect(table.mayHold(hashWord('office', 0, 6), 5)).toBe(false)
    expect(table.mayHold(hashWord('offices', 0, 7), 7)).toBe(false)
  })

  it('counts words read from codes as it counts them read from a string', () => {
    const text = 'Data and data, DATA'
    const codes = textCodes(text)
    const table = new WordTable()
    const data = table.addCodes(hashWord(text, 0, 4), codes, 0, 4)
    expect(table.addCodes(hashWord(text, 9, 13), codes, 9, 13)).toBe(data)
    table.add(text, 15, 19)
    expect(table.count('data', 0, 4)).toBe(3)
    expect(table.addCodes(hashWord(text, 5, 8), codes, 5, 8)).not.toBe(data)
    expect(table.count('AND', 0, 3)).toBe(1)
  })

  it("answers for another table's entry by its hash and letters", () => {
    const listed = new WordTable()
    listed.add('data', 0, 4, 5)
    const document = new WordTable()
    const data = document.add('Data', 0, 4)
    const datum = document.add('datum', 0, 5)
    expect(listed.countOf(document, data)).toBe(5)
    expect(listed.countOf(document, datum)).toBe(0)
  })

  it('tells ASCII ranges', () => {
    expect(isAscii('naïve', 0, 2)).toBe(true)
    expect(isAscii('naïve', 0, 3)).toBe(false)
  })
})
