import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Edit } from '../tree.js'
import { readingOf, toOriginal, toOriginalAll } from './reading.js'

// "Decision ( 8 ) , including  it": drop the marker, the space before ",", collapse two spaces.
const source = 'Decision ( 8 ) , including  it'
const edits: Edit[] = [
  { start: 8, end: 14, insert: '', rule: 'footnote-marker' },
  { start: 14, end: 15, insert: '', rule: 'spaced-punctuation' },
  { start: 26, end: 28, insert: ' ', rule: 'whitespace' }
]
const reading = readingOf(source, 0, source.length, edits)

describe('readingOf', () => {
  it('applies the edits in order over the source range', () => {
    expect(reading.text).toBe('Decision, including it')
    expect(readingOf('xx' + source, 2, 2 + source.length, edits.map((e) => ({ ...e, start: e.start + 2, end: e.end + 2 }))).text).toBe(
      'Decision, including it'
    )
  })
})

describe('toOriginal', () => {
  it('maps untouched text one to one', () => {
    expect(toOriginal(reading, 0, 3)).toBe(3)
    expect(toOriginal(reading, 0, reading.text.indexOf('including'))).toBe(source.indexOf('including'))
  })

  it('leaves deleted text out of a range on both sides', () => {
    const comma = reading.text.indexOf(',')
    expect(toOriginal(reading, 0, comma, 'start')).toBe(source.indexOf(','))
    expect(toOriginal(reading, 0, comma, 'end')).toBe('Decision'.length)
  })

  it('gives a range inside a replacement the whole replaced span', () => {
    const space = reading.text.lastIndexOf(' ')
    expect(toOriginal(reading, 0, space, 'start')).toBe(26)
    expect(toOriginal(reading, 0, space + 1, 'end')).toBe(28)
    expect(toOriginal(reading, 0, space + 1, 'start')).toBe(28)
    expect(toOriginal(reading, 0, space, 'end')).toBe(26)
  })

  it('clamps offsets outside the reading', () => {
    expect(toOriginal(reading, 0, -5)).toBe(0)
    expect(toOriginal(reading, 0, 1000)).toBe(source.length)
  })
})

/** A source and sorted, disjoint edits over it, as fast-check data. */
const withEdits = fc
  .tuple(fc.string({ maxLength: 60 }), fc.array(fc.tuple(fc.nat(60), fc.nat(4), fc.string({ maxLength: 3 })), { maxLength: 8 }))
  .map(([text, raw]) => {
    const edits: Edit[] = []
    let at = 0
    for (const [offset, length, insert] of [...raw].sort((a, b) => a[0] - b[0])) {
      const start = Math.max(at, Math.min(offset, text.length))
      const end = Math.min(text.length, start + length)
      if (start === end && insert === '') continue
      edits.push({ start, end, insert, rule: 'test' })
      at = end
    }
    return { text, edits }
  })

describe('the map back, on random edits', () => {
  it('maps every untouched reading character to the same character of the source', () => {
    fc.assert(
      fc.property(withEdits, ({ text, edits }) => {
        const r = readingOf(text, 0, text.length, edits)
        let readingAt = 0
        let originalAt = 0
        for (const edit of [...edits, { start: text.length, end: text.length, insert: '', rule: 'end' }]) {
          for (let i = 0; i < edit.start - originalAt; i++) {
            const mapped = toOriginal(r, 0, readingAt + i)
            expect(text[mapped]).toBe(r.text[readingAt + i])
            expect(mapped).toBe(originalAt + i)
          }
          readingAt += edit.start - originalAt + edit.insert.length
          originalAt = edit.end
        }
      })
    )
  })

  it('is monotonic, and toOriginalAll agrees with toOriginal', () => {
    fc.assert(
      fc.property(withEdits, fc.constantFrom('start' as const, 'end' as const), ({ text, edits }, bias) => {
        const r = readingOf(text, 0, text.length, edits)
        const offsets = Array.from({ length: r.text.length + 1 }, (_, i) => i)
        const one = offsets.map((o) => toOriginal(r, 0, o, bias))
        expect(toOriginalAll(r, 0, offsets, bias)).toEqual(one)
        for (let i = 1; i < one.length; i++) expect(one[i]!).toBeGreaterThanOrEqual(one[i - 1]!)
        expect(one[0]).toBeGreaterThanOrEqual(0)
        expect(one.at(-1)).toBeLessThanOrEqual(text.length)
      })
    )
  })

  it('maps a reading range to an original range that reads the same', () => {
    fc.assert(
      fc.property(withEdits, fc.nat(), fc.nat(), ({ text, edits }, a, b) => {
        const r = readingOf(text, 0, text.length, edits)
        const s = Math.min(a, b) % (r.text.length + 1)
        const e = Math.max(s, Math.max(a, b) % (r.text.length + 1))
        const from = toOriginal(r, 0, s, 'start')
        const to = toOriginal(r, 0, e, 'end')
        const inside = edits.filter((edit) => edit.start >= from && edit.end <= to).map((edit) => ({ ...edit, start: edit.start - from, end: edit.end - from }))
        expect(from).toBeLessThanOrEqual(Math.max(from, to))
        expect(readingOf(text.slice(from, Math.max(from, to)), 0, Math.max(0, to - from), inside).text).toContain(r.text.slice(s, e))
      })
    )
  })
})
