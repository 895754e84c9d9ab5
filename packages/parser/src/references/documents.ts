import type { ReferenceTarget } from '../tree.js'
import tables from './tables.json' with { type: 'json' }
import type { Registry } from './registry/index.js'
import { eurLex, instrumentTarget } from './target.js'
import { NUMBER, PUNCT, WORD, type Tokens } from './tokenize.js'

/** A document reference found at a token: its target and the tokens that cite it. */
export interface DocumentHit {
  first: number
  last: number
  target: ReferenceTarget
}

const commissionDocs = new Map<string, { proposal: string; other: string }>(Object.entries(tables.commissionDocs))
const proposalWords = new Set(tables.proposalWords)
const procedureCodes = new Set(tables.procedureCodes)
const courtPrefixes = new Set(Object.keys(tables.courtPrefixes))
const courtLetters = new Map(Object.entries(tables.courtPrefixes))
const caseWords = new Set(tables.caseWords)
const ojSeries = new Set(tables.ojSeries)
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013'])

const digits = (text: string) => /^\d+$/.test(text)
const citationEnds = new Set(['\u2013', '\u2014', ';'])
/** "0623" or "0623/2": a document number with its revision, which names the same document. */
const revised = (text: string) => /^\d+(?:\/\d{1,2})?$/.test(text)
const pad4 = (n: string) => n.replace(/^0+(?=\d)/, '').padStart(4, '0')

/** Whether the token may begin a document reference: a cheap first test. */
export function mayStartDocument(tokens: Tokens, i: number): boolean {
  if (tokens.kind[i] === NUMBER) return tokens.is(i + 1, '(')
  if (tokens.kind[i] !== WORD) return false
  const w = tokens.text(i)
  return (
    commissionDocs.has(w) ||
    w === 'OJ' ||
    w === 'ECLI' ||
    w === 'Joined' ||
    caseWords.has(w) ||
    courtPrefixes.has(w) ||
    (w.length === 2 && (w[0] === 'A' || w[0] === 'B' || w[0] === 'C') && w[1]! >= '0' && w[1]! <= '9') ||
    (w.length === 5 && w[0] === 'P' && w.endsWith('_TA'))
  )
}

/** Every document reference that starts at token `i`: one hit, or several for "Joined Cases ...". */
export function readDocument(tokens: Tokens, i: number, registry: Registry): { hits: DocumentHit[]; end: number } | undefined {
  const w = tokens.text(i)
  if (tokens.kind[i] === NUMBER) return procedure(tokens, i)
  if (commissionDocs.has(w)) return commissionDocument(tokens, i, registry)
  if (w === 'OJ') return officialJournal(tokens, i)
  if (w === 'ECLI') return ecli(tokens, i, registry)
  if (w === 'P9_TA' || (w[0] === 'P' && w.endsWith('_TA'))) return textsAdopted(tokens, i)
  if (w.length === 2 && digits(w[1]!) && HYPHENS.has(tokens.text(i + 1))) {
    const ep = epDocument(tokens, i)
    if (ep) return ep
  }
  return cases(tokens, i, registry)
}

/** COM(2021) 206 final, COM/2021/206 final, SWD(2020) 12: CELEX 5YYYY + DC (or PC for a proposal) + number. */
function commissionDocument(tokens: Tokens, i: number, registry: Registry) {
  const series = tokens.text(i)
  let year: string
  let number: string
  let last: number
  if (tokens.is(i + 1, '(') && tokens.kind[i + 2] === NUMBER && digits(tokens.text(i + 2)) && tokens.is(i + 3, ')') && tokens.kind[i + 4] === NUMBER && revised(tokens.text(i + 4))) {
    year = tokens.text(i + 2)
    number = tokens.text(i + 4).split('/')[0]!
    last = i + 4
  } else if (tokens.is(i + 1, '/') && tokens.kind[i + 2] === NUMBER) {
    const parts = tokens.text(i + 2).split('/')
    if (parts.length !== 2 || !parts.every(digits)) return undefined
    year = parts[0]!
    number = parts[1]!
    last = i + 2
  } else return undefined
  if (year.length !== 4) return undefined
  if (tokens.is(last + 1, 'final')) last++
  const letters = commissionDocs.get(series)!
  let proposal = false
  // "the Commission proposal for a regulation of the European Parliament and of the Council of 6 June
  // 2018 establishing ... (COM(2018)0434)": the word may be far back, but not past the end of another
  // citation (a dash, a semicolon) or of the sentence.
  for (let k = i - 1; k >= Math.max(0, i - 48) && tokens.sentence[k] === tokens.sentence[i]; k--) {
    if (proposalWords.has(tokens.text(k))) {
      proposal = true
      break
    }
    if (tokens.kind[k] === PUNCT && citationEnds.has(tokens.text(k))) break
  }
  const celexFor = (kind: string) => `5${year}${kind}${pad4(number)}`
  const known = registry.byCelex.get(celexFor(letters.proposal)) ?? registry.byCelex.get(celexFor(letters.other))
  const printed = `${series}(${year}) ${number}${tokens.is(last, 'final') ? ' final' : ''}`
  const celex = celexFor(proposal ? letters.proposal : letters.other)
  const target: ReferenceTarget = known
    ? instrumentTarget(known)
    : { instrument: `${series.toLowerCase()}-${year}-${pad4(number)}`, celex, url: eurLex(celex), title: printed }
  return { hits: [{ first: i, last, target }], end: last + 1 }
}

