import type { ReferenceTarget } from '../tree.js'
import tables from './tables.json' with { type: 'json' }
import type { Registry } from './registry/index.js'
import { eurLex, instrumentTarget } from './target.js'
import { NUMBER, type Tokens } from './tokenize.js'

/** An act type as the tables describe it: the words, the CELEX letter, the ELI segment. */
export interface ActType {
  words: string[]
  type: string
  celex: string
  eli: string
}

/** A numbered act found in the text: "Regulation (EU) 2016/679", one item of "Decisions 2009/371/JHA, 2009/934/JHA". */
export interface ActHit {
  /** First and last token of the citing words. */
  first: number
  last: number
  target: ReferenceTarget
  type: string
}

const actTypes: { tokens: string[]; type: ActType }[] = tables.actTypes
  .flatMap((type) => type.words.map((w) => ({ tokens: w.split(' '), type })))
  .sort((a, b) => b.tokens.length - a.tokens.length)
const issuers = new Set(tables.issuers)
const domains = new Set(tables.domains)
const numberWords = new Set(tables.numberWords)
const singular = (word: string) => (word.endsWith('s') ? word.slice(0, -1) : word)

/** Whether the token may begin an act type ("Regulation", "Council", "Framework", ...). */
export function mayStartAct(tokens: Tokens, i: number): boolean {
  return typesByFirst.has(tokens.lower(i)) || (issuers.has(tokens.text(i)) && typesByFirst.has(tokens.lower(i + 1))) || tokens.is(i, 'European')
}

/** The act types by the first word of their name (lowercase), longest names first. */
const typesByFirst = new Map<string, { tokens: string[]; lower: string[]; upper: string[]; type: ActType }[]>()
for (const candidate of actTypes) {
  const first = candidate.tokens[0]!.toLowerCase()
  const list = typesByFirst.get(first) ?? []
  list.push({ ...candidate, lower: candidate.tokens.map((w) => w.toLowerCase()), upper: candidate.tokens.map((w) => w.toUpperCase()) })
  typesByFirst.set(first, list)
}

/** The act type whose words start at `i` (with capitals, or all lowercase), and the token after them. */
export function readActType(tokens: Tokens, i: number): { type: ActType; end: number; printed: string } | undefined {
  const candidates = typesByFirst.get(tokens.lower(i))
  if (!candidates) return undefined
  for (const candidate of candidates) {
    const n = candidate.tokens.length
    let exact = true
    let lower = true
    // Titles of acts as printed in the Official Journal are in capitals: "DIRECTIVE (EU) 2016/680 OF THE ...".
    let upper = true
    for (let k = 0; k < n; k++) {
      if (!tokens.is(i + k, candidate.tokens[k]!)) exact = false
      if (!tokens.is(i + k, candidate.lower[k]!)) lower = false
      if (!tokens.is(i + k, candidate.upper[k]!)) upper = false
    }
    if (exact || lower || upper) return { type: candidate.type, end: i + n, printed: candidate.tokens.join(' ') }
  }
  return undefined
}

/** Where the issuer words before an act type end: "Council", "Commission", "European Parliament and Council". */
function skipIssuer(tokens: Tokens, i: number): number {
  if (tokens.is(i, 'European') && tokens.is(i + 1, 'Parliament') && tokens.is(i + 2, 'and') && tokens.is(i + 3, 'Council')) return i + 4
  if (issuers.has(tokens.text(i))) return i + 1
  return i
}

/**
 * Numbered acts from token `i`: an act type, then one or more numbers with their optional
 * "(EU)" and "No" ("Council Decisions 2009/371/JHA , 2009/934/JHA ... and 2009/968/JHA").
 * Returns undefined when no number follows the type.
 */
