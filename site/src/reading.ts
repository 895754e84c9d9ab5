import type { Clause, Edit, Inline } from '@whereas/parser'

/** An inline node with the normalised text it reads as. */
export interface ReadingPiece {
  node: Inline
  text: string
}

/** The original text of an inline node, exactly as in the input. */
export function originalOf(node: Inline): string {
  return node.type === 'reference' ? node.children.map((t) => t.value).join('') : node.value
}

/**
 * Split a clause's reading over its inline nodes, so a reference or a footnote marker keeps
 * its own normalised words. Edits are in order over original offsets; an edit that crosses
 * from one node into the next is written in the node where it starts. One pass: linear.
 */
export function readingPieces(clause: Pick<Clause, 'children' | 'reading'>): ReadingPiece[] {
  const edits: Edit[] = clause.reading.edits
  const pieces: ReadingPiece[] = []
  let e = 0
  let skipTo = -Infinity
  const children = clause.children
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as Inline
    const source = originalOf(node)
    const start = node.position.start.offset
    const end = start + source.length
    const last = i === children.length - 1
    while (e < edits.length && (edits[e] as Edit).end <= start && (edits[e] as Edit).start < start) e++
    let pos = Math.min(Math.max(skipTo, start), end)
    let text = ''
    while (e < edits.length) {
      const edit = edits[e] as Edit
      const atEnd = edit.start === end
      if (edit.start > end || (atEnd && !last)) break
      if (edit.start < pos) {
        pos = Math.min(Math.max(pos, edit.end), end)
      } else {
        text += source.slice(pos - start, edit.start - start) + edit.insert
        pos = Math.min(edit.end, end)
      }
      e++
      if (edit.end > end) {
        skipTo = edit.end
        break
      }
    }
    text += source.slice(pos - start)
    pieces.push({ node, text })
  }
  return pieces
}

const escapeForPattern = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Take the printed number off the start of a clause ("27 . ", "A. ", "( 1 ) ") since the page
 * shows it in the margin. Returns the pieces unchanged when the text does not start with it.
 */
export function withoutLeadingNumber(pieces: ReadingPiece[], num: string | undefined): ReadingPiece[] {
  const first = pieces[0]
  if (!num || !first || first.node.type !== 'text') return pieces
  const pattern = new RegExp(`^\\s{0,8}\\(?\\s{0,3}${escapeForPattern(num)}\\s{0,3}[.)]\\s{0,8}`)
  const match = pattern.exec(first.text)
  if (!match) return pieces
  return [{ node: first.node, text: first.text.slice(match[0].length) }, ...pieces.slice(1)]
}

/** The whole reading of a clause as one string (what search and snippets show). */
export function readingText(clause: Pick<Clause, 'children' | 'reading'>): string {
  return readingPieces(clause)
    .map((piece) => piece.text)
    .join('')
}

/** The reading as the page shows it: without the printed number, which sits in the margin. */
export function displayText(clause: Pick<Clause, 'children' | 'reading' | 'num'>): string {
  return withoutLeadingNumber(readingPieces(clause), clause.num)
    .map((piece) => piece.text)
    .join('')
}
