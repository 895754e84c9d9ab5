import type { ReferenceTarget, Resolution } from '../tree.js'
import type { Registry } from './registry/index.js'
import type { Scope } from './resolve.js'

/**
 * One citation found in a string: `text` is `input.slice(start, end)`, the words that cite.
 * A list ("Articles 7 and 8 of the Charter") gives one citation per article.
 */
export interface Citation {
  /** Offset of the first citing character (UTF-16 code units into the searched string). */
  start: number
  /** Offset just after the last citing character. */
  end: number
  text: string
  target: ReferenceTarget
  resolution: Resolution
}

/** An instrument of the registry: what a reference's `target.instrument` key stands for. */
export interface Instrument {
  /** Short stable key: `charter`, `gdpr`, `led`, `directive-2019-1937`, ... */
  key: string
  /** `regulation`, `directive`, `decision`, `framework-decision`, `treaty`, `convention`, ... */
  type: string
  /** The number as printed in its title: `2016/679`, `95/46/EC`, `ETS 108`. */
  number?: string
  /** EUR-Lex CELEX number, where one exists. */
  celex?: string
  /** European Legislation Identifier, where one exists. */
  eli?: string
  url?: string
  /** Official title. */
  title: string
  /** Names and abbreviations people write for it, matched as whole words. */
  aliases: string[]
  /** Names that mean this instrument only standing alone ("the Charter", not "the Social Charter"). */
  shortForms?: string[]
  /** The key of the proposal an alias means when written "the proposed ..." ("the proposed AI Act"), or in a text older than `adopted`. */
  proposal?: string
  /** When the act was adopted (ISO date): before it, its name meant the proposal. */
  adopted?: string
}

/** How `findReferences` reads a string. */
export interface FindOptions {
  /**
   * Extra instruments (JSON data, same shape as `Instrument`) merged over the bundled
   * registry; or a registry made once with `createRegistry` (faster when called often).
   */
  registry?: unknown
  /** Read rights language as implicit references to Charter articles (default `true`). */
  implicit?: boolean
  /** Footnote texts by label (`{ '9': 'Directive (EU) 2016/680 ...' }`): "the Law Enforcement Directive ( 9 )" resolves through them. */
  footnotes?: Record<string, string>
  /** The date of the text (ISO, `2021-10-04`): a name of an act adopted later means its proposal. */
  date?: string
  /** Skip references to the text's own act ("Article 5 of this Regulation"), emitted as instrument `self` by default. */
  skipSelf?: boolean
}

/** A citation in token terms, before it becomes offsets. */
export interface Found {
  first: number
  last: number
  target: ReferenceTarget
  resolution: Resolution
}

/** What the scanner needs besides the tokens. */
export interface ScanContext {
  registry: Registry
  scope: Scope
  skipSelf: boolean
  /** The act a footnote label resolves to, when the caller gave footnotes. */
  footnote?: (label: string) => ReferenceTarget | undefined
  /** The date of the text (ISO): names of acts adopted later mean their proposals. */
  date?: string
  /** The footnote whose marker stood at this offset of the text (a marker the reading left out). */
  markerAt?: (offset: number) => string | undefined
}
