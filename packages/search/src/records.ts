import type { Clause, Document, Reference, Resolution } from '@whereas/parser'

/** A provision a clause cites, as the parser resolved it. */
export interface Citation {
  /** Instrument key: `charter`, `gdpr`, `led`, ... */
  instrument: string
  article?: string
  paragraph?: string
  point?: string
  resolution: Resolution
}

/** What the index knows of one clause: everything a hit shows and every filter reads. */
export interface SearchRecord {
  /** Document id (`ep-ta-2021-0405`). */
  doc: string
  /** Clause id, unique in its document (`para_28`). */
  id: string
  kind: string
  /** The number or letter as printed, or null when the clause has none. */
  num: string | null
  /** The document's title. */
  title: string
  /** The clause's normalised reading: what is indexed, shown and phrase-checked. */
  text: string
  /** The provisions the clause cites, one per distinct provision, strongest resolution first. */
  citations: Citation[]
}

export interface RecordOptions {
  /** The document's title; defaults to the tree's `meta.title`, then its id. */
  title?: string
}

// Which resolution wins when one provision is cited several ways: the most direct.
const strength: Record<Resolution, number> = { explicit: 0, defined: 1, footnote: 2, context: 3, implicit: 4 }

/** One record per clause of a parsed document, in document order. */
export function clauseRecords(tree: Document, options: RecordOptions = {}): SearchRecord[] {
  const title = options.title ?? tree.meta.title ?? tree.id
  const records: SearchRecord[] = []
  for (const node of tree.children) {
    if (node.type !== 'clause') continue
    records.push({
      doc: tree.id,
      id: node.id,
      kind: node.kind,
      num: node.num ?? null,
      title,
      text: node.reading.text,
      citations: citationsOf(node)
    })
  }
  return records
}

/** The distinct provisions a clause's references point to. */
export function citationsOf(clause: Clause): Citation[] {
  const byKey = new Map<string, Citation>()
  for (const child of clause.children) {
    if (child.type !== 'reference') continue
    const citation = citationOf(child)
    const key = [citation.instrument, citation.article, citation.paragraph, citation.point].join('|')
    const known = byKey.get(key)
    if (!known || strength[citation.resolution] < strength[known.resolution]) byKey.set(key, citation)
  }
  return [...byKey.values()].sort((a, b) => strength[a.resolution] - strength[b.resolution])
}

function citationOf(reference: Reference): Citation {
  const { instrument, article, paragraph, point } = reference.target
  const citation: Citation = { instrument: instrument.toLowerCase(), resolution: reference.resolution }
  if (article) citation.article = article.toLowerCase()
  if (paragraph) citation.paragraph = paragraph
  if (point) citation.point = point
  return citation
}

/**
 * The tokens a clause's citations answer to in `cites:` filters: the instrument alone
 * (`gdpr`) and with its article (`gdpr-9`).
 */
export function citationTokens(citations: readonly Citation[]): Set<string> {
  const tokens = new Set<string>()
  for (const citation of citations) {
    tokens.add(citation.instrument)
    if (citation.article) tokens.add(`${citation.instrument}-${citation.article}`)
  }
  return tokens
}
