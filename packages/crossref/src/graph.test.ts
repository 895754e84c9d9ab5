import type { Clause, Document, Reference, Resolution } from '@whereas/parser'
import { describe, expect, it } from 'vitest'
import { corpusTrees } from '../test/corpus.js'
import { citationGraph } from './graph.js'

const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

function ref(instrument: string, article?: string, resolution: Resolution = 'explicit'): Reference {
  return { type: 'reference', position: at, target: { instrument, ...(article ? { article } : {}) }, resolution, children: [] }
}
function clause(id: string, refs: Reference[]): Clause {
  return { type: 'clause', id, kind: 'paragraph', position: at, reading: { text: id, edits: [] }, children: refs }
}
function doc(id: string, kind: string, clauses: Clause[]): Document {
  return { type: 'document', id, kind, format: 'text', meta: {}, position: at, children: clauses }
}

describe('citationGraph', () => {
  it('says which provisions both sides cite and which only one side invokes', () => {
    const graph = citationGraph([
      doc('res', 'resolution', [clause('para_1', [ref('charter', '47'), ref('gdpr')]), clause('para_2', [ref('charter', '8')])]),
      doc('letter', 'letter', [clause('p_1', [ref('charter', '47', 'implicit'), ref('led', '10')])])
    ])
    expect(graph.shared).toEqual(['charter:47'])
    expect(graph.resolutionOnly).toEqual(['charter:8', 'gdpr'])
    expect(graph.lettersOnly).toEqual(['led:10'])
    expect(graph.sharedInstruments).toEqual(['charter'])
    const c47 = graph.provisions.find((p) => p.key === 'charter:47')
    expect(c47?.citedBy).toEqual([
      { doc: 'res', id: 'para_1', resolution: 'explicit' },
      { doc: 'letter', id: 'p_1', resolution: 'implicit' }
    ])
  })

  it('covers every reference of the corpus', () => {
    const trees = corpusTrees()
    const graph = citationGraph(trees)
    let references = 0
    const keys = new Set<string>()
    for (const t of trees)
      for (const c of t.children)
        if (c.type === 'clause')
          for (const r of c.children) if (r.type === 'reference') {
            references++
            keys.add(r.target.article ? `${r.target.instrument}:${r.target.article}` : r.target.instrument)
          }
    expect(graph.provisions.map((p) => p.key).sort()).toEqual([...keys].sort())
    expect(graph.provisions.reduce((n, p) => n + p.citedBy.length, 0)).toBeLessThanOrEqual(references)
  })
})
