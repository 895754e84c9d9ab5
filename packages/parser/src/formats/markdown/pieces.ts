import type { Root, RootContent } from 'mdast'
import type { Node } from 'unist'

/**
 * remark-parse's time grows worse than linearly with the length of a text (a 52-organisation
 * letter repeated to 1.9, 3.7 and 7.4 MB: 6, 18 and 66 s), while each letter-sized piece reads
 * at full speed. So a long text is read in pieces of about `PIECE_SIZE` characters, cut where
 * nothing can run on across the cut: at a blank line outside any fenced code or raw HTML
 * block, before a line that opens a new top-level paragraph or heading (a letter or "#" in the
 * first column: no list item, quote, table or indented code carries on from there). A text
 * with no such place stays one piece.
 */
export const PIECE_SIZE = 64 * 1024

/** A link or footnote definition's label at the start of a line ("[label]:", "[^1]:"). */
const DEFINITION = /^ {0,3}\[(\^?)([^\]\n]{1,999})\]:/
/** Definitions copied to every piece, at most: past them a reference across pieces stays text. */
const MAX_SHARED_DEFINITIONS = 500

/** Where a fenced code or raw HTML block (CommonMark's kinds 1 to 5) that is open ends. */
type Open = { fence: string } | { closer: RegExp } | undefined

const HTML_OPENERS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** What the line opens or closes, given what was open before it. */
function after(line: string, open: Open): Open {
  if (open && 'fence' in open) {
    const close = FENCE.exec(line)
    return close && close[1]![0] === open.fence[0] && close[1]!.length >= open.fence.length && line.slice(close[0].length).trim() === '' ? undefined : open
  }
  if (open) return open.closer.test(line) ? undefined : open
  const fence = FENCE.exec(line)
  if (fence) return { fence: fence[1]! }
  for (const [opener, closer] of HTML_OPENERS) {
    if (opener.test(line)) return closer.test(line.slice(line.indexOf('<') + 2)) ? undefined : { closer }
  }
  return undefined
}

const opensParagraph = (code: number) => code === 35 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127

/**
 * The offsets where pieces start (the first is 0), each piece at least `size` long but the
 * last, and one line per distinct label defined in the text ("[label]: #", "[^1]: #") to append
 * to every piece, so that a reference in one piece finds its definition in another (none when
 * there are more than `MAX_SHARED_DEFINITIONS`).
 */
export function planPieces(text: string, size = PIECE_SIZE): { starts: number[]; shared: string } {
  const starts = [0]
  if (text.length <= size) return { starts, shared: '' }
  const definitions = new Set<string>()
  let open: Open
  let previousBlank = true
  let previousDefinition = false
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end)
    const blank = line.trim() === ''
    if (!open && previousBlank && !blank && start - starts.at(-1)! >= size && opensParagraph(text.charCodeAt(start))) starts.push(start)
    // A definition opens a paragraph (it cannot interrupt one) and is not inside code or HTML.
    const definition: RegExpExecArray | null = !open && (previousBlank || previousDefinition) ? DEFINITION.exec(line) : null
    if (definition) definitions.add(`[${definition[1]}${definition[2]}]: #`)
    previousDefinition = definition !== null
    open = after(line, open)
    previousBlank = blank
    start = end + 1
  }
  const shared = definitions.size > MAX_SHARED_DEFINITIONS ? '' : [...definitions].join('\n\n')
  return { starts, shared }
}

/** Move every position of a piece's tree by the piece's start (offset) and its first line's number. */
function shift(node: Node, offset: number, lines: number): void {
  if (node.position) {
    node.position.start.offset! += offset
    node.position.end.offset! += offset
    node.position.start.line += lines
    node.position.end.line += lines
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) shift(child, offset, lines)
}

/**
 * The tree of `text` read piece by piece with `parse`, as one root whose positions point into
 * `text`. Nodes of the shared definitions appended to each piece are left out.
 */
export function parseInPieces(text: string, parse: (piece: string) => Root, size = PIECE_SIZE): Root {
  const { starts, shared } = planPieces(text, size)
  if (starts.length === 1) return parse(text)
  const children: RootContent[] = []
  let lines = 0
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length
    const piece = text.slice(start, end)
    let kept = own(parse(shared ? `${piece}\n\n${shared}` : piece), piece.length)
    // A piece that ends inside a block (an unclosed fence at the end of the text) takes the
    // shared definitions into it: read it alone.
    if (shared && kept.some((child) => (child.position?.end.offset ?? 0) > piece.length)) kept = parse(piece).children
    for (const child of kept) {
      shift(child, start, lines)
      children.push(child)
    }
    for (let at = piece.indexOf('\n'); at >= 0; at = piece.indexOf('\n', at + 1)) lines++
  })
  const end = { line: lines + 1, column: text.length - text.lastIndexOf('\n'), offset: text.length }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } }
}

/** The nodes of a piece's tree that stand in the piece itself, not in the definitions appended to it. */
function own(tree: Root, length: number): RootContent[] {
  const kept: RootContent[] = []
  for (const child of tree.children) {
    if ((child.position?.start.offset ?? 0) >= length) break
    kept.push(child)
  }
  return kept
}
