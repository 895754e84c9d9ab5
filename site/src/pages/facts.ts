import type { Element } from 'hast'
import { h } from 'hastscript'
import { isClause, type Catalog } from '../catalog.js'
import type { SiteDocument } from '../model.js'

export interface DocumentCounts {
  clauses: number
  demands: number
  citations: number
}

export function documentCounts(document: SiteDocument, catalog: Catalog): DocumentCounts {
  const id = document.tree.id
  return {
    clauses: document.tree.children.filter(isClause).length,
    demands: catalog.demandsByDoc.get(id)?.length ?? 0,
    citations: catalog.citationCounts.get(id) ?? 0
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

export function countsLine(counts: DocumentCounts): string {
  return [plural(counts.clauses, 'clause'), plural(counts.demands, 'demand'), plural(counts.citations, 'citation')].join(' · ')
}

/** Who wrote it, to whom, and how much is in it: a definition list. */
export function documentFacts(document: SiteDocument, catalog: Catalog): Element {
  const rows: Array<[string, string]> = []
  if (document.authors?.length) rows.push(['By', document.authors.join(', ')])
  if (document.addressees?.length) rows.push(['To', document.addressees.join(', ')])
  if (document.date) rows.push(['Date', document.date])
  if (document.source && !/^https?:/i.test(document.source)) rows.push(['Source', document.source])
  rows.push(['Contains', countsLine(documentCounts(document, catalog))])
  return h(
    'dl',
    { className: ['facts'] },
    rows.map(([term, value]) => h('div', [h('dt', term), h('dd', value)]))
  )
}

export function kindName(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1)
}
