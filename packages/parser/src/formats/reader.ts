import type { Location } from '../location.js'
import type { Content, DocumentKind, DocumentMeta, Message } from '../tree.js'

/** What every format reader gets: the input, its line table, and where to put messages. */
export interface ReaderContext {
  text: string
  location: Location
  messages: Message[]
}

/** What a reader returns: the root's children (covering the input exactly once) and meta. */
export interface ReaderResult {
  children: Content[]
  meta: DocumentMeta
  /** The kind the reader recognised (`resolution` for an EP page), when the caller gave none. */
  kind?: DocumentKind
}

export type Reader = (context: ReaderContext) => ReaderResult
