import { describe, expect, it } from 'vitest'
import { DocumentWords, textCodes } from './document-words.js'

const count = (words: DocumentWords, word: string) => words.counts.count(word, 0, word.length)

describe('DocumentWords', () => {
  it('counts the words of a text lowercased, compounds whole and by part', () => {
    const words = new DocumentWords('Well-being, and the well-being of WELL people. Naïve NAÏVE')
    expect(count(words, 'well-being')).toBe(2)
    expect(count(words, 'well')).toBe(3)
    expect(count(words, 'being')).toBe(2)
    expect(count(words, 'the')).toBe(1)
    // Letters outside ASCII are lowercased as `toLowerCase` does.
    const naive = 'naïve'
    expect(words.counts.count(naive, 0, naive.length)).toBe(2)
  })

  it('does not count runs of letters longer than a word', () => {
    const long = 'a'.repeat(41)
    expect(count(new DocumentWords(`${long} b`), long)).toBe(0)
  })

  it('collects the starts of words up to a ligature', () => {
    const words = new DocumentWords('the signified Office')
    const has = (head: string) => words.ligatureHeads.count(head, 0, head.length) > 0
    expect(has('signif')).toBe(true)
    expect(has('of')).toBe(true)
    expect(has('the')).toBe(false)
  })

  it('finds the entry of a plain word by where it is written, in any order of asking', () => {
    const text = 'data about data, well-being and Data'
    const words = new DocumentWords(text)
    const at = (word: string, from = 0) => text.indexOf(word, from)
    const data = words.entryAt(at('data'), at('data') + 4)
    expect(data).toBeGreaterThanOrEqual(0)
    expect(words.entryAt(at('Data'), at('Data') + 4)).toBe(data)
    expect(words.entryAt(at('data', 1), at('data', 1) + 4)).toBe(data)
    expect(words.entryAt(at('about'), at('about') + 5)).not.toBe(data)
    // Not a plain word, or not where a word starts, or not its length.
    expect(words.entryAt(at('well'), at('well') + 4)).toBe(-1)
    expect(words.entryAt(at('ata'), at('ata') + 3)).toBe(-1)
    expect(words.entryAt(at('about'), at('about') + 3)).toBe(-1)
  })

  it('tells where a plain word ends by where it starts, stepping back a word as a pair asks', () => {
    const text = 'int elligence, well-being and café A4'
    const words = new DocumentWords(text)
    const at = (word: string) => text.indexOf(word)
    expect(words.endAt(at('elligence'))).toBe(at(','))
    expect(words.endAt(at('int'))).toBe(at(' elligence'))
    expect(words.endAt(at('and'))).toBe(at(' café'))
    // The letters of a code are a plain word here: what follows them is for the caller to read.
    expect(words.endAt(at('A4'))).toBe(at('4'))
    // Inside a word, a compound, letters beyond ASCII: no plain word starts there.
    expect(words.endAt(at('lligence'))).toBe(-1)
    expect(words.endAt(at('well'))).toBe(-1)
    expect(words.endAt(at('café'))).toBe(-1)
  })

  it('answers many offsets in a long text, forward and back', () => {
    const text = 'alpha beta gamma '.repeat(2000)
    const words = new DocumentWords(text)
    const gamma = words.entryAt(11, 16)
    for (const offset of [text.length - 6, 11, 17 * 1000 + 11, 17 * 3 + 11]) expect(words.entryAt(offset, offset + 5)).toBe(gamma)
  })

  it('keeps the codes of its text, with a 0 after them', () => {
    const text = 'Naïve “data”'
    expect(Array.from(new DocumentWords(text).codes)).toEqual([...Array.from(text, (char) => char.charCodeAt(0)), 0])
    expect(Array.from(textCodes('a\uD83D'))).toEqual([97, 0xd83d, 0])
  })
})
