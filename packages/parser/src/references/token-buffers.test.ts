import { describe, expect, it } from 'vitest'
import { StringCache } from './token-buffers.js'

describe('StringCache', () => {
  it('keeps strings by index until cleared, and forgets them all then', () => {
    const cache = new StringCache()
    cache.set(3, 'three')
    cache.set(70_000, 'far')
    expect(cache.get(3)).toBe('three')
    expect(cache.get(70_000)).toBe('far')
    expect(cache.get(4)).toBeUndefined()
    expect(cache.get(80_000)).toBeUndefined()
    cache.clear()
    expect(cache.get(3)).toBeUndefined()
    expect(cache.get(70_000)).toBeUndefined()
    cache.set(1, 'one')
    expect(cache.get(1)).toBe('one')
    expect(cache.get(3)).toBeUndefined()
  })
})
