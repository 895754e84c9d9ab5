import type { Location } from '../location.js'
import { readingOf } from '../normalize/reading.js'
import type { Block, Clause, ClauseKind, Content, DocumentKind, DocumentMeta, Edit, Inline, Message, Position, Reading, Signatory } from '../tree.js'
import { classify } from './classify.js'
import { collapseWhiteSpace } from './white-space.js'
import { IdRegistry, slugId } from './ids.js'
import { findMarkers, leavesOf, type Marker, type MarkerCursor } from './leaves.js'
import type { NoteCall, Segment } from './segment.js'

export interface LetterResult {
  children: Content[]
  meta: DocumentMeta
  kind?: DocumentKind
}

/**
 * Edits that are sorted, do not overlap and lie within `[start, end)`; others are dropped.
 * Readers give usable edits: their array is kept as it is, without a copy.
 */
function usableEdits(edits: Edit[], start: number, end: number): Edit[] {
  let kept: Edit[] | undefined
  let at = start
  for (let n = 0; n < edits.length; n++) {
    const edit = edits[n]!
    if (edit.start < at || edit.end > end || edit.end < edit.start) {
      kept ??= edits.slice(0, n)
      continue
    }
    kept?.push(edit)
    at = edit.end
  }
  return kept ?? edits
}

/** The segments clipped to the text and to the end of the one before, so that none overlap; a segment that needs no clipping is kept as it is. */
function clipped(text: string, input: Segment[]): Segment[] {
  const segments: Segment[] = []
  let covered = 0
  for (const segment of input) {
    const start = Math.max(segment.start, covered)
    const end = Math.min(segment.end, text.length)
    if (end <= start) continue
    const edits = usableEdits(segment.edits, start, end)
    segments.push(start === segment.start && end === segment.end && edits === segment.edits ? segment : { ...segment, start, end, edits })
    covered = end
  }
  return segments
}

/**
 * The superscript markers and a reader's footnote calls in one sorted list; a superscript
 * inside a call ("[^¹]") is part of the call's label, not a marker of its own.
 */
function withCalls(superscripts: Marker[], calls: NoteCall[]): Marker[] {
  const sorted = [...calls].sort((a, b) => a.start - b.start)
  const merged: Marker[] = []
  let i = 0
  let end = 0
  for (const call of sorted) {
    while (i < superscripts.length && superscripts[i]!.start < call.start) {
      if (superscripts[i]!.start >= end) merged.push(superscripts[i]!)
      i++
    }
    if (call.start < end) continue
    merged.push({ start: call.start, end: call.end, label: call.label, call: true })
    end = call.end
  }
  for (; i < superscripts.length; i++) if (superscripts[i]!.start >= end) merged.push(superscripts[i]!)
  return merged
}

/**
 * Turn a reader's segments into the letter's nodes: clauses with stable ids and readings,
 * blocks for what is not a clause, and `blank`/`other` blocks for the source between
 * segments, so the leaves cover the input exactly once. Fills `meta` from the letter head.
 * `calls` are footnote calls the reader found in its own syntax (Markdown's "[^1]"); they link
 * to the segments marked as `footnote` by key, as superscript markers link to notes by label.
 * `found` are the superscript markers, when the reader already knows them (none, when its
 * own pass over the text met no superscript digit); otherwise they are looked for here.
 */
