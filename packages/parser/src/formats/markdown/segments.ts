import type { ListItem, Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import type { Segment } from '../../letter/segment.js'
import { inlineEdits, sourceSpan, wrappedEdits } from '../../normalize/markdown-syntax.js'
import type { Edit } from '../../tree.js'
import { definitionSegment } from './footnotes.js'
import { tableSegments } from './table.js'

/**
 * The segments of a Markdown document, from its mdast: paragraphs, headings, thematic breaks,
 * one segment per list item (its own text, without the lists nested in it, which follow as
 * their own items pointing back at it), footnotes ("[^1]: ..."), table rows, raw blocks (HTML,
 * code) as they are.
 */
export function markdownSegments(text: string, root: Root): Segment[] {
  const segments: Segment[] = []
  // Two stacks side by side, the nodes and the item each sits in: no object per node.
  const nodes: RootContent[] = []
  const containers: (number | undefined)[] = []
  const pushAll = (children: RootContent[], container: number | undefined) => {
    for (let n = children.length - 1; n >= 0; n--) {
      nodes.push(children[n]!)
      containers.push(container)
    }
  }
  pushAll(root.children, undefined)
  while (nodes.length > 0) {
    const node = nodes.pop()!
    const container = containers.pop()
    const where = sourceSpan(node as Nodes)
    if (!where) continue
    const { start, end } = where
    switch (node.type) {
      case 'paragraph': {
        const edits: Edit[] = []
        inlineEdits(text, node.children, edits)
        segments.push({ start, end, shape: 'paragraph', edits, emphasised: emphasised(node.children), container })
        break
      }
      case 'heading': {
        const edits: Edit[] = []
        wrappedEdits(text, where, node.children, edits)
        segments.push({ start, end, shape: 'heading', level: node.depth, edits })
        break
      }
      case 'thematicBreak':
        segments.push({ start, end, shape: 'break', edits: [] })
        break
      case 'blockquote':
        pushAll(node.children, container)
        break
      case 'list':
        pushAll(node.children, container)
        break
      case 'footnoteDefinition': {
        const segment = definitionSegment(text, node, container)
        if (segment) segments.push(segment)
        break
      }
      case 'table':
        tableSegments(text, node, container, segments)
        break
      case 'listItem': {
        const rest = itemSegment(text, collapsed(node) ?? node, segments, container, start)
        pushAll(rest, segments.length - 1)
        break
      }
      default:
        segments.push({ start, end, shape: 'raw', edits: [] })
    }
  }
  return segments
}

/** Whether a paragraph is one strong or emphasised run, white space around it aside ("**Thomas Wahl**"). */
function emphasised(children: PhrasingContent[]): boolean {
  let own: PhrasingContent | undefined
  for (const child of children) {
    if (child.type === 'text' && child.value.trim() === '') continue
    if (own) return false
    own = child
  }
  return own !== undefined && (own.type === 'strong' || own.type === 'emphasis')
}

/** A list item's marker, read where the item starts. */
const ITEM_MARKER = /(?:(\d{1,9})[.)]|[-*+])/y

/** What ends a list item's own text: what follows it is read as blocks of their own that belong to the item. */
const endsOwnText = new Set(['list', 'footnoteDefinition', 'table'])

/**
 * Push the segment of a list item's own text (its first paragraphs, up to a nested list, a
 * footnote or a table) and return the children that follow, which belong to it.
 */
function itemSegment(text: string, item: ListItem, segments: Segment[], container: number | undefined, from: number): RootContent[] {
  const where = sourceSpan(item)!
  const split = item.children.findIndex((child) => endsOwnText.has(child.type))
  const own = split < 0 ? item.children : item.children.slice(0, split)
  const rest = split < 0 ? [] : item.children.slice(split)
  ITEM_MARKER.lastIndex = where.start
  const marker = ITEM_MARKER.exec(text)
  const num = marker?.[1]
  const edits: Edit[] = []
  if (from < where.start) edits.push({ start: from, end: where.start, insert: '', rule: 'markdown-syntax' })
  let end = where.start + (marker?.[0].length ?? 0)
  const firstSpan = own.length > 0 ? sourceSpan(own[0]!) : undefined
  if (firstSpan && num === undefined && firstSpan.start > where.start && from === where.start) {
    edits.push({ start: where.start, end: firstSpan.start, insert: '', rule: 'markdown-syntax' })
  }
  let started = false
  for (const child of own) {
    const span = sourceSpan(child)
    if (!span || span.start < end) continue
    if (started && span.start > end) edits.push({ start: end, end: span.start, insert: ' ', rule: 'whitespace' })
    if (child.type === 'paragraph' || child.type === 'heading') inlineEdits(text, child.children as PhrasingContent[], edits)
    end = span.end
    started = true
  }
  segments.push({ start: from, end, shape: 'item', edits, num, container })
  return rest
}

/**
 * A bullet whose only content is a one-item numbered list ("- 1. The legislative proposal ..."):
 * letters use this to number demands, so it reads as the numbered item itself.
 */
function collapsed(item: ListItem): ListItem | undefined {
  const only = item.children.length === 1 ? item.children[0] : undefined
  if (only?.type !== 'list' || !only.ordered || only.children.length !== 1) return undefined
  return only.children[0]
}
