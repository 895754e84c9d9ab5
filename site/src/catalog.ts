import type { Clause, Inline, Reference, ReferenceTarget, Resolution } from '@whereas/parser'
import type { InstrumentInfo, SiteDemand, SiteDocument, SiteInput, SiteNote, Stance } from './model.js'

/** A page of the site for one instrument, or one article of it. */
export interface Provision {
  instrument: string
  article?: string
  /** Root-absolute path of its page: `/provision/charter/47/`. */
  path: string
  /** Short label: "Charter Art. 47", "GDPR". */
  label: string
  /** The article's or the instrument's title, when known. */
  title?: string
  /** The instrument on EUR-Lex (or its own site), http(s) only. */
  url?: string
}

/** One citing passage: a reference node inside a clause. */
export interface Citation {
  doc: string
  clause: Clause
  reference: Reference
  words: string
  resolution: Resolution
}

export interface InstrumentEntry {
  provision: Provision
  citations: Citation[]
  articles: Map<string, { provision: Provision; citations: Citation[] }>
}

/** Everything the pages look up, computed once from the site input. */
export interface Catalog {
  input: SiteInput
  documents: SiteDocument[]
  documentById: Map<string, SiteDocument>
  clauseByKey: Map<string, Clause>
  instruments: Map<string, InstrumentEntry>
  notesByKey: Map<string, SiteNote[]>
  demandsByDoc: Map<string, SiteDemand[]>
  /** Demand by its clause (`doc#id`). */
  demandByKey: Map<string, SiteDemand>
  /** Resolution clause (`doc#id`) -> the demands it answers (stance other than "not addressed"). */
  answersByKey: Map<string, Array<{ demand: SiteDemand; stance: Stance }>>
  /** Per document: number of references in its clauses. */
  citationCounts: Map<string, number>
}

export const clauseKey = (doc: string, id: string): string => `${doc}#${id}`

export const documentPath = (doc: string): string => `/doc/${slug(doc)}/`

export const clausePath = (doc: string, id: string): string => `${documentPath(doc)}#${encodeURIComponent(id)}`

/** The id of a demand's row on the Compare page. */
export const demandAnchor = (doc: string, id: string): string => `d-${slug(doc)}-${slug(id)}`

/** Add a value to the list under a key. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** A path segment from any string: lower-case letters, digits and dashes only. */
export function slug(value: string): string {
  return (
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-/, '')
      .replace(/-$/, '') || 'x'
  )
}

