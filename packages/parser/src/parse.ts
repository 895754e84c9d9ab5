import { Location } from './location.js'
import { attachReferences, type AttachOptions } from './references/index.js'
import { detectFormat } from './formats/detect.js'
import { readEpPage } from './formats/ep-page.js'
import { readPlainText } from './formats/plain-text.js'
import { readMarkdown } from './formats/markdown/read.js'
import type { Reader } from './formats/reader.js'
import type { Document, DocumentKind, Format, Message, ParseResult } from './tree.js'

export interface ParseOptions {
  /** The input format; detected when absent. */
  format?: Format
  /** The document id (corpus id, or derived from a file name). */
  id?: string
  kind?: DocumentKind
  /** Options for finding references; `false` skips them. */
  references?: AttachOptions | false
}

const readers: Record<Format, Reader> = {
  ep: readEpPage,
  markdown: readMarkdown,
  'pdf-text': readPlainText,
  text: readPlainText
}

/** Parse any string into a document tree. Never throws: what it cannot read becomes a message. */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const location = new Location(text)
  const messages: Message[] = []
  const format = options.format ?? detectFormat(text)
  const { children, meta, kind } = readers[format]({ text, location, messages })
  const tree: Document = {
    type: 'document',
    id: options.id ?? 'document',
    kind: options.kind ?? kind ?? 'text',
    format,
    meta,
    children,
    position: location.position(0, text.length)
  }
  if (options.references !== false) messages.push(...attachReferences(tree, text, options.references ?? {}))
  return { tree, messages }
}
