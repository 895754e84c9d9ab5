import { readingOf } from '../normalize/reading.js'
import type { Clause, Content, Edit, Text } from '../tree.js'
import type { Reader } from './reader.js'

/**
 * A list item's marker at the start of a line: "- ", "* ", "• ", "– ", "1. ", "1) ", "a) ",
 * "(a) ", "(iv) ". The number or letter becomes the item's `num`.
 */
const ITEM = /^[ \t]{0,8}(?:[-*•–+]|(\d{1,3})[.)]|([a-z]{1,4})\)|\(([a-z0-9]{1,4})\))[ \t]+(?=\S)/

/**
 * Any text: one `prose` clause per paragraph (a run of non-blank lines) and one `item` clause
 * per list item (a line that starts with a bullet or a number, with the lines that follow it),
 * white space between them as `blank` blocks. The reading joins the lines of a clause with
 * single spaces.
 */
export const readPlainText: Reader = ({ text, location }) => {
  const children: Content[] = []
  const leaf = (start: number, end: number): Text => ({
    type: 'text',
    value: text.slice(start, end),
    position: location.position(start, end)
  })
  const blank = (start: number, end: number) =>
    children.push({ type: 'block', role: 'blank', children: [leaf(start, end)], position: location.position(start, end) })
  let prose = 0
  let items = 0
  const clause = (start: number, end: number, isItem: boolean, num: string | undefined) => {
    const node: Clause = {
      type: 'clause',
      id: isItem ? `item_${++items}` : `p_${++prose}`,
      kind: isItem ? 'item' : 'prose',
      reading: readingOf(text, start, end, lineBreakEdits(text, start, end)),
      children: [leaf(start, end)],
      position: location.position(start, end)
    }
    if (num) node.num = num
    children.push(node)
  }

  let at = 0
  let lastContentEnd = 0
  let open: { start: number; isItem: boolean; num: string | undefined } | undefined
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline < 0 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    const isBlank = line.trim() === ''
    const item = isBlank ? null : ITEM.exec(line)
    if (open && (isBlank || item)) {
      const end = trimEnd(text, open.start, lastContentEnd)
      clause(open.start, end, open.isItem, open.num)
      at = end
      open = undefined
    }
    if (!isBlank && !open) {
      const start = lineStart + (line.length - line.trimStart().length)
      if (start > at) blank(at, start)
      open = { start, isItem: item !== null, num: item ? (item[1] ?? item[2] ?? item[3]) : undefined }
    }
    if (!isBlank) lastContentEnd = lineEnd
    if (newline < 0) break
    lineStart = newline + 1
  }
  if (open) {
    const end = trimEnd(text, open.start, lastContentEnd)
    clause(open.start, end, open.isItem, open.num)
    at = end
  }
  if (at < text.length) blank(at, text.length)
  return { children, meta: {} }
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /\s/.test(text[e - 1]!)) e--
  return e
}

/** Line breaks inside a clause, with the indentation around them, read as one space. */
function lineBreakEdits(text: string, start: number, end: number): Edit[] {
  const edits: Edit[] = []
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    let from = i
    while (from > start && (text[from - 1] === ' ' || text[from - 1] === '\t' || text[from - 1] === '\r')) from--
    let to = i + 1
    while (to < end && (text[to] === ' ' || text[to] === '\t')) to++
    const last = edits[edits.length - 1]
    if (last && last.end > from) continue
    edits.push({ start: from, end: to, insert: ' ', rule: 'whitespace' })
    i = to - 1
  }
  return edits
}
