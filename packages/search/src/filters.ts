import { phraseKey, type QueryPlan } from './plan.js'
import type { Filter } from './query.js'
import type { SearchRecord } from './records.js'
import type { SearchIndex } from './search-index.js'

/** Whether a candidate passes the query's filters and phrase checks. */
export function passes(index: SearchIndex, plan: QueryPlan, ref: number, record: SearchRecord): boolean {
  if (!filtersPass(index, plan.filters, ref, record)) return false
  if (plan.phrases.length === 0 && plan.excludedPhrases.length === 0) return true
  const key = phraseKey(record.text)
  return plan.phrases.every((phrase) => key.includes(phrase)) && !plan.excludedPhrases.some((phrase) => key.includes(phrase))
}

/**
 * Where a query without words starts: the records citing what a `cites:` filter asks for,
 * or of the documents a `doc:` filter names, or else every record. The filters still run after.
 */
export function browseStart(index: SearchIndex, filters: readonly Filter[]): Iterable<number> {
  for (const field of ['cites', 'doc'] as const) {
    const wanted = filters.filter((filter) => filter.field === field && !filter.negated)
    if (wanted.length === 0) continue
    const lists = field === 'cites' ? index.facets.citing : index.facets.ofDocument
    const refs = new Set<number>()
    for (const filter of wanted) for (const ref of lists.get(filter.value) ?? []) refs.add(ref)
    return [...refs].sort((a, b) => a - b)
  }
  return index.records.keys()
}

/** Filters on one field are alternatives (`doc:a doc:b`); different fields must all hold; a negated one must not. */
function filtersPass(index: SearchIndex, filters: readonly Filter[], ref: number, record: SearchRecord): boolean {
  if (filters.length === 0) return true
  const wanted = new Map<string, boolean>()
  for (const filter of filters) {
    const holds = filterHolds(index, filter, ref, record)
    if (filter.negated) {
      if (holds) return false
      continue
    }
    wanted.set(filter.field, (wanted.get(filter.field) ?? false) || holds)
  }
  for (const holds of wanted.values()) if (!holds) return false
  return true
}

function filterHolds(index: SearchIndex, filter: Filter, ref: number, record: SearchRecord): boolean {
  switch (filter.field) {
    case 'doc':
      return record.doc.toLowerCase() === filter.value
    case 'kind':
      return record.kind.toLowerCase() === filter.value
    case 'cites':
      return index.facets.cites[ref]?.has(filter.value) ?? false
  }
}
