import { Location } from './location.js'
import { attachReferences, type AttachOptions } from './references/index.js'
import type { Clause, Document, DocumentKind, Format, Message, ParseResult, Text } from './tree.js'

export interface ParseOptions {
  /** The input format; detected when absent. */
  format?: Format
  /** The document id (corpus id, or derived from a file name). */
  id?: string
  kind?: DocumentKind
  /** Options for finding references; `false` skips them. */
  references?: AttachOptions | false
}

/** Parse any string into a document tree. Never throws: what it cannot read becomes a message. */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const location = new Location(text)
  const messages: Message[] = []
  const children: Document['children'] = []
  const blocks = /[^\n]+(?:\n[^\n]+)*/g
  let at = 0
  let n = 0
  const leaf = (start: number, end: number): Text => ({
    type: 'text',
    value: text.slice(start, end),
    position: location.position(start, end)
  })
  for (const match of text.matchAll(blocks)) {
    const start = match.index
    const end = start + match[0].length
    if (start > at) children.push({ type: 'block', role: 'blank', children: [leaf(at, start)], position: location.position(at, start) })
    const clause: Clause = {
      type: 'clause',
      id: `p_${++n}`,
      kind: 'prose',
      reading: { text: match[0], edits: [] },
      children: [leaf(start, end)],
      position: location.position(start, end)
    }
    children.push(clause)
    at = end
  }
  if (at < text.length) children.push({ type: 'block', role: 'blank', children: [leaf(at, text.length)], position: location.position(at, text.length) })
  const tree: Document = {
    type: 'document',
    id: options.id ?? 'document',
    kind: options.kind ?? 'text',
    format: options.format ?? 'text',
    meta: {},
    children,
    position: location.position(0, text.length)
  }
  if (options.references !== false) messages.push(...attachReferences(tree, text, options.references ?? {}))
  return { tree, messages }
}
