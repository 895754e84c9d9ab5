import type { Location } from '../location.js'
import { readingOf } from '../normalize/reading.js'
import type { Block, Clause, ClauseKind, Content, DocumentKind, DocumentMeta, Edit, Message, Signatory } from '../tree.js'
import { classify, type Part } from './classify.js'
import { collapseWhiteSpace } from './white-space.js'
import { IdRegistry, slug } from './ids.js'
import { findMarkers, leavesOf, type Marker } from './leaves.js'
import type { NoteCall, Segment } from './segment.js'

export interface LetterResult {
  children: Content[]
  meta: DocumentMeta
  kind?: DocumentKind
}

/** Edits that are sorted, do not overlap and lie within `[start, end)`; others are dropped. */
function usableEdits(edits: Edit[], start: number, end: number): Edit[] {
  const kept: Edit[] = []
  let at = start
  for (const edit of edits) {
    if (edit.start < at || edit.end > end || edit.end < edit.start) continue
    kept.push(edit)
    at = edit.end
  }
  return kept
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
 */
export function assembleLetter(text: string, location: Location, input: Segment[], messages: Message[], calls: NoteCall[] = []): LetterResult {
  const segments: Segment[] = []
  let covered = 0
  for (const segment of input) {
    const start = Math.max(segment.start, covered)
    const end = Math.min(segment.end, text.length)
    if (end <= start) continue
    segments.push({ ...segment, start, end, edits: usableEdits(segment.edits, start, end) })
    covered = end
  }
  const readings = segments.map((segment) => readingOf(text, segment.start, segment.end, segment.edits))
  const plains = readings.map((reading) => collapseWhiteSpace(reading.text))
  const superscripts = findMarkers(text)
  const markers = calls.length === 0 ? superscripts : withCalls(superscripts, calls)
  // Only superscripts make "2 To further ..." a note: a paragraph opening with "2" is no note because "[^2]" is called.
  const parts = classify(segments, plains, new Set(superscripts.map((marker) => marker.label)))

  const footnotes = new Map<string, string>()
  const ids = new IdRegistry()
  const idOf: (string | undefined)[] = []
  const salutations = parts.filter((part) => part.part === 'salutation').length
  // Footnote ids first, so a marker can point to a note printed after it; a repeated label
  // gets its own id, and markers point to the first note with the label. A named label
  // ("[^edpb]") gives `fn_edpb`.
  const keyed = new Map<string, string>()
  parts.forEach((part, i) => {
    if (part.part !== 'footnote') return
    const id = ids.claim(`fn_${slug(part.label, 8) || 'x'}`)
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
  let at = 0
  let markerAt = 0
  let point: string | undefined
  let umbrella: string | undefined
  const gap = (start: number, end: number) => {
    if (end <= start) return
    const source = text.slice(start, end)
    const role = source.trim() === '' ? 'blank' : 'other'
    children.push({ type: 'block', role, children: [{ type: 'text', value: source, position: location.position(start, end) }], position: location.position(start, end) })
  }

  segments.forEach((segment, i) => {
    gap(at, segment.start)
    at = segment.end
    const part = parts[i]!
    const plain = plains[i]!
    const { leaves, next } = leavesOf(text, location, segment.start, segment.end, markers, markerAt, part.part === 'footnote' ? new Map() : footnotes)
    markerAt = next
    const position = location.position(segment.start, segment.end)
    const block = (role: Block['role']) => children.push({ type: 'block', role, children: leaves, position })
    const clause = (kind: ClauseKind, id: string, extra: Partial<Pick<Clause, 'num' | 'parent' | 'signatory'>> = {}) => {
      idOf[i] = id
      children.push({ type: 'clause', id, kind, ...extra, reading: readings[i]!, children: leaves, position })
    }
    switch (part.part) {
      case 'block':
        if (part.role === 'heading') umbrella = undefined
        return block(part.role)
      case 'title':
        meta.title ??= plain
        return block('title')
      case 'byline':
        ;(meta.authors ??= []).push(part.author)
        return block('preamble')
      case 'date':
        meta.date ??= part.date.date
        if (part.date.place) meta.place ??= part.date.place
        return clause('date', ids.claim('date'))
      case 'subject':
        meta.subject ??= part.subject
        return clause('subject', ids.claim('subject'))
      case 'salutation':
        ;(meta.addressees ??= []).push(part.whom)
        return salutations > 1
          ? clause('addressee', ids.claim(`addressee_${slug(part.whom, 6) || 'x'}`))
          : clause('salutation', ids.claim('salutation'))
      case 'copy':
        ;(meta.cc ??= []).push(part.whom)
        return clause('addressee', ids.claim(`cc_${slug(part.whom, 6) || 'x'}`))
      case 'closing':
        return clause('closing', ids.claim('closing'))
      case 'footnote':
        return clause('footnote', idOf[i]!, { num: part.label })
      case 'heading':
        point = undefined
        return clause('heading', ids.claim(`h_${slug(plain) || 'x'}`))
      case 'prose':
        point = undefined
        return clause('prose', ids.claim(`p_${slug(plain) || 'x'}`))
      case 'item': {
        const parent = segment.container !== undefined ? idOf[segment.container] : part.num === undefined ? point : undefined
        const key = part.num ?? (slug(plain.replace(/^\d{1,3}[.)]\s/, '')) || 'x')
        const id = ids.claim(parent ? `${parent}_${key}` : `item_${key}`)
        if (part.num !== undefined && segment.container === undefined) point = id
        return clause('item', id, { ...(part.num !== undefined ? { num: part.num } : {}), ...(parent ? { parent } : {}) })
      }
      case 'signatory':
        return signatory(part.signatory, part.umbrella)
    }

    function signatory(entry: Signatory, isUmbrella: boolean) {
      const id = ids.claim(`sig_${slug(entry.name, 6) || 'x'}`)
      clause('signatory', id, { signatory: entry, ...(umbrella && !isUmbrella ? { parent: umbrella } : {}) })
      if (isUmbrella) umbrella = id
    }
  })
  gap(at, text.length)

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
