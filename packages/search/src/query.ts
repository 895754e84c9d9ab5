/** The fields a query can filter on. */
export type FilterField = 'doc' | 'kind' | 'cites'

/** `doc:<id>`, `kind:<kind>` or `cites:<instrument>[-<article>]`; `-` in front negates it. */
export interface Filter {
  field: FilterField
  /** Normalised value: `cites:Charter:47` gives `charter-47`. */
  value: string
  negated: boolean
  /** As typed, for messages. */
  raw: string
}

/** A query as its user meant it. Nothing in it is lunr syntax: it is data for `search`. */
export interface ParsedQuery {
  /** Plain words, as typed, in order ("Article", "5(1)(d)"). */
  words: string[]
  /** "Quoted phrases", without the quotes. */
  phrases: string[]
  /** Words after a `-`. */
  excludedWords: string[]
  /** Phrases after a `-`. */
  excludedPhrases: string[]
  filters: Filter[]
  /** What the parser read differently from how it was typed (an unbalanced quote, a cut). */
  notes: string[]
}

/** Words beyond this many are ignored: no researcher types more, and each costs a lookup. */
export const maxQueryWords = 64

const filterFields = new Set<string>(['doc', 'kind', 'cites'])
const openQuotes = new Set(['"', '\u201c', '\u201e'])
const closeQuotes = new Set(['"', '\u201d', '\u201c'])
const space = /\s/u

/**
 * Read a query string: words, "phrases", `doc:`/`kind:`/`cites:` filters and `-` exclusions.
 * A hand-written scanner, one pass, never throws: every character that is not query
 * syntax is text, and text lunr would read as syntax (`^~*:+`) never reaches lunr.
 */
export function parseQuery(input: string): ParsedQuery {
  const query: ParsedQuery = { words: [], phrases: [], excludedWords: [], excludedPhrases: [], filters: [], notes: [] }
  const text = typeof input === 'string' ? input : String(input ?? '')
  let at = 0
  let count = 0
  while (at < text.length) {
    const char = text[at]!
    if (space.test(char)) {
      at++
      continue
    }
    let negated = false
    if (char === '-' && at + 1 < text.length && !space.test(text[at + 1]!)) {
      negated = true
      at++
    }
    if (count >= maxQueryWords) {
      query.notes.push(`only the first ${maxQueryWords} words or phrases were used`)
      break
    }
    const quote = text[at]!
    if (openQuotes.has(quote)) {
      const close = findClose(text, at + 1)
      if (close >= 0) {
        const phrase = text.slice(at + 1, close).replace(/\s+/gu, ' ').trim()
        if (phrase) (negated ? query.excludedPhrases : query.phrases).push(phrase)
        count++
        at = close + 1
        continue
      }
      query.notes.push('a quotation mark has no partner: the words after it were read as words, not a phrase')
      at++
      continue
    }
    let end = at
    while (end < text.length && !space.test(text[end]!)) end++
    const token = text.slice(at, end)
    at = end
    count++
    const filter = readFilter(token, negated)
    if (filter) query.filters.push(filter)
    else (negated ? query.excludedWords : query.words).push(token)
  }
  return query
}

function findClose(text: string, from: number): number {
  for (let at = from; at < text.length; at++) if (closeQuotes.has(text[at]!)) return at
  return -1
}

function readFilter(token: string, negated: boolean): Filter | undefined {
  const colon = token.indexOf(':')
  if (colon <= 0 || colon === token.length - 1) return undefined
  const field = token.slice(0, colon).toLowerCase()
  if (!filterFields.has(field)) return undefined
  const rest = token.slice(colon + 1)
  const value = field === 'cites' ? citesValue(rest) : rest.toLowerCase()
  if (!value) return undefined
  return { field: field as FilterField, value, negated, raw: (negated ? '-' : '') + token }
}

/** `charter:47`, `Charter-47`, `gdpr-9(2)(a)` -> `charter-47`, `gdpr-9`; `gdpr` stays `gdpr`. */
function citesValue(rest: string): string {
  const lower = rest.toLowerCase()
  const separator = lower.search(/[-:]/u)
  if (separator < 0) return lower
  const instrument = lower.slice(0, separator)
  const article = /^[\p{L}\p{N}]+/u.exec(lower.slice(separator + 1))?.[0]
  if (!instrument) return ''
  return article ? `${instrument}-${article}` : instrument
}
