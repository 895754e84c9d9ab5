import { describe, expect, it } from 'vitest'
import { makeSnippet, mark, mergeRanges } from './snippet.js'

describe('makeSnippet', () => {
  it('keeps a short text whole and marks its matches', () => {
    const snippet = makeSnippet('calls for a ban on predictive policing', [[19, 29], [30, 38]])
    expect(snippet.snippet).toBe('calls for a ban on predictive policing')
    expect(snippet.highlights).toEqual([[19, 29], [30, 38]])
    expect(snippet.marked).toBe('calls for a ban on «predictive» «policing»')
  })

  it('cuts a long text around the densest matches, on word boundaries, with ellipses', () => {
    const text = `${'filler words here '.repeat(30)}the match is here and match again ${'tail text '.repeat(40)}`
    const first = text.indexOf('match')
    const second = text.indexOf('match', first + 1)
    const snippet = makeSnippet(text, [[first, first + 5], [second, second + 5]], { width: 120 })
    expect(snippet.snippet.startsWith('…')).toBe(true)
    expect(snippet.snippet.endsWith('…')).toBe(true)
    expect(snippet.snippet.length).toBeLessThanOrEqual(122)
    expect(snippet.highlights).toHaveLength(2)
    for (const [start, end] of snippet.highlights) expect(snippet.snippet.slice(start, end)).toBe('match')
  })

  it('starts at the beginning when nothing matched', () => {
    const snippet = makeSnippet('word '.repeat(100), [], { width: 50 })
    expect(snippet.snippet.startsWith('word')).toBe(true)
    expect(snippet.highlights).toEqual([])
  })
})

describe('ranges', () => {
  it('merges overlapping and touching ranges', () => {
    expect(mergeRanges([[5, 9], [0, 2], [2, 4], [8, 12]])).toEqual([[0, 4], [5, 12]])
  })
  it('marks ranges in order', () => {
    expect(mark('abcdef', [[0, 1], [3, 5]])).toBe('«a»bc«de»f')
  })
})
