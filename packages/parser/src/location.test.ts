import { describe, expect, it } from 'vitest'
import { Location } from './location.js'

describe('Location', () => {
  const location = new Location('ab\ncd\n\nef')

  it('turns offsets into 1-based lines and columns', () => {
    expect(location.point(0)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(location.point(2)).toEqual({ line: 1, column: 3, offset: 2 })
    expect(location.point(3)).toEqual({ line: 2, column: 1, offset: 3 })
    expect(location.point(6)).toEqual({ line: 3, column: 1, offset: 6 })
    expect(location.point(9)).toEqual({ line: 4, column: 3, offset: 9 })
  })

  it('gives positions with both ends', () => {
    expect(location.position(1, 4)).toEqual({ start: { line: 1, column: 2, offset: 1 }, end: { line: 2, column: 2, offset: 4 } })
  })

  it('shares the points of positions that meet, and gives a new point to `point`', () => {
    const fresh = new Location('ab\ncd\n\nef')
    const first = fresh.position(0, 4)
    const next = fresh.position(4, 9)
    expect(next.start).toBe(first.end)
    expect(next.start).toEqual({ line: 2, column: 2, offset: 4 })
    // A point met again after one of the same slot (offsets 256 apart) is made anew, and right.
    const long = new Location('x'.repeat(600))
    const a = long.position(4, 260)
    expect(long.position(260, 300).start).toBe(a.end)
    expect(long.position(4, 5).start).toEqual({ line: 1, column: 5, offset: 4 })
    expect(fresh.point(4)).not.toBe(fresh.point(4))
  })

  it('counts only line feeds as line ends, so "\\r\\n" is one line end', () => {
    const crlf = new Location('a\r\nb')
    expect(crlf.point(3)).toEqual({ line: 2, column: 1, offset: 3 })
  })

  it('handles the empty input', () => {
    expect(new Location('').position(0, 0)).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } })
  })
})
