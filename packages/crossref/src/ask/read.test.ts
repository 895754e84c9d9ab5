import { describe, expect, it } from 'vitest'
import { askOf, segmentsOf } from './read.js'
import cases from './cases.json' with { type: 'json' }

interface Case {
  text: string
  ask: string
  verbClass?: string
  exceptions?: string[]
  conditions?: number
  scope?: string[]
}

describe('askOf', () => {
  for (const c of cases as Case[]) {
    it(`${c.ask}: ${c.text.slice(0, 70)}`, () => {
      const reading = askOf(c.text)
      expect(reading.ask).toBe(c.ask)
      if (c.verbClass) expect(reading.verbClass).toBe(c.verbClass)
      if (c.exceptions) expect(reading.exceptions).toEqual(c.exceptions)
      if (c.conditions !== undefined) expect(reading.conditions).toHaveLength(c.conditions)
      if (c.scope) expect(reading.scope.map((s) => s.key)).toEqual(c.scope)
    })
  }

  it('never throws and stays linear on adversarial text', () => {
    const hostile = [
      '',
      ' ',
      ', which '.repeat(20000),
      'unless '.repeat(20000),
      'calls for a ban or '.repeat(5000),
      'we '.repeat(30000) + 'call',
      'the right to the right of '.repeat(10000) + 'freedom of' + '-'.repeat(50000),
      '((((((((((' + 'a'.repeat(100000)
    ]
    for (const text of hostile) {
      const start = performance.now()
      expect(() => askOf(text)).not.toThrow()
      expect(performance.now() - start).toBeLessThan(2000)
    }
  })
})

describe('segmentsOf', () => {
  it('splits on semicolons and sentence ends, not on "e.g." or a closing quote inside a sentence', () => {
    expect(segmentsOf('Notes the risks ; calls for a ban. Stresses that, e.g. here, x')).toEqual([
      'Notes the risks',
      'calls for a ban.',
      'Stresses that, e.g. here, x'
    ])
    expect(segmentsOf('They asked “to prohibit it.” More concretely, they call for:')).toHaveLength(2)
  })
})
