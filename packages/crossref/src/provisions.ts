import type { Clause, Reference, Resolution } from '@whereas/parser'

/** A provision a clause cites: an instrument, or an article of one. */
export interface Provision {
  /** `instrument` or `instrument:article` ("charter:47", "gdpr:9", "led"). */
  key: string
  instrument: string
  article?: string
  title?: string
  celex?: string
  /** How the citation work resolved it: `explicit`, `defined`, `footnote`, `context`, `implicit`. */
  resolution: Resolution
}

/** Instruments whose articles are rights: a clause citing them invokes those rights. */
const rightsInstruments = new Set(['charter', 'echr'])

export function provisionKey(instrument: string, article?: string): string {
  return article ? `${instrument}:${article}` : instrument
}

/** The provisions a clause cites, once per key, in order of first citation. */
export function provisionsOf(clause: Clause): Provision[] {
  const seen = new Map<string, Provision>()
  for (const child of clause.children) {
    // "this Regulation" cites the document itself: no provision another text could share.
    if (child.type !== 'reference' || child.target.instrument === 'self') continue
    const p = provisionOf(child)
    const known = seen.get(p.key)
    // An explicit citation outranks an implicit one for the same provision.
    if (!known || (known.resolution === 'implicit' && p.resolution !== 'implicit')) seen.set(p.key, p)
  }
  return [...seen.values()]
}

function provisionOf(ref: Reference): Provision {
  const { instrument, article, title, celex } = ref.target
  const p: Provision = { key: provisionKey(instrument, article), instrument, resolution: ref.resolution }
  if (article) p.article = article
  if (title) p.title = title
  if (celex) p.celex = celex
  return p
}

/** The rights a clause invokes: its Charter and Convention citations, explicit or implicit. */
export function rightsOf(provisions: Provision[]): Provision[] {
  return provisions.filter((p) => rightsInstruments.has(p.instrument) && p.article)
}

/** "Charter Art. 47 (Right to an effective remedy and to a fair trial)", for people. */
export function describeProvision(p: Pick<Provision, 'instrument' | 'article' | 'title'>): string {
  const head = p.instrument === 'charter' ? 'Charter' : p.instrument.length <= 8 ? p.instrument.toUpperCase() : p.instrument
  return `${head}${p.article ? ` Art. ${p.article}` : ''}${p.title ? ` (${p.title})` : ''}`
}

/** "Charter Art. 47 (Right to ...)", "GDPR", "White Paper on Artificial Intelligence": never a bare key. */
export function shortProvision(p: Provision): string {
  if (p.article) return describeProvision(p)
  if (p.instrument === 'charter') return 'Charter of Fundamental Rights'
  if (p.instrument.length <= 8 && /^[a-z]+$/.test(p.instrument)) return p.instrument.toUpperCase()
  return p.title ?? describeProvision({ instrument: p.instrument })
}
