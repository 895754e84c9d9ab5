import type { Alignment, DemandAlignment } from '../align/align.js'
import { clip } from '../align/score.js'
import { askNoun, recitalName } from '../align/wording.js'
import { describeProvision } from '../provisions.js'

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
  const names = new Map(alignment.sources.map((s) => [s.id, s.label]))
  const resolution = alignment.resolution ? (names.get(alignment.resolution) ?? alignment.resolution) : 'no resolution'
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  out.push(
    `${count(figures.demands, 'demand', 'demands')} from the letters, compared with the ${markdownCell(resolution)}` +
      (figures.restatements > 0 ? `; ${count(figures.restatements, 'restatement', 'restatements')} in the news are linked to the demand they restate.` : '.'),
    `Paragraphs that answer them: ${figures.byStance.met} met, ${figures.byStance.partial} in part, ${figures.byStance.opposed} opposed, ` +
      `${figures.byStance['not addressed']} listed that do not answer (on the subject but asking nothing, or the nearest in wording when no paragraph takes the subject up).`,
    '',
    'Each paragraph is read for what it asks (a ban, a moratorium, limits, safeguards ...), how far it reaches and what it ' +
      'leaves out; the “Why” column says how it got its stance. “Curated” marks an editor\'s confirmation or correction.',
    ''
  )
  alignment.demands.forEach((d, i) => out.push(...demandSection(d, i + 1, names)))
  if (alignment.warnings.length > 0) out.push('## Warnings', '', ...alignment.warnings.map((w) => `- ${markdownCell(w)}`), '')
  return out.join('\n')
}

/** "Letter of ..." -> "letter of ...", after "the"; a name ("European Parliament ...") stays. */
function lowerFirst(text: string): string {
  return /^(?:Letter|News item|Document|Resolution)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

function demandSection(d: DemandAlignment, n: number, names: Map<string, string>): string[] {
  const subject = d.subject ? d.subject.label.charAt(0).toUpperCase() + d.subject.label.slice(1) : 'Subject not recognised'
  const out: string[] = [`## ${n}. ${markdownCell(subject)}: asks for ${markdownCell(askNoun[d.ask])}`, '']
  const from = names.get(d.doc) ?? d.doc
  out.push(`From the ${markdownCell(lowerFirst(from))}${d.num ? `, point ${markdownCell(d.num)}` : ''} (clause \`${d.doc}#${d.id}\`).`, '')
  if (d.restates) {
    const source = markdownCell(lowerFirst(names.get(d.restates.doc) ?? d.restates.doc))
    out.push(`It restates a demand of the ${source} (clause \`${d.restates.doc}#${d.restates.id}\`) and is not counted as a new one.`, '')
  }
  const facts = [
    d.scope.length > 0 ? `Reach: ${d.scope.map((s) => markdownCell(s.from ? `${s.text} (from the letter's opening)` : s.text)).join(', ')}.` : '',
    d.rights.length > 0 ? `Rights invoked: ${d.rights.map((r) => markdownCell(describeProvision(r))).join(', ')}.` : '',
    d.sharedProvisions.length > 0 ? `Both the letter and the resolution cite: ${d.sharedProvisions.map((p) => markdownCell(p.label)).join(', ')}.` : '',
    d.recitals.length > 0 ? `The resolution's reasons on this subject: ${d.recitals.map((r) => markdownCell(recitalName(r))).join(', ')}.` : ''
  ].filter(Boolean)
  if (facts.length > 0) out.push(facts.join(' '), '')
  for (const note of d.notes) out.push(`> Editor's note: ${markdownCell(note.note)}`, '')
  out.push('| The letter asked | The resolution | Stance | Why |', '| --- | --- | --- | --- |')
  const asked = markdownCell(clip(d.quote, 300))
  if (d.matches.length === 0) out.push(`| ${asked} | (no paragraph takes up its subject) | not addressed | |`)
  d.matches.forEach((m, i) => {
    const clause = `**${markdownCell(m.num ? `¶ ${m.num}` : m.id)}** ${markdownCell(m.quote)}`
    const evidence = m.evidence.filter((e) => e.kind !== 'terms').map((e) => markdownCell(e.text)).join('<br>')
    const stance = `${m.stance}${m.source === 'curated' ? ' (curated)' : ''}`
    out.push(`| ${i === 0 ? asked : ''} | ${clause} | ${stance} | ${evidence} |`)
  })
  out.push('')
  return out
}
