/**
 * Precision and recall of found references against a hand-checked list, as (instrument,
 * article) pairs counted per document (a multiset: two citations of Article 8 are two pairs).
 * Explicit and implicit references are scored apart. Clause ids are not compared, so the
 * figures do not move when a reader renumbers clauses.
 */
export interface GoldReference {
  clause: string
  text: string
  instrument: string
  article: string | null
  implicit?: boolean
}

export interface Figures {
  gold: number
  found: number
  matched: number
  precision: number
  recall: number
}

export function score(gold: readonly GoldReference[], found: readonly GoldReference[]): { explicit: Figures; implicit: Figures } {
  const figures = (implicit: boolean): Figures => {
    const want = new Map<string, number>()
    const key = (r: GoldReference) => `${r.instrument}:${r.article ?? ''}`
    const g = gold.filter((r) => (r.implicit === true) === implicit)
    const f = found.filter((r) => (r.implicit === true) === implicit)
    for (const r of g) want.set(key(r), (want.get(key(r)) ?? 0) + 1)
    let matched = 0
    for (const r of f) {
      const left = want.get(key(r)) ?? 0
      if (left > 0) {
        matched++
        want.set(key(r), left - 1)
      }
    }
    return { gold: g.length, found: f.length, matched, precision: f.length ? matched / f.length : 1, recall: g.length ? matched / g.length : 1 }
  }
  return { explicit: figures(false), implicit: figures(true) }
}

/** Add the figures of several documents. */
export function total(parts: readonly Figures[]): Figures {
  const sum = (k: 'gold' | 'found' | 'matched') => parts.reduce((n, p) => n + p[k], 0)
  const gold = sum('gold')
  const found = sum('found')
  const matched = sum('matched')
  return { gold, found, matched, precision: found ? matched / found : 1, recall: gold ? matched / gold : 1 }
}
