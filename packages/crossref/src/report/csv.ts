import type { Alignment } from '../align/align.js'
import { describeProvision } from '../provisions.js'

const header = [
  'demand_doc', 'demand_id', 'demand_num', 'demand_text', 'ask', 'subject', 'scope', 'rights', 'restates',
  'shared_provisions', 'rank', 'match_doc', 'match_id', 'match_num', 'stance', 'score', 'source', 'evidence'
]

/**
 * One cell, RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled.
 * A cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) is
 * prefixed with an apostrophe, so document text can never run as one.
 */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * One row per demand and match (a demand without matches gets one row), CRLF line ends, and a
 * byte order mark so spreadsheets read the text (“quotes”, Jourová) as UTF-8.
 */
export function renderCsv(alignment: Alignment): string {
  const rows: (string | number | undefined)[][] = [header]
  for (const d of alignment.demands) {
    const head = [
      d.doc, d.id, d.num, d.text, d.ask, d.subject?.label, d.scope.map((s) => s.text).join('; '),
      // Provisions as a reader names them ("Charter Art. 47 (Right to ...)", "GDPR"), not as keys.
      d.rights.map(describeProvision).join('; '), d.restates ? `${d.restates.doc}#${d.restates.id}` : '',
      d.sharedProvisions.map((p) => p.label).join('; ')
    ]
    if (d.matches.length === 0) rows.push([...head, '', '', '', '', 'not addressed', '', '', 'no resolution clause shares its subject'])
    d.matches.forEach((m, i) => {
      rows.push([...head, i + 1, m.doc, m.id, m.num, m.stance, m.score, m.source, m.evidence.map((e) => e.text).join(' | ')])
    })
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
