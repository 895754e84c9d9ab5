import { describe, expect, it } from 'vitest'
import { findReferences } from './find.js'
import data from './cases.json' with { type: 'json' }
import type { FindOptions } from './types.js'

interface Case {
  source: string
  input: string
  options?: FindOptions
  references: { span: string; target: Record<string, string>; resolution?: string }[]
}

const cases = data.cases as Case[]

describe('findReferences: the table of EU citation forms', () => {
  it('has at least 100 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100)
  })

  it.each(cases.map((c) => [`${c.source}: ${c.input.slice(0, 90)}`, c] as const))('%s', (_name, c) => {
    const found = findReferences(c.input, c.options)
    const got = found.map((f) => ({
      span: f.text,
      target: Object.fromEntries(Object.keys(c.references[found.indexOf(f)]?.target ?? {}).map((k) => [k, (f.target as unknown as Record<string, string>)[k]])),
      ...(c.references[found.indexOf(f)]?.resolution ? { resolution: f.resolution } : {})
    }))
    expect(got).toEqual(c.references)
    for (const f of found) expect(c.input.slice(f.start, f.end)).toBe(f.text)
  })
})
