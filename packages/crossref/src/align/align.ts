import type { ClauseKind, Document } from '@whereas/parser'
import type { Annotations, CuratedLink, CuratedNote } from '../annotations/parse.js'
import { findDemands, type ClauseRef, type Demand } from '../demands.js'
import { citationGraph, type CitationGraph } from '../graph.js'
import { readPositions, type ClausePosition } from '../positions.js'
import { clausesOf } from '../clauses.js'
import { provisionsOf, shortProvision, type Provision } from '../provisions.js'
import { contentTerms } from '../terms.js'
import { clip, idfOf, scoreClause, type Evidence, type Scored } from './score.js'
import { stanceRank, type Stance } from './stance.js'

/** A resolution clause that answers a demand. */
export interface Match extends ClauseRef {
  num?: string
  kind: ClauseKind
  stance: Stance
  score: number
  evidence: Evidence[]
  /** `machine`: found by the rules; `curated`: confirmed or corrected in corpus/annotations.yaml. */
  source: 'machine' | 'curated'
  /** What the rules said, when a curator corrected it. */
  machineStance?: Stance
  /** The segment of the clause that answers. */
  quote: string
}

/** A provision the demand (with its context) and the resolution both cite. */
export interface SharedProvision {
  key: string
  label: string
  /** Resolution clauses citing it. */
  resolution: string[]
}

/** A demand with the resolution clauses that answer it, best first. */
export interface DemandAlignment extends Omit<Demand, 'examples' | 'provisions'> {
  sharedProvisions: SharedProvision[]
  matches: Match[]
  /** Recitals on the demand's subject: the resolution's reasons, shown as context, never as answers. */
  recitals: string[]
  notes: CuratedNote[]
  links: CuratedLink[]
}

/** A document of the comparison, named as a reader would name it. */
export interface Source {
  id: string
  kind: string
  /** "Letter of 12 January 2021 by European Digital Rights (EDRi)". */
  label: string
}

export interface Alignment {
  /** The resolution the demands are compared with (the first document of kind `resolution`). */
  resolution: string | null
  sources: Source[]
  demands: DemandAlignment[]
  graph: CitationGraph
  /** Curated notes and links on any clause, for display beside it. */
  notes: CuratedNote[]
  links: CuratedLink[]
  /** Curated alignments that could not be applied, and confirmations the rules disagree with. */
  warnings: string[]
  figures: Figures
}

export interface Figures {
  /** Demands, restatements not counted. */
  demands: number
  restatements: number
  byStance: Record<Stance, number>
}

export interface AlignOptions {
  /** Most matches per demand (5). */
  limit?: number
}

/**
 * Align every demand of the letters with the resolution's paragraphs: ranked matches, each with
 * a stance and its evidence; curated annotations confirm or correct the rules and say so.
 * Returns what `whereas compare --json` prints.
 */