/** OJ L 119, 4.5.2016, p. 1 (the issue; the page is part of the citing words). */
function officialJournal(tokens: Tokens, i: number) {
  const series = tokens.text(i + 1)
  if (!ojSeries.has(series)) return undefined
  let t = i + 2
  let number: string | undefined
  if (tokens.kind[t] === NUMBER && digits(tokens.text(t))) {
    number = tokens.text(t)
    t++
  } else if (tokens.is(t, ',') && tokens.kind[t + 1] === NUMBER && tokens.text(t + 1).includes('/')) {
    // The act-by-act OJ since October 2023: "OJ L, 2024/1689, 12.7.2024".
    number = tokens.text(t + 1)
    t += 2
  }
  if (number === undefined) return undefined
  let last = t - 1
  let year: string | undefined
  let s = tokens.is(t, ',') || tokens.is(t, 'of') ? t + 1 : t
  if (tokens.kind[s] === NUMBER && tokens.is(s + 1, '.') && tokens.kind[s + 2] === NUMBER && tokens.is(s + 3, '.') && tokens.kind[s + 4] === NUMBER && tokens.text(s + 4).length === 4) {
    year = tokens.text(s + 4)
    last = s + 4
    s += 5
    if (tokens.is(s, ',') && (tokens.is(s + 1, 'p') || tokens.is(s + 1, 'pp')) && tokens.is(s + 2, '.') && tokens.kind[s + 3] === NUMBER) last = s + 3
  }
  const key = `oj-${series.toLowerCase()}-${number.replace('/', '-')}${year && !number.includes('/') ? `-${year}` : ''}`
  const target: ReferenceTarget = { instrument: key, title: `OJ ${series} ${number}${year ? ` (${year})` : ''}` }
  if (year && !number.includes('/')) target.url = `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:${series}:${year}:${number.padStart(3, '0')}:TOC`
  return { hits: [{ first: i, last, target }], end: last + 1 }
}

/** 2020/2016(INI): a procedure of the European Parliament's legislative observatory. */
function procedure(tokens: Tokens, i: number) {
  const parts = tokens.text(i).split('/')
  if (parts.length !== 2 || parts[0]!.length !== 4 || !parts.every(digits)) return undefined
  if (!tokens.is(i + 1, '(') || !procedureCodes.has(tokens.text(i + 2)) || !tokens.is(i + 3, ')')) return undefined
  const code = tokens.text(i + 2)
  const reference = `${parts[0]}/${parts[1]}(${code})`
  const target: ReferenceTarget = {
    instrument: `procedure-${parts[0]}-${parts[1]}-${code.toLowerCase()}`,
    url: `https://oeil.secure.europarl.europa.eu/oeil/popups/ficheprocedure.do?reference=${encodeURIComponent(reference)}`,
    title: `Procedure ${reference}`
  }
  return { hits: [{ first: i, last: i + 3, target }], end: i + 4 }
}

/** A9-0232/2021: a report (A), motion (B) or Council position (C) of the European Parliament. */
function epDocument(tokens: Tokens, i: number) {
  const w = tokens.text(i)
  if (tokens.kind[i + 2] !== NUMBER || !tokens.touches(i) || !tokens.touches(i + 1)) return undefined
  const [number, year, extra] = tokens.text(i + 2).split('/')
  if (extra !== undefined || number === undefined || year === undefined || year.length !== 4 || !digits(number) || !digits(year)) return undefined
  const target: ReferenceTarget = {
    instrument: `ep-${w.toLowerCase()}-${number}-${year}`,
    url: `https://www.europarl.europa.eu/doceo/document/${w[0]}-${w[1]}-${year}-${number}_EN.html`,
    title: `${w}-${number}/${year}`
  }
  return { hits: [{ first: i, last: i + 2, target }], end: i + 3 }
}

