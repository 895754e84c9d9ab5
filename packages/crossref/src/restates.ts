import type { Document } from '@whereas/parser'
import type { Demand } from './demands.js'
import { clausesOf, textOf } from './clauses.js'
import { contentTerms } from './terms.js'

/** Least cosine similarity (on sets of terms) between a restatement and its source. */
const minimumOverlap = 0.4
/** Weight of a news item naming the letter's date ("open letter of 1 April 2021"). */
const dateBonus = 0.15

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2021-04-01" -> ["1 April 2021", "01 April 2021"]: how a text names that day. */
function spokenDates(iso: string | undefined): string[] {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null
  if (!m) return []
  const month = months[Number(m[2]) - 1]
  return [`${Number(m[3])} ${month} ${m[1]}`, `${m[3]} ${month} ${m[1]}`]
}

/**
 * Link the demands of documents that are not letters (a news item summarising a letter) to the
 * letter demand they restate: the one sharing most of their terms, with a preference for the
 * letter whose date the item names. A demand with no close source stays a demand of its own.
 */
export function linkRestatements(demands: Demand[], trees: Document[]): Demand[] {
  const kinds = new Map(trees.map((t) => [t.id, t.kind]))
  const sources = demands.filter((d) => kinds.get(d.doc) === 'letter')
  // The asking sentences are compared, not whole clauses: a news paragraph says more than it restates.
  const termsOf = new Map(demands.map((d) => [d, new Set(contentTerms(d.quote).keys())]))
  const dateNamed = new Map<string, Set<string>>()
  for (const tree of trees) {
    if (tree.kind === 'letter') continue
    const text = clausesOf(tree).map(textOf).join(' ')
    dateNamed.set(tree.id, new Set(trees.filter((t) => spokenDates(t.meta.date).some((d) => text.includes(d))).map((t) => t.id)))
  }
  return demands.map((demand) => {
    if (kinds.get(demand.doc) === 'letter') return demand
    const own = termsOf.get(demand) ?? new Set<string>()
    if (own.size === 0) return demand
    let best: { source: Demand; score: number } | undefined
    for (const source of sources) {
      const theirs = termsOf.get(source) ?? new Set<string>()
      let shared = 0
      for (const t of own) if (theirs.has(t)) shared++
      const overlap = shared / Math.sqrt(own.size * theirs.size || 1)
      if (overlap < minimumOverlap) continue
      const score = overlap + (dateNamed.get(demand.doc)?.has(source.doc) ? dateBonus : 0)
      if (!best || score > best.score) best = { source, score }
    }
    return best ? { ...demand, restates: { doc: best.source.doc, id: best.source.id } } : demand
  })
}
