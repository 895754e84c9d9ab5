import type { Location } from '../../location.js'
import type { Block, Clause, ClauseKind, Content, Inline, Message, Reading, Text } from '../../tree.js'

/** A span of the input `[start, end)`. */
export interface Span {
  start: number
  end: number
}

/** A piece of the page before it becomes a node: a clause or a block over `[start, end)`. */
export type Piece =
  | (Span & { type: 'block'; role: Block['role'] })
  | (Span & { type: 'clause'; id: string; kind: ClauseKind; num?: string; /** Where its words begin, after a printed label. */ labelEnd?: number })

/** Builds nodes over one input, with positions from its line table. */
export class NodeBuilder {
  constructor(
    readonly text: string,
    readonly location: Location
  ) {}

  leaf(start: number, end: number): Text {
    return { type: 'text', value: this.text.slice(start, end), position: this.location.position(start, end) }
  }

  block(role: Block['role'], start: number, end: number, children: Inline[] = [this.leaf(start, end)]): Block {
    return { type: 'block', role, children, position: this.location.position(start, end) }
  }

  clause(piece: Span & { id: string; kind: ClauseKind; num?: string }, children: Inline[], reading: Reading): Clause {
    const clause: Clause = {
      type: 'clause',
      id: piece.id,
      kind: piece.kind,
      reading,
      children,
      position: this.location.position(piece.start, piece.end)
    }
    if (piece.num !== undefined) clause.num = piece.num
    return clause
  }
}

const isSpaceCode = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160

/** `span` without white space at either end (empty when it holds only white space). */
export function trim(text: string, start: number, end: number): Span {
  let s = start
  let e = end
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
  return { start: s, end: e }
}

/**
 * Lay pieces end to end over `[0, text.length)`: each piece is trimmed of white space, the
 * white space between pieces becomes `blank` blocks, and any text no piece claims becomes an
 * `other` block with a message, so the leaves always cover the input exactly once.
 */
export function layOut(
  pieces: Piece[],
  builder: NodeBuilder,
  messages: Message[],
  build: (piece: Piece & { type: 'clause' }) => Clause
): Content[] {
  const { text, location } = builder
  const children: Content[] = []
  let at = 0
  const gap = (start: number, end: number) => {
    if (start >= end) return
    const inner = trim(text, start, end)
    if (inner.start > start) children.push(builder.block('blank', start, inner.start))
    if (inner.start < inner.end) {
      children.push(builder.block('other', inner.start, inner.end))
      messages.push({
        reason: `Text outside any clause or page block (${inner.end - inner.start} characters): kept as an "other" block.`,
        ruleId: 'ep:unclaimed-text',
        source: 'whereas',
        severity: 'warning',
        position: location.position(inner.start, inner.end)
      })
    }
    if (inner.end < end && inner.start < inner.end) children.push(builder.block('blank', inner.end, end))
  }
  for (const piece of pieces) {
    const span = trim(text, Math.max(piece.start, at), piece.end)
    if (span.start >= span.end) continue
    gap(at, span.start)
    const trimmed = { ...piece, ...span }
    children.push(trimmed.type === 'clause' ? build(trimmed) : builder.block(trimmed.role, span.start, span.end))
    at = span.end
  }
  gap(at, text.length)
  return children
}
