import { Location } from '../location.js'
import { toOriginalAll } from '../normalize/reading.js'
import type { Clause, Document, Inline, Message, Reference, Text } from '../tree.js'
import { citationsIn, footnoteResolver, registryFor, type FindContext } from './find.js'
import { Scope } from './resolve.js'
import type { Citation, FindOptions } from './types.js'

/** How the parser finds references: as `findReferences`, with footnotes taken from the tree. */
export type AttachOptions = Omit<FindOptions, 'footnotes'>

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0

/**
 * Find the references in every clause of `tree` (on its normalised reading) and split the
 * clause's text leaves into text / reference / text over exactly the original words that cite.
 * Defined terms carry from clause to clause; a name right before a footnote marker resolves
 * through the footnote's own references. Never throws; returns messages for what it skipped.
 * `sourceLocation`, the `Location` of `source` when the caller has one, spares a second.
 */
export function attachReferences(tree: Document, source: string, options: AttachOptions = {}, sourceLocation?: Location): Message[] {
  const messages: Message[] = []
  const registry = registryFor(options.registry)
  for (const problem of registry.problems) messages.push({ reason: problem, ruleId: 'reference:registry', source: 'whereas', severity: 'warning' })
  const clauses = tree.children.filter((c): c is Clause => c.type === 'clause')
  const footnotes: Record<string, string> = {}
  for (const clause of clauses) if (clause.kind === 'footnote') footnotes[clause.id] = clause.reading.text
  const footnote = footnoteResolver(footnotes, registry)
  const scope = new Scope()
  // The caller's, or made for the first clause that cites: its line table costs a pass over the whole source.
  let location = sourceLocation
  const date = options.date ?? tree.meta.date
  // One context for every clause; the footnote markers of the clause being read are looked up
  // only when a reader asks, which few clauses make it do.
  let clause: Clause
  let markers: Map<number, string> | undefined
  const context: FindContext = {
    registry,
    scope,
    implicit: options.implicit !== false,
    skipSelf: options.skipSelf === true,
    footnote,
    markerAt: (offset) => (markers ??= markerOffsets(clause, source)).get(offset)
  }
  if (date) context.date = date
  for (clause of clauses) {
    scope.beginText()
    markers = undefined
    const citations = citationsIn(clause.reading.text, context)
    if (citations.length === 0) continue
    const start = clause.position.start.offset
    const starts = toOriginalAll(clause.reading, start, citations.map((c) => c.start), 'start')
    const ends = toOriginalAll(clause.reading, start, citations.map((c) => c.end), 'end')
    const spans = citations.map((citation, k) => ({ citation, start: starts[k]!, end: ends[k]! }))
    location ??= new Location(source)
    clause.children = splitLeaves(clause.children, keepable(spans, clause.children, messages, location), source, location)
  }
  return messages
}

interface Span {
  citation: Citation
  start: number
  end: number
}

/** Spans that can become nodes: non-empty, in order, and not across a footnote marker. */
function keepable(spans: Span[], children: Inline[], messages: Message[], location: Location): Span[] {
  const barriers = children.filter((c) => c.type !== 'text').map((c) => [c.position.start.offset, c.position.end.offset] as const)
  const kept: Span[] = []
  let b = 0
  let lastEnd = -1
  for (const span of spans) {
    if (span.end <= span.start || span.start < lastEnd) continue
    while (b < barriers.length && barriers[b]![1] <= span.start) b++
    if (b < barriers.length && barriers[b]![0] < span.end) {
      messages.push({
        reason: `the reference "${span.citation.text}" runs across a footnote marker; it is left as text`,
        ruleId: 'reference:across-marker',
        source: 'whereas',
        severity: 'info',
        position: location.position(span.start, span.end)
      })
      continue
    }
    kept.push(span)
    lastEnd = span.end
  }
  return kept
}

/** Split text leaves around the spans; a span may run over several consecutive text leaves. */
function splitLeaves(children: Inline[], spans: Span[], source: string, location: Location): Inline[] {
  const leaf = (a: number, b: number): Text => ({ type: 'text', value: source.slice(a, b), position: location.position(a, b) })
  const out: Inline[] = []
  let open: { node: Reference; end: number } | undefined
  let k = 0
  for (const child of children) {
    if (child.type !== 'text') {
      out.push(child)
      continue
    }
    const childEnd = child.position.end.offset
    let at = child.position.start.offset
    while (at < childEnd) {
      if (open) {
        const pieceEnd = Math.min(open.end, childEnd)
        open.node.children.push(leaf(at, pieceEnd))
        at = pieceEnd
        if (pieceEnd === open.end) open = undefined
        continue
      }
      while (k < spans.length && spans[k]!.start < at) k++
      const next = spans[k]
      if (next && next.start < childEnd) {
        if (next.start > at) out.push(leaf(at, next.start))
        const node: Reference = {
          type: 'reference',
          target: next.citation.target,
          resolution: next.citation.resolution,
          children: [],
          position: location.position(next.start, next.end)
        }
        out.push(node)
        open = { node, end: next.end }
        at = next.start
        k++
        continue
      }
      out.push(at === child.position.start.offset ? child : leaf(at, childEnd))
      at = childEnd
    }
  }
  return out
}

/**
 * Where each footnote marker of a clause stood in its reading: the reading offset just after
 * the word before the marker, mapped to the footnote's clause id.
 */
function markerOffsets(clause: Clause, source: string): Map<number, string> {
  const markers = new Map<number, string>()
  const start = clause.position.start.offset
  for (const child of clause.children) {
    if (child.type !== 'footnoteReference') continue
    let at = child.position.start.offset
    while (at > start && isSpace(source.charCodeAt(at - 1))) at--
    markers.set(readingOffset(clause, at), child.identifier)
  }
  return markers
}

/** The reading offset of an original offset (inside an edit: where the edit's reading begins). */
function readingOffset(clause: Clause, original: number): number {
  let readingAt = 0
  let originalAt = clause.position.start.offset
  for (const edit of clause.reading.edits) {
    if (original <= edit.start) break
    if (original < edit.end) return readingAt + (edit.start - originalAt)
    readingAt += edit.start - originalAt + edit.insert.length
    originalAt = edit.end
  }
  return readingAt + (original - originalAt)
}
