import { findReferences, type Citation } from '../src/index.js'

/** A passage of real text with the (act, article) pairs a careful reader lists for it. */
export interface Passage {
  source: string
  text: string
  explicit: [string, string | null][]
  implicit: [string, string | null][]
  /** Why the reader still gets this passage wrong: left out of the exact check, kept in the totals. */
  stillFails?: string
}

export type Kind = 'explicit' | 'implicit'

/**
 * Scored as the product is judged: per passage, the set of (act, article) pairs, explicit and
 * implicit apart, the passage's own act left out. `actOf` names an act (a registry key, or its
 * CELEX so a label does not depend on the registry's keys).
 */
export function pairsOf(p: Passage, kind: Kind, actOf: (c: Citation) => string = (c) => c.target.instrument) {
  const found = findReferences(p.text).filter((c) => c.target.instrument !== 'self' && (c.resolution === 'implicit') === (kind === 'implicit'))
  return {
    got: new Set(found.map((c) => `${actOf(c)}:${c.target.article ?? ''}`)),
    want: new Set(p[kind].map(([i, a]) => `${i}:${a ?? ''}`))
  }
}

/** Precision and recall over all passages, and how many pairs the readers listed. */
export function tally(passages: Passage[], kind: Kind, actOf?: (c: Citation) => string) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const p of passages) {
    const { got, want } = pairsOf(p, kind, actOf)
    for (const g of got) if (want.has(g)) tp++
    else fp++
    for (const w of want) if (!got.has(w)) fn++
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), pairs: tp + fn }
}