/** P9_TA(2021)0405: a text adopted by the European Parliament. */
function textsAdopted(tokens: Tokens, i: number) {
  const w = tokens.text(i)
  let t = i + 1
  if (HYPHENS.has(tokens.text(t)) && tokens.is(t + 1, 'PROV')) t += 2
  if (!tokens.is(t, '(') || tokens.kind[t + 1] !== NUMBER || tokens.text(t + 1).length !== 4 || !tokens.is(t + 2, ')') || tokens.kind[t + 3] !== NUMBER) return undefined
  const year = tokens.text(t + 1)
  const number = tokens.text(t + 3)
  if (!digits(year) || !digits(number)) return undefined
  const term = w[1]
  const target: ReferenceTarget = {
    instrument: `ep-ta-${term}-${year}-${number}`,
    url: `https://www.europarl.europa.eu/doceo/document/TA-${term}-${year}-${number}_EN.html`,
    title: `${w}(${year})${number}`
  }
  return { hits: [{ first: i, last: t + 3, target }], end: t + 4 }
}

/** ECLI:EU:C:2020:559. */
function ecli(tokens: Tokens, i: number, registry: Registry) {
  const parts: string[] = []
  let t = i + 1
  while (parts.length < 4 && tokens.is(t, ':') && tokens.touches(t - 1) && tokens.touches(t)) {
    parts.push(tokens.text(t + 1))
    t += 2
  }
  if (parts.length !== 4) return undefined
  const id = `ECLI:${parts.join(':')}`
  for (const entry of registry.cases.values()) {
    if (entry.ecli === id) return { hits: [{ first: i, last: t - 1, target: caseTarget(entry.case, registry) }], end: t }
  }
  const target: ReferenceTarget = { instrument: `ecli-${parts.join('-').toLowerCase()}`, title: id, url: `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=ecli:${id}` }
  return { hits: [{ first: i, last: t - 1, target }], end: t }
}

/** "Case C-311/18", "Joined Cases C-293/12 and C-594/12", "C-311/18" alone. */
function cases(tokens: Tokens, i: number, registry: Registry) {
  let t = i
  if (tokens.is(t, 'Joined')) t++
  const named = caseWords.has(tokens.text(t))
  if (named) t++
  const hits: DocumentHit[] = []
  let first = i
  for (;;) {
    const number = caseNumber(tokens, t, named)
    if (!number) break
    hits.push({ first: hits.length === 0 ? first : t, last: number.last, target: caseTarget(number.id, registry) })
    t = number.last + 1
    let n = t
    if (tokens.is(n, ',')) n++
    if (tokens.is(n, 'and')) n++
    if (n === t || !caseNumber(tokens, n, named)) break
    first = n
    t = n
  }
  if (hits.length === 0) return undefined
  return { hits, end: t }
}

/** After "Case(s)", "C 465/00" (a hyphen lost in extraction) is a case number too. */
function caseNumber(tokens: Tokens, t: number, named: boolean): { id: string; last: number } | undefined {
  const prefix = tokens.text(t)
  if (!courtPrefixes.has(prefix)) return undefined
  if (named && tokens.kind[t + 1] === NUMBER && !tokens.touches(t)) t--
  else if (!HYPHENS.has(tokens.text(t + 1)) || tokens.kind[t + 2] !== NUMBER || !tokens.touches(t) || !tokens.touches(t + 1)) return undefined
  const parts = tokens.text(t + 2).split('/')
  if (parts.length !== 2 || !parts.every(digits) || (parts[1]!.length !== 2 && parts[1]!.length !== 4)) return undefined
  let last = t + 2
  if (tokens.is(last + 1, 'P') && tokens.touches(last) === false) last++
  return { id: `${prefix}-${parts[0]}/${parts[1]}`, last }
}

function caseTarget(id: string, registry: Registry): ReferenceTarget {
  const key = `case-${id.toLowerCase().replace('/', '-')}`
  const known = registry.cases.get(id)
  if (!known) return { instrument: key, celex: caseCelex(id), title: `Case ${id}`, url: `https://curia.europa.eu/juris/liste.jsf?num=${id}` }
  return { instrument: key, celex: known.celex, url: eurLex(known.celex), title: `${known.name}, ${known.ecli}` }
}

/** The CELEX of a case's judgment: 6, the year of the case, the court's letters, the number ("C-162/22" -> 62022CJ0162). */
function caseCelex(id: string): string {
  const [court, rest] = id.split('-') as [string, string]
  const [number, year] = rest.split('/') as [string, string]
  const fullYear = year.length === 4 ? year : `${Number(year) >= 54 ? '19' : '20'}${year}`
  return `6${fullYear}${courtLetters.get(court)}${pad4(number)}`
}
