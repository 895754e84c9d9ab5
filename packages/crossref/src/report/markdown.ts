import type { Alignment, DemandAlignment } from '../align/align.js'
import { clip } from '../align/score.js'

/**
 * Document text inside a Markdown table cell: characters Markdown or HTML would read as syntax
 * are escaped, line breaks become spaces, so the text stays data.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
}

/** A readable side-by-side report: per demand, what the letter asked beside what the resolution adopted. */
export function renderMarkdown(alignment: Alignment): string {
  const out: string[] = ['# Demands and the resolution', '']
  const { figures } = alignment
  out.push(
    `${figures.demands} demands (${figures.restatements} restatements linked to the demand they restate), compared with ${alignment.resolution ?? 'no resolution'}.`,
    `Matches by stance: ${Object.entries(figures.byStance).map(([s, n]) => `${s} ${n}`).join(', ')}.`,
    ''
  )
  for (const d of alignment.demands) out.push(...demandSection(d))
  if (alignment.warnings.length > 0) out.push('## Warnings', '', ...alignment.warnings.map((w) => `- ${markdownCell(w)}`), '')
  return out.join('\n')
}

function demandSection(d: DemandAlignment): string[] {
  const out: string[] = [`## ${markdownCell(`${d.doc} ${d.id}`)}: ${d.ask}${d.subject ? `, ${markdownCell(d.subject.label)}` : ''}`, '']
  if (d.restates) out.push(`Restates ${markdownCell(`${d.restates.doc} ${d.restates.id}`)}: not counted as a new demand.`, '')
  const facts = [
    d.scope.length > 0 ? `scope: ${d.scope.map((s) => markdownCell(s.text)).join(', ')}` : '',
    d.rights.length > 0 ? `rights: ${d.rights.map((r) => markdownCell(r.key)).join(', ')}` : '',
    d.sharedProvisions.length > 0 ? `provisions both sides cite: ${d.sharedProvisions.map((p) => markdownCell(p.label)).join(', ')}` : '',
    d.recitals.length > 0 ? `context in the recitals: ${d.recitals.map(markdownCell).join(', ')}` : ''
  ].filter(Boolean)
  if (facts.length > 0) out.push(facts.join('; '), '')
  for (const n of d.notes) out.push(`> Editor's note: ${markdownCell(n.note)}`, '')
  out.push('| The letter asked | The resolution | Stance | Evidence |', '| --- | --- | --- | --- |')
  const asked = markdownCell(clip(d.quote, 300))
  if (d.matches.length === 0) out.push(`| ${asked} | (no clause takes up its subject) | not addressed | |`)
  d.matches.forEach((m, i) => {
    const clause = `**${markdownCell(m.num ? `¶ ${m.num}` : m.id)}** ${markdownCell(m.quote)}`
    const evidence = m.evidence.filter((e) => e.kind !== 'terms').map((e) => markdownCell(e.text)).join('<br>')
    const stance = `${m.stance}${m.source === 'curated' ? ' (curated)' : ''}`
    out.push(`| ${i === 0 ? asked : ''} | ${clause} | ${stance} | ${evidence} |`)
  })
  out.push('')
  return out
}
