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

  it('counts only line feeds as line ends, so "\\r\\n" is one line end', () => {
    const crlf = new Location('a\r\nb')
    expect(crlf.point(3)).toEqual({ line: 2, column: 1, offset: 3 })
  })

  it('handles the empty input', () => {
    expect(new Location('').position(0, 0)).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } })
  })
})
