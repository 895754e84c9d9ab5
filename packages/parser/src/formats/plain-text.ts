import type { Clause, Content, Text } from '../tree.js'
import type { Reader } from './reader.js'

/** Any text: one `prose` clause per run of non-blank lines, blank runs as `blank` blocks. */
export const readPlainText: Reader = ({ text, location }) => {
  const children: Content[] = []
  const leaf = (start: number, end: number): Text => ({
    type: 'text',
    value: text.slice(start, end),
    position: location.position(start, end)
  })
  const blank = (start: number, end: number) =>
    children.push({ type: 'block', role: 'blank', children: [leaf(start, end)], position: location.position(start, end) })
  const blocks = /[^\n]+(?:\n[^\n]+)*/g
  let at = 0
  let n = 0
  for (const match of text.matchAll(blocks)) {
    const start = match.index
    const end = start + match[0].length
    if (start > at) blank(at, start)
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
  if (at < text.length) blank(at, text.length)
  return { children, meta: {} }
}