export function align(trees: Document[], annotations?: Annotations, options: AlignOptions = {}): Alignment {
  const limit = options.limit ?? 5
  const resolution = trees.find((t) => t.kind === 'resolution')
  const positions = resolution ? readPositions(resolution) : []
  const paragraphs = positions.filter((p) => p.operative)
  const recitals = positions.filter((p) => !p.operative)
  const idf = idfOf(positions)
  const graph = citationGraph(trees)
  // Every clause of the resolution that cites something, citations ("having regard to") included.
  const citingClauses = resolution ? clausesOf(resolution).map((c) => ({ id: c.id, provisions: provisionsOf(c) })) : []
  const warnings: string[] = []

  const found = findDemands(trees)
  const demands = found.map((demand): DemandAlignment => {
    const terms = contentTerms(demand.text)
    const scored = paragraphs.map((p) => scoreClause(demand, p, idf, terms))
    return {
      ...demandFields(demand),
      sharedProvisions: sharedProvisions(demand, citingClauses),
      matches: pick(scored, limit).map(toMatch),
      recitals: recitals.filter((r) => r.subjects.some((s) => s.key === demand.subject?.key)).map((r) => r.id),
      notes: [],
      links: []
    }
  })

  if (annotations) applyAnnotations(demands, found, annotations, paragraphs, idf, warnings)
  const byStance: Record<Stance, number> = { met: 0, partial: 0, opposed: 0, 'not addressed': 0 }
  for (const d of demands) if (!d.restates) for (const m of d.matches) byStance[m.stance]++
  return {
    resolution: resolution?.id ?? null,
    sources: trees.map(sourceOf),
    demands,
    graph,
    notes: annotations?.notes ?? [],
    links: annotations?.links ?? [],
    warnings,
    figures: { demands: demands.filter((d) => !d.restates).length, restatements: demands.filter((d) => d.restates).length, byStance }
  }
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2021-01-12" -> "12 January 2021"; "2021-04" -> "April 2021"; anything else as written. */
export function readableDate(date: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date)
  const month = m ? months[Number(m[2]) - 1] : undefined
  if (!m || !month) return date
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`
}

/** A document named by its kind, date and authors: "Letter of 1 April 2021 by EDRi and others". */
function sourceOf(tree: Document): Source {
  const { meta } = tree
  const kind = tree.kind === 'resolution' ? 'Resolution' : tree.kind === 'letter' ? 'Letter' : tree.kind === 'news' ? 'News item' : 'Document'
  const date = typeof meta.date === 'string' ? ` of ${readableDate(meta.date)}` : ''
  const authors = Array.isArray(meta.authors) ? meta.authors.filter((a): a is string => typeof a === 'string') : []
  // "European Parliament resolution of 6 October 2021"; "Letter of 1 April 2021 by EDRi and others".
  if (tree.kind === 'resolution' && authors[0] && date) return { id: tree.id, kind: tree.kind, label: `${authors[0]} resolution${date}` }
  const by = authors.length > 0 ? ` by ${authors[0]}${authors.length > 1 ? ' and others' : ''}` : ''
  const label = date || by ? `${kind}${date}${by}` : typeof meta.title === 'string' ? meta.title : tree.id
  return { id: tree.id, kind: tree.kind, label }
}

/** The best matches on the demand's subject; when none shares a subject, the two nearest in words. */
function pick(scored: Scored[], limit: number): Scored[] {
  const ranked = [...scored].sort((a, b) => b.score - a.score || stanceRank(a.stance) - stanceRank(b.stance))
  const onSubject = ranked.filter((s) => s.onSubject)
  if (onSubject.length > 0) return onSubject.slice(0, limit)
  return ranked.filter((s) => s.score > 0).slice(0, 2)
}

function toMatch(s: Scored): Match {
  const m: Match = {
    doc: s.position.doc,
    id: s.position.id,
    kind: s.position.kind,
    stance: s.stance,
    score: s.score,
    evidence: s.evidence,
    source: 'machine',
    // Long enough for a paragraph's whole ask with its reach ("... that leads to mass surveillance
    // in publicly accessible spaces"), which the stance rests on.
    quote: clip(s.segment?.text ?? s.position.text, 420)
  }
  if (s.position.num) m.num = s.position.num
  return m
}

function demandFields(d: Demand): Omit<DemandAlignment, 'sharedProvisions' | 'matches' | 'recitals' | 'notes' | 'links'> {
  const { doc, id, num, kind, text, quote, ask, also, subject, subjects, scope, rights, why, restates, context, line } = d
  return {
    doc, id, kind, text, quote, ask, also, subject, subjects, scope, rights, why, line,
    ...(num ? { num } : {}),
    ...(restates ? { restates } : {}),
    ...(context ? { context } : {})
  }
}

/** Provisions the demand and its context cite that the resolution cites too, with where. */
function sharedProvisions(demand: Demand, clauses: { id: string; provisions: Provision[] }[]): SharedProvision[] {
  const shared: SharedProvision[] = []
  for (const p of demand.provisions) {
    const citing = clauses.filter((c) => c.provisions.some((q) => q.key === p.key)).map((c) => c.id)
    // An article is named with its title ("Charter Art. 47 (Right to an effective remedy ...)");
    // a whole act by its short name, its full title being a line long.
    if (citing.length > 0) shared.push({ key: p.key, label: shortProvision(p), resolution: citing })
  }
  return shared
}

function applyAnnotations(
  demands: DemandAlignment[],
  found: Demand[],
  annotations: Annotations,
  paragraphs: ClausePosition[],
  idf: Map<string, number>,
  warnings: string[]
): void {
  const key = (r: ClauseRef) => `${r.doc}#${r.id}`
  const byKey = new Map(demands.map((d) => [key(d), d]))
  const models = new Map(found.map((d) => [key(d), d]))
  for (const note of annotations.notes) byKey.get(note.clause)?.notes.push(note)
  for (const link of annotations.links) byKey.get(link.clause)?.links.push(link)
  for (const a of annotations.alignments) {
    const demand = byKey.get(a.demand)
    if (!demand) {
      warnings.push(`annotations line ${a.line}: ${a.demand} is not a demand the rules found; the alignment is not applied`)
      continue
    }
    let match = demand.matches.find((m) => key(m) === a.clause)
    if (!match) {
      const position = paragraphs.find((p) => `${p.doc}#${p.id}` === a.clause)
      if (!position) {
        warnings.push(`annotations line ${a.line}: ${a.clause} is not an operative paragraph of the resolution; the alignment is not applied`)
        continue
      }
      const model = models.get(a.demand)!
      match = toMatch(scoreClause(model, position, idf, contentTerms(model.text)))
      demand.matches.push(match)
    }
    const machine = match.stance
    if (a.action === 'confirm' && machine !== a.stance) {
      warnings.push(`annotations line ${a.line}: confirms "${a.stance}" for ${a.demand} -> ${a.clause}, the rules say "${machine}"`)
    }
    match.stance = a.stance
    match.source = 'curated'
    if (machine !== a.stance) match.machineStance = machine
    const verdict = a.action === 'confirm' ? `Confirmed by an editor: ${a.stance}` : `Corrected by an editor to ${a.stance}`
    const rules = machine !== a.stance ? ` (the rules said ${machine})` : ''
    match.evidence.unshift({ kind: 'curated', text: `${verdict}${rules}.${a.note ? ` ${a.note}` : ''}` })
  }
}
