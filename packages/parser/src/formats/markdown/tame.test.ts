import { describe, expect, it } from 'vitest'
import { tameForRemark } from './tame.js'

// Past some 120,000 arguments a spread call overflows the stack; these inputs collect more
// offsets to tame than that, so they check that none is passed as spread arguments.
describe('tameForRemark on inputs with hundreds of thousands of offsets to tame', () => {
  it('tames 600,000 GFM notes past the first 500, keeping the text’s length', () => {
    const text = Array.from({ length: 600_000 }, (_, i) => `[^${i}]: n`).join('\n')
    const tamed = tameForRemark(text)
    expect(tamed.length).toBe(text.length)
    expect(tamed.endsWith('·^599999·: n')).toBe(true)
  })

  it('tames the markers of a quote of 600,000 lines that 300 lazy lines follow', () => {
    const text = '> a\n'.repeat(600_000) + 'lazy\n'.repeat(300)
    const tamed = tameForRemark(text)
    expect(tamed.length).toBe(text.length)
    expect(tamed.startsWith('· a\n')).toBe(true)
    expect(tamed.includes('> ')).toBe(false)
  })
})
