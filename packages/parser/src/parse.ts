import { Location } from './location.js'
import { attachReferences, type AttachOptions } from './references/index.js'
import { detectFormat } from './formats/detect.js'
import { readEpPage } from './formats/ep-page.js'
import { readPlainText } from './formats/plain-text.js'
import { readMarkdown } from './formats/markdown/read.js'
import { readPdfText } from './formats/pdf-text/read.js'
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
  'pdf-text': readPdfText,
  text: readPlainText
}

/**
 * Parse any string into a document tree. Never throws: what it cannot read becomes a message.
 * A reader or the reference stage that fails on some input is a bug; rather than lose the
 * document, the tree is then read again without that stage and the failure is reported.
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const input = typeof text === 'string' ? text : String(text ?? '')
  const location = new Location(input)
  const messages: Message[] = []
  let format = options.format ?? detectFormat(input)
  if (!Object.hasOwn(readers, format)) {
    messages.push(failure(`Unknown format "${String(format)}": use one of ${Object.keys(readers).join(', ')}. The format was detected instead.`, 'parse:unknown-format'))
    format = detectFormat(input)
  }
  const read = (reader: Reader, into: Message[]): Document => {
    const { children, meta, kind } = reader({ text: input, location, messages: into })
    return {
      type: 'document',
      id: options.id ?? 'document',
      kind: options.kind ?? kind ?? 'text',
      format,
      meta,
      children,
      position: location.position(0, input.length)
    }
  }
  let tree: Document
  const unread = messages.length
  try {
    tree = read(readers[format], messages)
  } catch (error) {
    messages.length = unread
    messages.push(failure(`The ${format} reader failed (${describe(error)}): the input was read as plain text. Please report this input.`, 'parse:internal-error'))
    tree = { ...read(readPlainText, messages), format }
  }
  if (options.references === false) return { tree, messages }
  const before = messages.length
  try {
    for (const message of attachReferences(tree, input, options.references ?? {}, location)) messages.push(message)
  } catch (error) {
    messages.length = before
    messages.push(failure(`Finding references failed (${describe(error)}): the tree has none. Please report this input.`, 'parse:internal-error'))
    const fresh: Message[] = []
    try {
      tree = read(readers[format], fresh)
    } catch {
      tree = { ...read(readPlainText, fresh), format }
    }
  }
  return { tree, messages }
}

function failure(reason: string, ruleId: string): Message {
  return { reason, ruleId, source: 'whereas', severity: 'warning' }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))
