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

/** Where a fenced code or raw HTML block that is open ends (`closer` null: at a blank line). */
type Open = { fence: string } | { closer: RegExp | null } | undefined

const HTML_OPENERS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]
// CommonMark's HTML blocks of kind 6 (a block-level tag) and 7 (any tag alone on its line,
// not after a paragraph line): both run to the next blank line.
const HTML_BLOCK_TAG =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i
const HTML_TAG_LINE = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
// Lines after which no paragraph is open, so that a definition may follow.
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/

/** What is open after the line, given what was open before it, and whether the line is part of a fence or raw HTML block. */
function after(line: string, open: Open, paragraphOpen: boolean): { open: Open; inBlock: boolean } {
  if (open && 'fence' in open) {
    const close = FENCE.exec(line)
    const closes = close && close[1]![0] === open.fence[0] && close[1]!.length >= open.fence.length && line.slice(close[0].length).trim() === ''
    return { open: closes ? undefined : open, inBlock: true }
  }
  if (open) {
    if (open.closer === null) return line.trim() === '' ? { open: undefined, inBlock: false } : { open, inBlock: true }
    return { open: open.closer.test(line) ? undefined : open, inBlock: true }
  }
  const fence = FENCE.exec(line)
  if (fence) return { open: { fence: fence[1]! }, inBlock: true }
  for (const [opener, closer] of HTML_OPENERS) {
    if (opener.test(line)) return { open: closer.test(line.slice(line.indexOf('<') + 2)) ? undefined : { closer }, inBlock: true }
  }
  if (HTML_BLOCK_TAG.test(line) || (!paragraphOpen && HTML_TAG_LINE.test(line))) return { open: { closer: null }, inBlock: true }
  return { open: undefined, inBlock: false }
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
  // Whether the lines before leave a paragraph (or a table, or a container that takes lazy lines) open.
  let paragraphOpen = false
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end)
    const blank = line.trim() === ''
    if (!open && previousBlank && !blank && start - starts.at(-1)! >= size && opensParagraph(text.charCodeAt(start))) starts.push(start)
    // A link definition cannot interrupt a paragraph, a footnote's can; neither is inside code or HTML.
    const found = open ? null : DEFINITION.exec(line)
    const definition: RegExpExecArray | null = found && (!paragraphOpen || found[1] === '^') ? found : null
    if (definition) definitions.add(`[${definition[1]}${definition[2]}]: #`)
    const next = after(line, open, paragraphOpen)
    paragraphOpen = !blank && !definition && !next.inBlock && !ATX_HEADING.test(line) && !THEMATIC_BREAK.test(line)
    open = next.open
    previousBlank = blank
    start = end + 1
  }
  const shared = definitions.size > MAX_SHARED_DEFINITIONS ? '' : [...definitions].join('\n\n')
  return { starts, shared }
}

/** Move every position of a piece's tree by the piece's start (offset) and its first line's number; a stack, not recursion, however deep the tree. */
function shift(root: Node, offset: number, lines: number): void {
  const stack: Node[] = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) {
      node.position.start.offset! += offset
      node.position.end.offset! += offset
      node.position.start.line += lines
      node.position.end.line += lines
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) stack.push(child)
  }
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