/** The URL if it is an http(s) address, else undefined: `javascript:` and friends never reach an href. */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (!/^https?:\/\/[^\s<>"']+$/i.test(trimmed)) return undefined
  return trimmed
}

type Instruments = Record<string, InstrumentInfo> | undefined

/** "charter" -> "Charter", "gdpr" -> "GDPR": keys of five letters or fewer are acronyms. */
export function shortName(instrument: string): string {
  if (instrument.length <= 5) return instrument.toUpperCase()
  return instrument.charAt(0).toUpperCase() + instrument.slice(1)
}

function eurLexUrl(target: ReferenceTarget, instruments?: Instruments): string | undefined {
  const own = safeHttpUrl(target.url) ?? safeHttpUrl(instruments?.[target.instrument]?.url)
  if (own) return own
  if (target.celex && /^[0-9A-Z()/._-]+$/i.test(target.celex)) {
    return `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${encodeURIComponent(target.celex)}`
  }
  return undefined
}

export function provisionOf(target: ReferenceTarget, instruments?: Instruments): Provision {
  const base = `/provision/${slug(target.instrument)}/`
  const info = instruments?.[target.instrument]
  const name = info?.label ?? shortName(target.instrument)
  const url = eurLexUrl(target, instruments)
  if (target.article) {
    return {
      instrument: target.instrument,
      article: target.article,
      path: `${base}${slug(target.article)}/`,
      label: `${name} Art. ${target.article}`,
      ...(target.title ? { title: target.title } : {}),
      ...(url ? { url } : {})
    }
  }
  const title = info?.title ?? target.title
  return {
    instrument: target.instrument,
    path: base,
    label: name,
    ...(title ? { title } : {}),
    ...(url ? { url } : {})
  }
}

/** The page a reference leads to, as the catalog names it (with names taken from titles). */
export function provisionFor(catalog: Catalog, target: ReferenceTarget): Provision {
  const entry = catalog.instruments.get(target.instrument)
  const found = target.article ? entry?.articles.get(target.article)?.provision : entry?.provision
  return found ?? provisionOf(target, catalog.input.instruments)
}

export const referenceWords = (reference: Reference): string => reference.children.map((t) => t.value).join('')

export function isClause(node: { type: string }): node is Clause {
  return node.type === 'clause'
}

function referencesOf(children: Inline[]): Reference[] {
  return children.filter((child): child is Reference => child.type === 'reference')
}

export function buildCatalog(input: SiteInput): Catalog {
  const documentById = new Map<string, SiteDocument>()
  const clauseByKey = new Map<string, Clause>()
  const instruments = new Map<string, InstrumentEntry>()
  const citationCounts = new Map<string, number>()
  const known = input.instruments

  for (const document of input.documents) {
    const doc = document.tree.id
    documentById.set(doc, document)
    let count = 0
    for (const node of document.tree.children) {
      if (!isClause(node)) continue
      clauseByKey.set(clauseKey(doc, node.id), node)
      for (const reference of referencesOf(node.children)) {
        count++
        const citation: Citation = {
          doc,
          clause: node,
          reference,
          words: referenceWords(reference),
          resolution: reference.resolution
        }
        const key = reference.target.instrument
        let entry = instruments.get(key)
        if (!entry) {
          entry = { provision: provisionOf({ instrument: key }, known), citations: [], articles: new Map() }
          instruments.set(key, entry)
        }
        if (!entry.provision.url) {
          const url = eurLexUrl(reference.target, known)
          if (url) entry.provision.url = url
        }
        if (!entry.provision.title && !reference.target.article && reference.target.title) {
          entry.provision.title = reference.target.title
        }
        entry.citations.push(citation)
        const article = reference.target.article
        if (article) {
          let articleEntry = entry.articles.get(article)
          if (!articleEntry) {
            articleEntry = { provision: provisionOf(reference.target, known), citations: [] }
            entry.articles.set(article, articleEntry)
          }
          articleEntry.citations.push(citation)
        }
      }
    }
    citationCounts.set(doc, count)
  }

  for (const [key, entry] of instruments) if (!known?.[key]?.label) nameFromTitle(entry)

  const notesByKey = new Map<string, SiteNote[]>()
  for (const note of input.notes ?? []) {
    append(notesByKey, clauseKey(note.doc, note.id), note)
  }
  const demandsByDoc = new Map<string, SiteDemand[]>()
  const demandByKey = new Map<string, SiteDemand>()
  const answersByKey = new Map<string, Array<{ demand: SiteDemand; stance: Stance }>>()
  for (const demand of input.demands ?? []) {
    append(demandsByDoc, demand.doc, demand)
    demandByKey.set(clauseKey(demand.doc, demand.id), demand)
    for (const match of demand.matches) {
      if (match.stance === 'not addressed') continue
      const key = clauseKey(match.doc, match.id)
      append(answersByKey, key, { demand, stance: match.stance })
    }
  }

  return {
    input,
    documents: input.documents,
    documentById,
    clauseByKey,
    instruments,
    notesByKey,
    demandsByDoc,
    demandByKey,
    answersByKey,
    citationCounts
  }
}

const longestTitleAsName = 40

/** A title short enough to name a link: cut at a word before 40 characters, with "…". */
export function abbreviateTitle(title: string): string {
  if (title.length <= longestTitleAsName) return title
  const cut = title.lastIndexOf(' ', longestTitleAsName)
  return `${title.slice(0, cut > 0 ? cut : longestTitleAsName).replace(/[\s,;:(–-]+$/, '')}…`
}

/**
 * An instrument the registry does not know (an OJ reference, an EP document) is named by the
 * title its references carry ("OJ L 119 (2016)") rather than by its key.
 */
function nameFromTitle(entry: InstrumentEntry): void {
  const title = entry.provision.title
  if (!title) return
  const name = abbreviateTitle(title)
  if (name === title) delete entry.provision.title
  entry.provision.label = name
  for (const article of entry.articles.values()) article.provision.label = `${name} Art. ${article.provision.article ?? ''}`
}

/** Articles in reading order: 2 before 10, 10 before 10a. */
export function compareArticles(a: string, b: string): number {
  const na = Number.parseInt(a, 10)
  const nb = Number.parseInt(b, 10)
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb
  return a.localeCompare(b)
}
