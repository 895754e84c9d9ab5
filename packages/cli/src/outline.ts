import type { Clause, Document } from '@whereas/parser'

const firstWords = (text: string, count = 12) => {
  const words = text.trim().split(/\s+/)
  return words.slice(0, count).join(' ') + (words.length > count ? ' …' : '')
}

/** The printed label, when the reading leaves it out (EP clauses); letters keep theirs in the reading. */
const label = (clause: Clause) => {
  const text = clause.reading.text
  if (clause.kind === 'citation' && !clause.num) return /^[–—-]/.test(text) ? '' : '– '
  if (!clause.num || text.startsWith(clause.num) || !/^[\p{L}‘“"]/u.test(text)) return ''
  return `${clause.num}. `
}

/**
 * A readable outline of a tree: the document and its meta, one line per clause (id, kind,
 * number, first words, references and footnote markers), headings between them, then counts.
 */
export function outline(tree: Document): string {
  const { meta } = tree
  const lines = [`${tree.id}  ${tree.kind}  ${tree.format}${meta.title ? `  “${meta.title}”` : ''}`]
  const facts = [
    meta.date && `date ${meta.date}`,
    meta.place,
    meta.adoptedText,
    meta.report && `report ${meta.report}`,
    meta.procedures?.length && `procedure ${meta.procedures.join(', ')}`,
    meta.subject && `subject “${meta.subject}”`
  ].filter(Boolean)
  if (facts.length > 0) lines.push(`  ${facts.join(' · ')}`)
  const counts = new Map<string, number>()
  const width = Math.min(40, Math.max(8, ...tree.children.map((n) => (n.type === 'clause' ? n.id.length : 0))))
  for (const node of tree.children) {
    if (node.type === 'block') {
      if (node.role === 'heading') lines.push(`  ## ${firstWords(node.children.map((c) => ('value' in c ? c.value : '')).join(''))}`)
      continue
    }
    counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1)
    const refs = node.children.filter((c) => c.type === 'reference').length
    const notes = node.children.filter((c) => c.type === 'footnoteReference').map((c) => c.label)
    const extra = [refs ? `${refs} ref` : '', notes.length ? `note ${notes.join(',')}` : ''].filter(Boolean).join(', ')
    lines.push(`  ${node.id.padEnd(width)}  ${node.kind.padEnd(10)} ${label(node)}${firstWords(node.reading.text)}${extra ? `  [${extra}]` : ''}`)
  }
  lines.push(`  ${[...counts].map(([kind, n]) => `${n} ${kind}`).join(', ') || 'no clauses'}`)
  return lines.join('\n') + '\n'
}
