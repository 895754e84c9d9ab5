import type { FootnoteDefinition, Nodes, PhrasingContent, Root } from 'mdast'
import type { NoteCall, Segment } from '../../letter/segment.js'
import { inlineEdits, sourceSpan } from '../../normalize/markdown-syntax.js'
import type { Location } from '../../location.js'
import type { Edit, Message } from '../../tree.js'

/**
 * GitHub-flavoured footnotes: a call "[^1]" or "[^edpb]" in the text, and its note
 * "[^1]: The note." (further paragraphs indented by four spaces) anywhere in the document.
 * GFM only makes a call of "[^x]" when a note "[^x]:" exists; a call without a note stays
 * text, and is reported here, as a superscript marker without its note is.
 */

/** A label as GFM allows it: no white space, no brackets, no backslash (an escape needs no report), at most 999 characters. */
const CALL = /\[\^([^\s[\]\\]{1,999})\]/y

/** The calls that GFM linked to a note, in document order, and messages for calls without a note and notes without a call. */
export function footnoteCalls(text: string, root: Root, location: Location, messages: Message[]): NoteCall[] {
  const calls: NoteCall[] = []
  const definitions: FootnoteDefinition[] = []
  const called = new Set<string>()
  const texts: Span[] = []
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'footnoteReference') {
      const where = sourceSpan(node)
      called.add(node.identifier)
      if (where) calls.push({ ...where, label: node.label ?? node.identifier, key: node.identifier })
      continue
    }
    if (node.type === 'footnoteDefinition') definitions.push(node)
    if (node.type === 'text') {
      const where = sourceSpan(node)
      if (where) texts.push(where)
    }
    if ('children' in node) for (let n = node.children.length - 1; n >= 0; n--) stack.push(node.children[n]!)
  }
  unresolvedCalls(text, texts, location, messages)
  for (const definition of definitions) {
    const where = sourceSpan(definition)
    if (called.has(definition.identifier) || !where) continue
    messages.push({
      reason: `Footnote "[^${definition.label ?? definition.identifier}]" is not called anywhere in the document; it is kept as a footnote`,
      ruleId: 'markdown:uncalled-footnote',
      source: 'whereas',
      severity: 'info',
      position: location.position(where.start, where.end)
    })
  }
  return calls
}

interface Span {
  start: number
  end: number
}

/**
 * Report each "[^x]" left as text (`texts`: the text nodes' spans, in document order; code is
 * not text): written as a call, but no note has its label. One pass over the input.
 */
function unresolvedCalls(text: string, texts: Span[], location: Location, messages: Message[]): void {
  let t = 0
  for (let at = text.indexOf('[^'); at >= 0 && t < texts.length; at = text.indexOf('[^', at + 2)) {
    while (t < texts.length && texts[t]!.end <= at) t++
    const where = texts[t]
    if (!where || where.start > at || escaped(text, at)) continue
    CALL.lastIndex = at
    const match = CALL.exec(text)
    if (!match || CALL.lastIndex > where.end) continue
    messages.push({
      reason: `Footnote marker "${match[0]}" has no footnote "[^${match[1]}]:" in the document; it is kept as text`,
      ruleId: 'letter:unresolved-footnote',
      source: 'whereas',
      severity: 'warning',
      position: location.position(at, CALL.lastIndex)
    })
  }
}

/** Whether the character at `at` is escaped by an odd run of backslashes before it. */
function escaped(text: string, at: number): boolean {
  let slashes = 0
  while (at - slashes - 1 >= 0 && text.charCodeAt(at - slashes - 1) === 92) slashes++
  return slashes % 2 === 1
}

/**
 * The segment of a note "[^1]: The note.": its label is left out of the reading (it is the
 * clause's `num`), its paragraphs read as one, joined by a space.
 */
export function definitionSegment(text: string, definition: FootnoteDefinition, container: number | undefined): Segment | undefined {
  const where = sourceSpan(definition)
  if (!where) return undefined
  const edits: Edit[] = []
  let at = where.start
  for (const child of definition.children) {
    const span = sourceSpan(child)
    if (!span || span.start < at) continue
    if (span.start > at) edits.push({ start: at, end: span.start, insert: at === where.start ? '' : ' ', rule: at === where.start ? 'label' : 'whitespace' })
    if (child.type === 'paragraph' || child.type === 'heading') inlineEdits(text, child.children as PhrasingContent[], edits)
    at = span.end
  }
  if (at < where.end) edits.push({ start: at, end: where.end, insert: '', rule: at === where.start ? 'label' : 'markdown-syntax' })
  const label = definition.label ?? definition.identifier
  return { start: where.start, end: where.end, shape: 'paragraph', edits, footnote: { label, key: definition.identifier }, container }
}

/**
 * A call is left out of the reading as the footnote markers of the other formats are (rule
 * `footnote-marker`, not `markdown-syntax`): it stays in the tree as a `footnoteReference`.
 */
export function markCalls(segments: Segment[], calls: NoteCall[]): void {
  if (calls.length === 0) return
  const ends = new Map(calls.map((call) => [call.start, call.end]))
  for (const segment of segments) {
    for (const edit of segment.edits) if (edit.insert === '' && ends.get(edit.start) === edit.end) edit.rule = 'footnote-marker'
  }
}
