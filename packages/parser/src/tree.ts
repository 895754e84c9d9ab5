/**
 * The whereas document tree: a unist tree (like mdast or hast), one type for every kind
 * of document. Offsets are JavaScript string indices into the original input.
 */

export interface Point {
  /** 1-indexed line. */
  line: number
  /** 1-indexed column. */
  column: number
  /** 0-indexed offset into the original input (UTF-16 code units). */
  offset: number
}

export interface Position {
  start: Point
  end: Point
}

interface NodeBase {
  type: string
  position: Position
  data?: Record<string, unknown>
}

/** The formats a reader exists for. `auto` lets `detectFormat` choose. */
export type Format = 'ep' | 'markdown' | 'pdf-text' | 'text'

export type DocumentKind = 'resolution' | 'letter' | 'news' | 'text' | (string & {})

export interface DocumentMeta {
  title?: string
  /** ISO date (YYYY-MM-DD, or YYYY-MM when only the month is known). */
  date?: string
  /** Place of adoption or of writing ("Strasbourg", "Brussels"). */
  place?: string
  authors?: string[]
  addressees?: string[]
  /** Persons in copy ("cc: ..."). */
  cc?: string[]
  /** The subject line of a letter ("Re: ..."), without "Re:". */
  subject?: string
  source?: string
  /** EP texts-adopted number, e.g. `P9_TA(2021)0405`. */
  adoptedText?: string
  /** EP report number, e.g. `A9-0232/2021`. */
  report?: string
  /** Procedure numbers, e.g. `2020/2016(INI)`. */
  procedures?: string[]
}

/**
 * What a clause is, in the domain. Resolutions: `citation` ("– having regard to"),
 * `recital` ("A. whereas"), `paragraph` (operative), `footnote`. Letters: `date`,
 * `addressee`, `subject`, `salutation`, `heading`, `prose`, `item` (list item or numbered
 * point), `closing`, `signatory`, `footnote`.
 */
export type ClauseKind =
  | 'citation'
  | 'recital'
  | 'paragraph'
  | 'footnote'
  | 'date'
  | 'addressee'
  | 'subject'
  | 'salutation'
  | 'heading'
  | 'prose'
  | 'item'
  | 'closing'
  | 'signatory'

/**
 * An edit of the normalised reading against the original: the original text
 * `[start, end)` (offsets into the input) reads as `insert`. A deletion has `insert: ''`.
 */
export interface Edit {
  start: number
  end: number
  insert: string
  /** Which repair made it: `spaced-punctuation`, `broken-word`, `markdown-syntax`, `whitespace`, ... */
  rule: string
}

/**
 * The normalised view of a clause: what search and display read. `text` is the clause's
 * source with `edits` applied, in order; the edits map every character back to the original.
 */
export interface Reading {
  text: string
  edits: Edit[]
}

/** A structured signatory ("Patrick Breyer MEP (Greens/EFA) – Shadow Rapporteur"). */
export interface Signatory {
  name: string
  /** "MEP", "lawyer and director of ...", "Shadow Rapporteur". */
  role?: string
  /** Political group, for MEPs ("Greens/EFA", "S&D"). */
  group?: string
  /** Organisation, for individuals signing on behalf of one. */
  organisation?: string
  country?: string
  /** `person` or `organisation`. */
  type: 'person' | 'organisation'
}

// ---------------------------------------------------------------- inline nodes

export interface Text extends NodeBase {
  type: 'text'
  /** Exactly the original input over `position`. */
  value: string
}

/** Where a reference points. `instrument` is a stable short key (`charter`, `gdpr`, `led`, ...). */
export interface ReferenceTarget {
  instrument: string
  celex?: string
  eli?: string
  url?: string
  article?: string
  paragraph?: string
  point?: string
  subparagraph?: string
  /** The instrument's or article's title, for display. */
  title?: string
}

/** How a reference was resolved to its target. */
export type Resolution = 'explicit' | 'defined' | 'footnote' | 'context' | 'implicit'

export interface Reference extends NodeBase {
  type: 'reference'
  target: ReferenceTarget
  resolution: Resolution
  children: Text[]
}

/** An in-text footnote marker, "( 8 )" or "¹". A leaf. */
export interface FootnoteReference extends NodeBase {
  type: 'footnoteReference'
  /** The footnote's label as printed ("8"). */
  label: string
  /** The id of the footnote clause it points to (`fn_8`). */
  identifier: string
  value: string
}

export type Inline = Text | Reference | FootnoteReference

// ---------------------------------------------------------------- block nodes

/** A clause: the unit researchers cite, search and compare. */
export interface Clause extends NodeBase {
  type: 'clause'
  /** Stable id, Akoma Ntoso eId style: `cit_1`, `rec_A`, `para_27`, `fn_8`, `sig_patrick-breyer`. */
  id: string
  kind: ClauseKind
  /** The number or letter as printed ("27", "A"), when there is one. */
  num?: string
  /** The id of the clause this one belongs to (a list item under a numbered demand). */
  parent?: string
  /** For signatory clauses. */
  signatory?: Signatory
  reading: Reading
  children: Inline[]
}

/**
 * A block that is not a clause: the title block, page chrome (language menu, procedure
 * box, "Last updated", legal notice), headings and separators of a page, white space.
 */
export interface Block extends NodeBase {
  type: 'block'
  role: 'title' | 'chrome' | 'preamble' | 'heading' | 'separator' | 'blank' | 'other'
  children: Inline[]
}

export type Content = Clause | Block

export interface Document extends NodeBase {
  type: 'document'
  /** Corpus id (`ep-ta-2021-0405`), or derived from the file name. */
  id: string
  kind: DocumentKind
  format: Format
  meta: DocumentMeta
  children: Content[]
}

export type Node = Document | Content | Inline

// ---------------------------------------------------------------- messages

/** A warning or note on a parse, vfile style: the parser reports instead of throwing. */
export interface Message {
  reason: string
  /** Which rule spoke: `repair:broken-word`, `ep:unknown-block`, `reference:unresolved`, ... */
  ruleId: string
  source: 'whereas'
  severity: 'info' | 'warning'
  position?: Position
}

export interface ParseResult {
  tree: Document
  messages: Message[]
}
