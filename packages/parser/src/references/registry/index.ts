import bundled from './instruments.json' with { type: 'json' }
import charterData from './charter.json' with { type: 'json' }
import casesData from './cases.json' with { type: 'json' }
import { NameTrie } from '../names.js'
import type { Instrument } from '../types.js'

/** A Charter article: its number and official title. */
export interface CharterArticle {
  article: string
  title: string
}

/** A judgment the registry knows: CELEX and ECLI for a case number. */
export interface CaseEntry {
  case: string
  celex: string
  ecli: string
  name: string
  joined?: string[]
}

/** The instruments the scanner resolves to, with their names as a trie. Build with `createRegistry`. */
export interface Registry {
  /** The version of the bundled data. */
  version: string
  instruments: readonly Instrument[]
  byKey: ReadonlyMap<string, Instrument>
  byCelex: ReadonlyMap<string, Instrument>
  cases: ReadonlyMap<string, CaseEntry>
  names: NameTrie
  /** What was wrong with the extra instruments given, one line each (the rest were used). */
  problems: string[]
}

/** The titles of Articles 1–54 of the Charter of Fundamental Rights of the European Union. */
export const charterArticles: readonly CharterArticle[] = charterData.articles.map(({ article, title }) => ({ article, title }))

const charterTitles = new Map(charterArticles.map((a) => [a.article, a.title]))

/** The title of a Charter article ("47" -> "Right to an effective remedy and to a fair trial"). */
export function charterTitle(article: string): string | undefined {
  return charterTitles.get(article)
}

const KEY = /^[a-z0-9][a-z0-9+._-]*$/

/**
 * Make a registry: the bundled instruments, with `extra` merged over them. `extra` is JSON
 * data: an array of instruments, or `{ instruments: [...] }`; an entry whose key exists adds
 * its aliases to that instrument and replaces the fields it gives. Never throws: entries it
 * cannot use are listed in `problems`.
 */
export function createRegistry(extra?: unknown): Registry {
  const problems: string[] = []
  const byKey = new Map<string, Instrument>()
  for (const instrument of bundled.instruments as Instrument[]) byKey.set(instrument.key, instrument)
  for (const [index, entry] of extraEntries(extra, problems).entries()) {
    const checked = checkInstrument(entry, index, problems)
    if (!checked) continue
    const known = byKey.get(checked.key)
    byKey.set(checked.key, known ? { ...known, ...checked, aliases: [...known.aliases, ...checked.aliases] } : checked)
  }
  const instruments = [...byKey.values()]
  const byCelex = new Map<string, Instrument>()
  const names = new NameTrie()
  for (const instrument of instruments) {
    if (instrument.celex && !byCelex.has(instrument.celex)) byCelex.set(instrument.celex, instrument)
    for (const alias of instrument.aliases) names.add(alias, instrument.key)
    for (const short of instrument.shortForms ?? []) names.add(short, instrument.key, true)
  }
  const cases = new Map<string, CaseEntry>()
  for (const entry of casesData.cases as CaseEntry[]) cases.set(entry.case, entry)
  return { version: bundled.version, instruments, byKey, byCelex, cases, names, problems }
}

function extraEntries(extra: unknown, problems: string[]): unknown[] {
  if (extra === undefined || extra === null) return []
  if (Array.isArray(extra)) return extra
  if (typeof extra === 'object' && Array.isArray((extra as { instruments?: unknown }).instruments)) {
    return (extra as { instruments: unknown[] }).instruments
  }
  problems.push('registry: expected an array of instruments or { "instruments": [...] }; nothing was added')
  return []
}

function checkInstrument(entry: unknown, index: number, problems: string[]): Instrument | undefined {
  const where = `registry entry ${index + 1}`
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    problems.push(`${where}: expected an object with "key", "title" and "aliases"`)
    return undefined
  }
  const e = entry as Record<string, unknown>
  if (typeof e.key !== 'string' || !KEY.test(e.key)) {
    problems.push(`${where}: "key" must be lowercase letters, digits and dashes (like "gdpr" or "directive-2019-1937")`)
    return undefined
  }
  const text = (name: string): string | undefined => {
    const value = e[name]
    if (value === undefined) return undefined
    if (typeof value === 'string') return value
    problems.push(`${where} (${e.key}): "${name}" must be a string; ignored`)
    return undefined
  }
  const list = (name: string): string[] => {
    const value = e[name]
    if (value === undefined) return []
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
    problems.push(`${where} (${e.key}): "${name}" must be an array of strings; ignored`)
    return []
  }
  const instrument: Instrument = { key: e.key, type: text('type') ?? 'other', title: text('title') ?? e.key, aliases: list('aliases') }
  for (const field of ['number', 'celex', 'eli', 'url', 'proposal', 'adopted'] as const) {
    const value = text(field)
    if (value !== undefined) instrument[field] = value
  }
  const shortForms = list('shortForms')
  if (shortForms.length > 0) instrument.shortForms = shortForms
  return instrument
}

let shared: Registry | undefined

/** The bundled registry, built once on first use. */
export function defaultRegistry(): Registry {
  return (shared ??= createRegistry())
}

/** The bundled instruments' data, as shipped (`{ version, instruments }`). */
export const registry: { version: string; instruments: readonly Instrument[] } = bundled as { version: string; instruments: Instrument[] }

/** The rights-language table: phrases read as implicit references to Charter articles. */
export const rightsLanguage = charterData
