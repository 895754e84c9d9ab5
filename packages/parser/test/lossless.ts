import type { Document, Node, Position } from '../src/tree.js'

type AnyNode = Node & { children?: Node[]; value?: string }

/** The point that `offset` stands at in `text` (1-based line and column). */
function pointAt(text: string, offset: number) {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1, offset }
}

/**
 * Every way a tree can fail to be lossless and positioned, as readable problems (empty when
 * the tree is sound): leaves in order tile the input exactly once, every node has a position
 * whose line and column agree with its offset, parents contain their children, and every
 * clause's source is the text of its leaves.
 */
export function losslessProblems(tree: Document, text: string, checkPoints = true): string[] {
  const problems: string[] = []
  let at = 0
  const checkPosition = (node: AnyNode, position: Position | undefined) => {
    if (!position) return problems.push(`${node.type} without position`)
    const { start, end } = position
    if (!(start.offset <= end.offset)) problems.push(`${node.type} ends before it starts`)
    if (checkPoints) {
      for (const point of [start, end]) {
        const want = pointAt(text, point.offset)
        if (want.line !== point.line || want.column !== point.column) {
          problems.push(`${node.type} at ${point.offset}: line ${point.line}:${point.column}, want ${want.line}:${want.column}`)
        }
      }
    }
  }
  const walk = (node: AnyNode): string => {
    checkPosition(node, node.position)
    const children = node.children
    if (!children || children.length === 0) {
      if (typeof node.value !== 'string') {
        if (node.position && node.position.start.offset !== node.position.end.offset) problems.push(`${node.type} without children or value`)
        return ''
      }
      if (node.position.start.offset !== at) problems.push(`leaf at ${node.position.start.offset}, expected ${at}`)
      if (text.slice(node.position.start.offset, node.position.end.offset) !== node.value) problems.push(`leaf value differs from the input at ${node.position.start.offset}`)
      at = node.position.end.offset
      return node.value
    }
    let source = ''
    for (const child of children) {
      if (child.position.start.offset < node.position.start.offset || child.position.end.offset > node.position.end.offset) {
        problems.push(`${child.type} at ${child.position.start.offset} outside its ${node.type}`)
      }
      source += walk(child as AnyNode)
    }
    if (node.type !== 'document' && source !== text.slice(node.position.start.offset, node.position.end.offset)) {
      problems.push(`${node.type}${'id' in node ? ' ' + node.id : ''}: leaves differ from its source`)
    }
    return source
  }
  walk(tree as AnyNode)
  if (at !== text.length) problems.push(`leaves end at ${at}, the input at ${text.length}`)
  if (tree.position.start.offset !== 0 || tree.position.end.offset !== text.length) problems.push('the root does not span the input')
  return problems.slice(0, 5)
}