export function assembleLetter(
  text: string,
  location: Location,
  input: Segment[],
  messages: Message[],
  calls: NoteCall[] = [],
  found?: Marker[]
): LetterResult {
  const segments = clipped(text, input)
  const readings = segments.map((segment) => readingOf(text, segment.start, segment.end, segment.edits))
  const plains = readings.map((reading) => collapseWhiteSpace(reading.text))
  const superscripts = found ?? findMarkers(text)
  const markers = calls.length === 0 ? superscripts : withCalls(superscripts, calls)
  // Only superscripts make "2 To further ..." a note: a paragraph opening with "2" is no note because "[^2]" is called.
  const parts = classify(segments, plains, new Set(superscripts.map((marker) => marker.label)))

  const footnotes = new Map<string, string>()
  const ids = new IdRegistry()
  const idOf: (string | undefined)[] = []
  let salutations = 0
  // Footnote ids first, so a marker can point to a note printed after it; a repeated label
  // gets its own id, and markers point to the first note with the label. A named label
  // ("[^edpb]") gives `fn_edpb`.
  const keyed = new Map<string, string>()
  parts.forEach((part, i) => {
    if (part.part === 'salutation') salutations++
    if (part.part !== 'footnote') return
    const id = ids.claim(slugId('fn_', part.label, 8))
    if (!footnotes.has(part.label)) footnotes.set(part.label, id)
    const key = segments[i]!.footnote?.key
    if (key !== undefined && !keyed.has(key)) keyed.set(key, id)
    idOf[i] = id
  })
  // A call written differently from its note ("[^EDPB]" to "[^edpb]:") links by key.
  for (const call of calls) {
    const id = keyed.get(call.key)
    if (id !== undefined && !footnotes.has(call.label)) footnotes.set(call.label, id)
  }

  const meta: DocumentMeta = {}
  const children: Content[] = []
  const noNotes = new Map<string, string>()
  let at = 0
  const markerAt: MarkerCursor = { next: 0 }
  let point: string | undefined
  let umbrella: string | undefined
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    if (segment.start > at) children.push(gap(text, location, at, segment.start))
    at = segment.end
    const part = parts[i]!
    const plain = plains[i]!
    const leaves = leavesOf(text, location, segment.start, segment.end, markers, markerAt, part.part === 'footnote' ? noNotes : footnotes)
    // A clause of one leaf shares its leaf's position (see `Location.position`).
    const only = leaves.length === 1 ? leaves[0]!.position : undefined
    const position = only && only.start.offset === segment.start && only.end.offset === segment.end ? only : location.position(segment.start, segment.end)
    let kind: ClauseKind
    let id: string
    let num: string | undefined
    let parent: string | undefined
    let signatory: Signatory | undefined
    switch (part.part) {
      case 'block':
        if (part.role === 'heading') umbrella = undefined
        children.push({ type: 'block', role: part.role, children: leaves, position })
        continue
      case 'title':
        meta.title ??= plain
        children.push({ type: 'block', role: 'title', children: leaves, position })
        continue
      case 'byline':
        ;(meta.authors ??= []).push(part.author)
        children.push({ type: 'block', role: 'preamble', children: leaves, position })
        continue
      case 'date':
        meta.date ??= part.date.date
        if (part.date.place) meta.place ??= part.date.place
        kind = 'date'
        id = ids.claim('date')
        break
      case 'subject':
        meta.subject ??= part.subject
        kind = 'subject'
        id = ids.claim('subject')
        break
      case 'salutation':
        ;(meta.addressees ??= []).push(part.whom)
        kind = salutations > 1 ? 'addressee' : 'salutation'
        id = ids.claim(salutations > 1 ? slugId('addressee_', part.whom, 6) : 'salutation')
        break
      case 'copy':
        ;(meta.cc ??= []).push(part.whom)
        kind = 'addressee'
        id = ids.claim(slugId('cc_', part.whom, 6))
        break
      case 'closing':
        kind = 'closing'
        id = ids.claim('closing')
        break
      case 'footnote':
        kind = 'footnote'
        id = idOf[i]!
        num = part.label
        break
      case 'heading':
        point = undefined
        kind = 'heading'
        id = ids.claim(slugId('h_', plain))
        break
      case 'prose':
        point = undefined
        kind = 'prose'
        id = ids.claim(slugId('p_', plain))
        break
      case 'item': {
        parent = segment.container !== undefined ? idOf[segment.container] : part.num === undefined ? point : undefined
        const prefix = parent ? `${parent}_` : 'item_'
        kind = 'item'
        id = ids.claim(part.num !== undefined ? prefix + part.num : slugId(prefix, withoutNumber(plain)))
        num = part.num
        if (part.num !== undefined && segment.container === undefined) point = id
        break
      }
      case 'signatory':
        kind = 'signatory'
        id = ids.claim(slugId('sig_', part.signatory.name, 6))
        signatory = part.signatory
        if (umbrella && !part.umbrella) parent = umbrella
        if (part.umbrella) umbrella = id
        break
    }
    idOf[i] = id
    children.push(clauseNode(id, kind, num, signatory, parent, readings[i]!, leaves, position))
  }
  if (text.length > at) children.push(gap(text, location, at, text.length))

  for (const marker of markers) {
    if (!footnotes.has(marker.label) && marker.start > 0 && /[\p{L}\p{N}.,;:!?)’"”*_]/u.test(text[marker.start - 1]!)) {
      messages.push({
        reason: `Footnote marker "${text.slice(marker.start, marker.end)}" has no footnote ${marker.label} in the document; it is kept as text`,
        ruleId: 'letter:unresolved-footnote',
        source: 'whereas',
        severity: 'warning',
        position: location.position(marker.start, marker.end)
      })
    }
  }
  const letterLike = parts.some((part) => part.part === 'salutation' || part.part === 'closing' || part.part === 'subject')
  const kind = letterLike ? 'letter' : meta.authors && meta.title ? 'news' : undefined
  return { children, meta, ...(kind ? { kind } : {}) }
}

/** An item's text after the number it opens with ("1. "), as a slice rather than a copy of the text. */
function withoutNumber(text: string): string {
  const number = /^\d{1,3}[.)]\s/.exec(text)
  return number ? text.slice(number[0].length) : text
}

/** The source between two segments as a `blank` or `other` block, which shares its position with its one leaf. */
function gap(text: string, location: Location, start: number, end: number): Block {
  const source = text.slice(start, end)
  const role = source.trim() === '' ? 'blank' : 'other'
  const position = location.position(start, end)
  return { type: 'block', role, children: [{ type: 'text', value: source, position }], position }
}

/**
 * A clause with its keys in the tree's order, the optional ones only when set. Built key by
 * key: a literal that spreads the optional ones costs objects and a slow copy per clause.
 */
function clauseNode(
  id: string,
  kind: ClauseKind,
  num: string | undefined,
  signatory: Signatory | undefined,
  parent: string | undefined,
  reading: Reading,
  children: Inline[],
  position: Position
): Clause {
  const node: Partial<Clause> = { type: 'clause', id, kind }
  if (num !== undefined) node.num = num
  if (signatory !== undefined) node.signatory = signatory
  if (parent !== undefined) node.parent = parent
  node.reading = reading
  node.children = children
  node.position = position
  return node as Clause
}
