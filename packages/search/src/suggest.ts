import type { Filter, ParsedQuery } from './query.js'
import type { SearchIndex } from './search-index.js'

/** A way to relax a query that found nothing: what to change, and the query that results. */
export interface Suggestion {
  message: string
  /** The relaxed query, ready to run; absent when the advice is not a single query. */
  query?: string
  /** How many clauses the relaxed query finds. */
  total?: number
}

/**
 * For a query with no hits: try dropping each filter, unquoting each phrase, dropping each
 * exclusion and each word, and keep the relaxations that find something. Also say which
 * filter values the index does not know at all.
 */
export function suggestRelaxations(index: SearchIndex, parsed: ParsedQuery, count: (query: ParsedQuery) => number): Suggestion[] {
  const suggestions: Suggestion[] = []
  for (const filter of parsed.filters) {
    const unknown = unknownValue(index, filter)
    if (unknown) suggestions.push({ message: unknown })
  }
  const tryRelaxed = (message: string, relaxed: ParsedQuery) => {
    if (relaxed.words.length + relaxed.phrases.length + relaxed.filters.length === 0) return
    const total = count(relaxed)
    if (total > 0) suggestions.push({ message, query: formatQuery(relaxed), total })
  }
  parsed.filters.forEach((filter, i) =>
    tryRelaxed(`drop the filter ${filter.raw}`, { ...parsed, filters: parsed.filters.filter((_, j) => j !== i) })
  )
  parsed.phrases.forEach((phrase, i) =>
    tryRelaxed(`unquote "${phrase}": its words anywhere in the clause`, {
      ...parsed,
      phrases: parsed.phrases.filter((_, j) => j !== i),
      words: [...parsed.words, ...phrase.split(' ')]
    })
  )
  parsed.excludedWords.forEach((word, i) =>
    tryRelaxed(`drop the exclusion -${word}`, { ...parsed, excludedWords: parsed.excludedWords.filter((_, j) => j !== i) })
  )
  parsed.excludedPhrases.forEach((phrase, i) =>
    tryRelaxed(`drop the exclusion -"${phrase}"`, { ...parsed, excludedPhrases: parsed.excludedPhrases.filter((_, j) => j !== i) })
  )
  if (parsed.words.length > 1) {
    parsed.words.forEach((word, i) =>
      tryRelaxed(`fewer words: leave out "${word}"`, { ...parsed, words: parsed.words.filter((_, j) => j !== i) })
    )
  }
  if (suggestions.length === 0) suggestions.push({ message: 'no clause matches even a relaxed query: check the spelling, or try other words' })
  return suggestions
}

function unknownValue(index: SearchIndex, filter: Filter): string | undefined {
  const { docs, kinds, instruments } = index.facets
  if (filter.field === 'doc' && ![...docs].some((doc) => doc.toLowerCase() === filter.value)) {
    return `${filter.raw}: no document has this id; the documents are ${[...docs].join(', ')}`
  }
  if (filter.field === 'kind' && !kinds.has(filter.value)) {
    return `${filter.raw}: no clause is of this kind; the kinds are ${[...kinds].join(', ')}`
  }
  if (filter.field === 'cites') {
    const instrument = filter.value.split('-')[0] ?? filter.value
    if (!instruments.has(instrument)) {
      const known = [...instruments].sort()
      return known.length > 0
        ? `${filter.raw}: no clause cites "${instrument}"; the cited instruments are ${known.join(', ')}`
        : `${filter.raw}: this index holds no citations (were the documents parsed with references?)`
    }
  }
  return undefined
}

/** Write a parsed query back as a query string. */
export function formatQuery(query: ParsedQuery): string {
  return [
    ...query.words,
    ...query.phrases.map((phrase) => `"${phrase}"`),
    ...query.excludedWords.map((word) => `-${word}`),
    ...query.excludedPhrases.map((phrase) => `-"${phrase}"`),
    ...query.filters.map((filter) => filter.raw)
  ].join(' ')
}
