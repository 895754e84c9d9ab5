import type { ClauseKind } from '@whereas/parser'

const kindLabels: Record<ClauseKind, string> = {
  citation: 'Citation',
  recital: 'Recital',
  paragraph: 'Paragraph',
  footnote: 'Footnote',
  date: 'Date',
  addressee: 'Addressee',
  subject: 'Subject',
  salutation: 'Salutation',
  heading: 'Heading',
  prose: 'Passage',
  item: 'Item',
  closing: 'Closing',
  signatory: 'Signatory'
}

/** The name of a clause kind for readers: `prose` -> "Passage". */
export function kindLabel(kind: string): string {
  return kindLabels[kind as ClauseKind] ?? kind.charAt(0).toUpperCase() + kind.slice(1)
}


/**
 * "Paragraph 27", "Recital A", "Citation 3" (from `cit_3` when the EP prints no number), or
 * for an unnumbered clause its id's words: `p_dear-colleagues-let-us` -> Passage “dear colleagues let us”.
 */
export function clauseName(clause: { kind: string; num?: string | null; id: string }): string {
  const label = kindLabel(clause.kind)
  if (clause.num) return `${label} ${clause.num}`
  const numbered = /^[a-z]+_(\d+)$/.exec(clause.id)
  if (numbered) return `${label} ${numbered[1]}`
  const words = clause.id.replace(/^[a-z]+_/, '').replace(/[-_]+/g, ' ').trim()
  return words ? `${label} “${words}”` : label
}
