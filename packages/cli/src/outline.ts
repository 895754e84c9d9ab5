import type { Document } from '@whereas/parser'

const firstWords = (text: string, count = 12) => {
  const words = text.trim().split(/\s+/)
  return words.slice(0, count).join(' ') + (words.length > count ? ' …' : '')
}

/** A readable outline of a tree: the document, then one line per clause (id, number, first words). */
export function outline(tree: Document): string {
  const lines = [`${tree.id}  ${tree.kind}  ${tree.format}${tree.meta.title ? `  “${tree.meta.title}”` : ''}`]
  if (tree.meta.date) lines.push(`  date: ${tree.meta.date}`)
  for (const node of tree.children) {
    if (node.type !== 'clause') continue
    const refs = node.children.filter((c) => c.type === 'reference').length
    const num = node.num ? `${node.num}. ` : ''
    lines.push(`  ${node.id.padEnd(24)} ${node.kind.padEnd(10)} ${num}${firstWords(node.reading.text)}${refs ? `  [${refs} ref]` : ''}`)
  }
  return lines.join('\n') + '\n'
}
