import type { Document, Resolution } from '@whereas/parser'
import { clausesOf } from './clauses.js'
import { describeProvision, provisionsOf } from './provisions.js'

/** Which side of the debate a document is on: the resolution, or the letters and news that pressed it. */
export type Side = 'resolution' | 'letters'

export interface Citing {
  doc: string
  id: string
  resolution: Resolution
}

/** A provision and every clause that cites it. */
export interface ProvisionNode {
  key: string
  instrument: string
  article?: string
  title?: string
  label: string
  citedBy: Citing[]
  sides: Side[]
}

/** The citation graph across the corpus: clauses -> provisions, and what the two sides share. */
export interface CitationGraph {
  provisions: ProvisionNode[]
  /** Provision keys both the resolution and the letters cite. */
  shared: string[]
  /** Provision keys only the letters cite. */
  lettersOnly: string[]
  /** Provision keys only the resolution cites. */
  resolutionOnly: string[]
  /** Instruments both sides cite, at any article. */
  sharedInstruments: string[]
}

export function sideOf(doc: Document): Side {
  return doc.kind === 'resolution' ? 'resolution' : 'letters'
}

/**
 * Build the citation graph from parsed documents: every reference node of every clause, by
 * provision (`instrument:article`, or the instrument when no article is cited).
 */
export function citationGraph(trees: Document[]): CitationGraph {
  const nodes = new Map<string, ProvisionNode>()
  const instrumentSides = new Map<string, Set<Side>>()
  for (const tree of trees) {
    const side = sideOf(tree)
    for (const clause of clausesOf(tree)) {
      for (const p of provisionsOf(clause)) {
        let node = nodes.get(p.key)
        if (!node) {
          node = { key: p.key, instrument: p.instrument, label: describeProvision(p), citedBy: [], sides: [] }
          if (p.article) node.article = p.article
          if (p.title) node.title = p.title
          nodes.set(p.key, node)
        }
        node.citedBy.push({ doc: tree.id, id: clause.id, resolution: p.resolution })
        if (!node.sides.includes(side)) node.sides.push(side)
        const sides = instrumentSides.get(p.instrument) ?? new Set<Side>()
        sides.add(side)
        instrumentSides.set(p.instrument, sides)
      }
    }
  }
  const provisions = [...nodes.values()].sort((a, b) => compareKeys(a.key, b.key))
  const keysWith = (test: (sides: Side[]) => boolean) => provisions.filter((p) => test(p.sides)).map((p) => p.key)
  return {
    provisions,
    shared: keysWith((s) => s.length === 2),
    lettersOnly: keysWith((s) => s.length === 1 && s[0] === 'letters'),
    resolutionOnly: keysWith((s) => s.length === 1 && s[0] === 'resolution'),
    sharedInstruments: [...instrumentSides.entries()].filter(([, s]) => s.size === 2).map(([i]) => i).sort()
  }
}

/** "charter:8" before "charter:47": articles in numeric order within an instrument. */
function compareKeys(a: string, b: string): number {
  const [ia = '', aa = ''] = a.split(':')
  const [ib = '', ab = ''] = b.split(':')
  if (ia !== ib) return ia < ib ? -1 : 1
  const na = Number.parseInt(aa, 10)
  const nb = Number.parseInt(ab, 10)
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb
  return aa < ab ? -1 : aa > ab ? 1 : 0
}
