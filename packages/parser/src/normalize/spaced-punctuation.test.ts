import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readingOf } from './reading.js'
import { spacedPunctuationEdits } from './spaced-punctuation.js'

const cases = JSON.parse(readFileSync(new URL('./spaced-punctuation.cases.json', import.meta.url), 'utf8')) as [string, string][]
const repair = (text: string) => readingOf(text, 0, text.length, spacedPunctuationEdits(text, 0, text.length))

describe('spaced punctuation', () => {
  it.each(cases)('reads %j as %j', (input, want) => {
    expect(repair(input).text).toBe(want)
  })

  it('only ever removes or collapses white space, in order', () => {
    for (const [input] of cases) {
      let at = 0
      for (const edit of spacedPunctuationEdits(input, 0, input.length)) {
        expect(edit.start).toBeGreaterThanOrEqual(at)
        expect(input.slice(edit.start, edit.end).trim()).toBe('')
        expect(['', ' ']).toContain(edit.insert)
        at = edit.end
      }
    }
  })

  it('repairs only inside the range it is given', () => {
    const text = 'a , b , c , d'
    const edits = spacedPunctuationEdits(text, 4, 9)
    expect(edits).toEqual([{ start: 5, end: 6, insert: '', rule: 'spaced-punctuation' }])
  })
})
