import type { Alignment } from '../align/align.js'
import { clip } from '../align/score.js'
import { askNoun, recitalName } from '../align/wording.js'
import { describeProvision } from '../provisions.js'

/** The default report of `whereas compare`: each demand, then its matches with stance and reasons. */
export function renderText(alignment: Alignment): string {
  const out: string[] = []
  for (const d of alignment.demands) {
    const restated = d.restates ? `  (restates ${d.restates.doc}#${d.restates.id})` : ''
    out.push(`${d.doc}#${d.id}  ${d.subject ? `${d.subject.label}: ` : ''}asks for ${askNoun[d.ask]}${restated}`)
    out.push(`  “${clip(d.quote, 200)}”`)
    if (d.scope.length > 0) out.push(`  reach: ${d.scope.map((s) => s.text).join(', ')}`)
    if (d.rights.length > 0) out.push(`  rights invoked: ${d.rights.map(describeProvision).join(', ')}`)
    if (d.sharedProvisions.length > 0) out.push(`  both sides cite: ${d.sharedProvisions.map((p) => p.label).join(', ')}`)
    if (d.recitals.length > 0) out.push(`  the resolution's reasons on it: ${d.recitals.map(recitalName).join(', ')}`)
    for (const n of d.notes) out.push(`  note: ${n.note}`)
    if (d.matches.length === 0) out.push('  -> no resolution clause takes up its subject')
    for (const m of d.matches) {
      out.push(`  -> ${m.id.padEnd(8)} ${m.stance.padEnd(13)} ${m.score.toFixed(2)}${m.source === 'curated' ? '  [curated]' : ''}`)
      for (const e of m.evidence) if (e.kind !== 'terms') out.push(`       ${e.text}`)
    }
    out.push('')
  }
  const f = alignment.figures
  out.push(`${f.demands} demands, ${f.restatements} restatements; matches: ${Object.entries(f.byStance).map(([s, n]) => `${n} ${s}`).join(', ')}`)
  for (const w of alignment.warnings) out.push(`warning: ${w}`)
  return out.join('\n') + '\n'
}
