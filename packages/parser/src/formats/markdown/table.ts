import type { PhrasingContent, Table, TableRow } from 'mdast'
import type { Segment } from '../../letter/segment.js'
import { inlineEdits, sourceSpan } from '../../normalize/markdown-syntax.js'
import type { Edit } from '../../tree.js'

/**
 * A GFM table in a letter: a list of signatories ("| Access Now | International |") or of
 * demands, one per row. The header row, with the delimiter row under it, is a `table-head`
 * segment; each body row is an item, read as its cells joined by ", " so that a signatory row
 * reads as a signatory line does ("Access Now, International").
 */
export function tableSegments(text: string, table: Table, container: number | undefined, segments: Segment[]): void {
  const where = sourceSpan(table)
  if (!where) return
  table.children.forEach((row, n) => {
    const span = sourceSpan(row)
    if (!span) return
    const end = n === 0 ? delimiterEnd(text, span.end, where.end) : span.end
    segments.push({ start: span.start, end, shape: n === 0 ? 'table-head' : 'item', edits: rowEdits(text, row, span.start, end), container })
  })
}

/** Where the delimiter row ("|---|:-:|") under the header row ends, before its line ending. */
function delimiterEnd(text: string, headerEnd: number, tableEnd: number): number {
  const lineEnd = text.indexOf('\n', headerEnd + 1)
  let end = lineEnd < 0 || lineEnd > tableEnd ? tableEnd : lineEnd
  if (end > headerEnd && text.charCodeAt(end - 1) === 13) end--
  return Math.max(end, headerEnd)
}

/** The pipes and padding around the cells are left out; cells with content are joined by ", ". */
function rowEdits(text: string, row: TableRow, start: number, end: number): Edit[] {
  const edits: Edit[] = []
  let at = start
  for (const cell of row.children) {
    const first = cell.children.length > 0 ? sourceSpan(cell.children[0]!) : undefined
    const last = cell.children.length > 0 ? sourceSpan(cell.children[cell.children.length - 1]!) : undefined
    if (!first || !last || first.start < at || last.end > end) continue
    if (at > start) edits.push({ start: at, end: first.start, insert: ', ', rule: 'markdown-syntax' })
    else if (first.start > start) edits.push({ start, end: first.start, insert: '', rule: 'markdown-syntax' })
    inlineEdits(text, cell.children as PhrasingContent[], edits)
    at = last.end
  }
  if (at < end) edits.push({ start: at, end, insert: '', rule: 'markdown-syntax' })
  return edits
}
