import type { Nodes, PhrasingContent } from 'mdast'
import type { Edit } from '../tree.js'

/**
 * Markdown syntax is not part of what a letter says: the reading drops `**`, `_`, the brackets
 * and targets of `[text](#)`, the angle brackets of `<https://...>`, backslash escapes, code
 * backticks and line-continuation prefixes, as edits over the original (rule
 * `markdown-syntax`), and reads line endings inside a paragraph as spaces (rule `whitespace`).
 */

const SYNTAX = 'markdown-syntax'

interface Located {
  start: number
  end: number
}

function span(node: Nodes): Located | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined || end < start ? undefined : { start, end }
}

/**
 * Edits that turn the source of a text node into its value: characters of the source that the
 * value lacks are deleted (escapes, entity names, continuation prefixes), line endings read as
 * spaces. When the value has characters the source lacks (numeric character references), the
 * whole node reads as its value in one edit.
 */
function textEdits(text: string, start: number, end: number, value: string, out: Edit[]): void {
  const source = text.slice(start, end)
  // Most text nodes are their source as written: only their line endings read as spaces. One
  // string comparison (`startsWith` at an offset is several times slower) spares the loop below.
  if (source === value) {
    for (let at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) out.push({ start: start + at, end: start + at + 1, insert: ' ', rule: 'whitespace' })
    return
  }
  const first = out.length
  let i = 0
  let j = 0
  while (i < source.length) {
    const code = source.charCodeAt(i)
    if (j < value.length && code === value.charCodeAt(j)) {
      if (code === 10) out.push({ start: start + i, end: start + i + 1, insert: ' ', rule: 'whitespace' })
      i++
      j++
      continue
    }
    let k = i
    while (k < source.length && (j >= value.length || source.charCodeAt(k) !== value.charCodeAt(j))) k++
    out.push({ start: start + i, end: start + k, insert: '', rule: SYNTAX })
    i = k
  }
  if (j < value.length) {
    out.length = first
    out.push({ start, end: start + source.length, insert: value.replace(/\n/g, ' '), rule: SYNTAX })
  }
}

type Work = { node: PhrasingContent } | { edit: Edit }

/** The syntax edits of a run of inline nodes, in source order (iterative: no recursion depth to exhaust). */
export function inlineEdits(text: string, nodes: PhrasingContent[], out: Edit[]): void {
  const stack: Work[] = []
  for (let n = nodes.length - 1; n >= 0; n--) stack.push({ node: nodes[n]! })
  let at = -1
  const push = (edit: Edit) => {
    if (edit.start < at || edit.end < edit.start) return
    if (edit.end === edit.start && edit.insert === '') return
    out.push(edit)
    at = edit.end
  }
  while (stack.length > 0) {
    const work = stack.pop()!
    if ('edit' in work) {
      push(work.edit)
      continue
    }
    const node = work.node
    const where = span(node)
    if (!where) continue
    switch (node.type) {
      case 'text':
        textEdits(text, where.start, where.end, node.value, out)
        at = Math.max(at, where.end)
        continue
      case 'inlineCode':
        push({ start: where.start, end: where.end, insert: node.value, rule: SYNTAX })
        continue
      case 'image':
      case 'imageReference':
        push({ start: where.start, end: where.end, insert: node.alt ?? '', rule: SYNTAX })
        continue
      case 'break':
        push({ start: where.start, end: where.end, insert: ' ', rule: 'whitespace' })
        continue
      case 'html':
        continue
    }
    const children = 'children' in node ? (node.children as PhrasingContent[]) : []
    const first = children.length > 0 ? span(children[0]!) : undefined
    const last = children.length > 0 ? span(children[children.length - 1]!) : undefined
    if (!first || !last) {
      push({ start: where.start, end: where.end, insert: '', rule: SYNTAX })
      continue
    }
    stack.push({ edit: { start: last.end, end: where.end, insert: '', rule: SYNTAX } })
    for (let n = children.length - 1; n >= 0; n--) stack.push({ node: children[n]! })
    stack.push({ edit: { start: where.start, end: first.start, insert: '', rule: SYNTAX } })
  }
}

/**
 * The edits of a block whose own syntax sits before its first child and after its last one
 * (`# ` and closing hashes of a heading, a bullet marker): those become deletions around the
 * children's inline edits.
 */
export function wrappedEdits(text: string, block: Located, children: PhrasingContent[], out: Edit[]): void {
  const first = children.length > 0 ? span(children[0]!) : undefined
  const last = children.length > 0 ? span(children[children.length - 1]!) : undefined
  if (!first || !last) {
    if (block.end > block.start) out.push({ start: block.start, end: block.end, insert: '', rule: SYNTAX })
    return
  }
  if (first.start > block.start) out.push({ start: block.start, end: first.start, insert: '', rule: SYNTAX })
  inlineEdits(text, children, out)
  if (block.end > last.end) out.push({ start: last.end, end: block.end, insert: '', rule: SYNTAX })
}

/** The span of an mdast node in the original input, when it has one. */
export { span as sourceSpan }