export function readNumberedActs(tokens: Tokens, i: number, registry: Registry): { hits: ActHit[]; end: number; type: ActType } | undefined {
  const typeAt = skipIssuer(tokens, i)
  const found = readActType(tokens, typeAt)
  if (!found) return undefined
  const hits: ActHit[] = []
  let t = found.end
  let itemStart = i
  for (;;) {
    const item = readActNumber(tokens, t)
    if (!item) break
    const parsed = actNumber(tokens.text(item.number), item.hasNo)
    if (!parsed) break
    const printed = `${singular(found.printed)}${item.domain ? ` (${item.domain})` : ''}${item.hasNo ? ' No' : ''} ${tokens.text(item.number)}`
    hits.push({ first: itemStart, last: item.number, target: numberedTarget(registry, found.type, parsed, printed), type: found.type.type })
    t = item.number + 1
    // A list goes on after "," / "and" / "or" only with another number of the same type.
    let next = t
    if (tokens.is(next, ',')) next++
    if (tokens.is(next, 'and') || tokens.is(next, 'or')) next++
    if (next === t || !readActNumber(tokens, next)) break
    itemStart = next
    t = next
  }
  if (hits.length === 0) return undefined
  return { hits, end: t, type: found.type }
}

/** "(EU)", "(EU, Euratom)", "No", then the number token. */
function readActNumber(tokens: Tokens, t: number): { number: number; domain?: string; hasNo: boolean } | undefined {
  let domain: string | undefined
  if (tokens.is(t, '(') && domains.has(tokens.text(t + 1))) {
    const parts = [tokens.text(t + 1)]
    let u = t + 2
    while (tokens.is(u, ',') && domains.has(tokens.text(u + 1))) {
      parts.push(tokens.text(u + 1))
      u += 2
    }
    if (!tokens.is(u, ')')) return undefined
    domain = parts.join(', ')
    t = u + 1
  }
  let hasNo = false
  if (numberWords.has(tokens.text(t))) {
    hasNo = true
    t++
    if (tokens.is(t, '.')) t++
  }
  if (tokens.kind[t] !== NUMBER || t >= tokens.count) return undefined
  if (!tokens.text(t).includes('/')) return undefined
  return domain === undefined ? { number: t, hasNo } : { number: t, domain, hasNo }
}

export interface ActNumber {
  year: number
  number: number
  /** The series suffix as printed: EC, EU, JHA, EEC. */
  series?: string
}

/**
 * Read "2016/679", "95/46/EC", "No 45/2001", "1247/2002/EC" into year and number. A regulation
 * before 2015 is "No number/year"; everything else is year/number, unless the first part cannot
 * be a year.
 */
export function actNumber(text: string, hasNo: boolean): ActNumber | undefined {
  const parts = text.split('/')
  const series = parts.length === 3 && !/^\d/.test(parts[2]!) ? parts.pop() : undefined
  if (parts.length !== 2 || !parts.every((p) => /^\d{1,4}$/.test(p))) return undefined
  const first = parts[0]!
  const second = parts[1]!
  const asYear = (p: string): number | undefined => {
    if (p.length === 2) {
      const n = Number(p)
      return n >= 50 ? 1900 + n : 2000 + n
    }
    if (p.length === 4) {
      const n = Number(p)
      return n >= 1950 && n <= 2099 ? n : undefined
    }
    return undefined
  }
  let year: number | undefined
  let number: number
  if (hasNo) {
    year = asYear(second)
    number = Number(first)
  } else {
    year = asYear(first)
    number = Number(second)
    if (year === undefined || (first.length === 2 && second.length === 4 && asYear(second) !== undefined && !series)) {
      year = asYear(second)
      number = Number(first)
    }
  }
  if (year === undefined || !Number.isFinite(number) || number <= 0) return undefined
  return series === undefined ? { year, number } : { year, number, series }
}

export function celexOf(type: ActType, n: ActNumber): string {
  return `3${n.year}${type.celex}${String(n.number).padStart(4, '0')}`
}

function numberedTarget(registry: Registry, type: ActType, n: ActNumber, printed: string): ReferenceTarget {
  const celex = celexOf(type, n)
  const known = registry.byCelex.get(celex)
  if (known) return instrumentTarget(known)
  const base = type.type.replace(/^(implementing|delegated)-/, '')
  return {
    instrument: `${base}-${n.year}-${n.number}`,
    celex,
    eli: `http://data.europa.eu/eli/${type.eli}/${n.year}/${n.number}/oj`,
    url: eurLex(celex),
    title: printed
  }
}
