import type { Document } from '@whereas/parser'
import type { ManifestEntry } from '@whereas/crossref'

/**
 * What the site is built from. The CLI composes it (corpus -> parser -> crossref -> search);
 * the site only reads it, so every page is a pure function of this value.
 */
export interface SiteInput {
  documents: SiteDocument[]
  /** The demands of the letters with the resolution clauses that answer them. */
  demands?: SiteDemand[]
  /** Curated notes on clauses. */
  notes?: SiteNote[]
  /** The serialised search index (JSON text), fetched by the search page only. */
  searchIndex?: string
  /** What the site shows for each instrument key, from the parser's registry. */
  instruments?: Record<string, InstrumentInfo>
  /** Static files by name (`style.css`, `page.js`, `search.js`), published under `/assets/`. */
  assets?: Record<string, string>
}

/** How an instrument is named: `{label: "GDPR", title: "Regulation (EU) 2016/679 ..."}`. */
export interface InstrumentInfo {
  /** Short name for links and headings. */
  label?: string
  /** Official title. */
  title?: string
  /** Its page on EUR-Lex (http or https). */
  url?: string
}

/** A corpus document: its manifest facts and its parse. */
export interface SiteDocument extends Pick<ManifestEntry, 'title' | 'date' | 'authors' | 'addressees' | 'source' | 'summary'> {
  tree: Document
  /** The source text, verbatim, published beside the page as `source.txt`. */
  text: string
}

export type Stance = 'met' | 'partial' | 'opposed' | 'not addressed'

export const stances: readonly Stance[] = ['met', 'partial', 'opposed', 'not addressed']

/** A clause of a letter that asks for something. */
export interface SiteDemand {
  doc: string
  id: string
  text: string
  /** The words of `text` that carry the ask, marked on the page. */
  quote?: string
  ask: string
  subject: string
  /** Why the clause was read as a demand. */
  why?: string
  /** Clauses elsewhere that restate this demand (a news item summarising a letter). */
  restatedBy?: Array<{ doc: string; id: string }>
  matches: SiteMatch[]
}

/** A resolution clause that answers a demand, with why. */
export interface SiteMatch {
  doc: string
  id: string
  stance: Stance
  /** The words of the clause that answer, marked on the page. */
  quote?: string
  score?: number
  /** Each piece of evidence as a sentence a reader can check. */
  evidence: string[]
  /** `curated` when an editor confirmed or corrected it. */
  source?: 'machine' | 'curated'
}

/** An editor's note on a clause. */
export interface SiteNote {
  doc: string
  id: string
  text: string
  /** A related link (http or https only; anything else is shown as text). */
  link?: string
}
