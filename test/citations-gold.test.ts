import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseManifest } from '@whereas/crossref'
import { parse } from '@whereas/parser'
import { score, total, type Figures, type GoldReference } from '../packages/parser/src/references/gold/score.js'

// Precision and recall of the references parse attaches, against the hand-checked lists in
// packages/parser/src/references/gold/ (one per corpus document). The figures are in
// packages/parser/docs/citations.md; scripts/citations-score.mjs prints them.
const root = new URL('../', import.meta.url)
const manifest = parseManifest(readFileSync(new URL('corpus/manifest.yaml', root), 'utf8'), 'corpus/manifest.yaml').entries

function foundIn(entry: (typeof manifest)[number]): GoldReference[] {
  const { tree } = parse(readFileSync(new URL(`corpus/${entry.file}`, root), 'utf8'), { format: entry.format, id: entry.id, kind: entry.kind })
  const out: GoldReference[] = []
  for (const clause of tree.children) {
    if (clause.type !== 'clause') continue
    for (const node of clause.children) {
      if (node.type !== 'reference' || node.target.instrument === 'self') continue
      const ref: GoldReference = { clause: clause.id, text: node.children.map((t) => t.value).join(''), instrument: node.target.instrument, article: node.target.article ?? null }
      if (node.resolution === 'implicit') ref.implicit = true
      out.push(ref)
    }
  }
  return out
}

describe('references in the corpus against the hand-checked gold lists', () => {
  const explicit: Figures[] = []
  const implicit: Figures[] = []
  it.each(manifest.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const gold = JSON.parse(readFileSync(new URL(`packages/parser/src/references/gold/${entry.id}.json`, root), 'utf8')) as { references: GoldReference[] }
    const figures = score(gold.references, foundIn(entry))
    explicit.push(figures.explicit)
    implicit.push(figures.implicit)
    expect(figures.explicit.recall).toBeGreaterThanOrEqual(0.9)
    expect(figures.explicit.precision).toBeGreaterThanOrEqual(0.9)
    expect(figures.implicit.recall).toBeGreaterThanOrEqual(0.9)
    expect(figures.implicit.precision).toBeGreaterThanOrEqual(0.9)
  })

  it('over the whole corpus: explicit and implicit precision and recall at least 0.95', () => {
    const e = total(explicit)
    const i = total(implicit)
    expect(e.gold).toBeGreaterThan(50)
    expect(i.gold).toBeGreaterThan(50)
    for (const f of [e, i]) {
      expect(f.precision).toBeGreaterThanOrEqual(0.95)
      expect(f.recall).toBeGreaterThanOrEqual(0.95)
    }
  })

  it('scores a miss and a false hit', () => {
    const gold: GoldReference[] = [{ clause: 'a', text: 'x', instrument: 'gdpr', article: '9' }, { clause: 'a', text: 'y', instrument: 'led', article: null }]
    const found: GoldReference[] = [{ clause: 'a', text: 'x', instrument: 'gdpr', article: '9' }, { clause: 'a', text: 'z', instrument: 'gdpr', article: '6' }]
    expect(score(gold, found).explicit).toEqual({ gold: 2, found: 2, matched: 1, precision: 0.5, recall: 0.5 })
  })
})
