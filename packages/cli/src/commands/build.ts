import { dirname, join, resolve } from 'node:path'
import type { Command } from 'commander'
import { registry } from '@whereas/parser'
import type { Alignment } from '@whereas/crossref'
import { buildIndex, serializeIndex } from '@whereas/search'
import {
  instrumentInfos,
  loadAssets,
  renderSite,
  SiteOutputError,
  writeSite,
  type SiteDemand,
  type SiteInput,
  type SiteNote
} from '@whereas/site'
import { corpusAlignment } from '../alignment.js'
import { findCorpusDir, loadCorpus, UserError, type Corpus } from '../corpus.js'

const splitKey = (key: string): { doc: string; id: string } => {
  const at = key.indexOf('#')
  return { doc: key.slice(0, at), id: key.slice(at + 1) }
}

/** The demands as the Compare page shows them; a restatement is listed under the demand it restates. */
function siteDemands(alignment: Alignment): SiteDemand[] {
  const restatements = new Map<string, Array<{ doc: string; id: string }>>()
  for (const d of alignment.demands) {
    if (!d.restates) continue
    const key = `${d.restates.doc}#${d.restates.id}`
    restatements.set(key, [...(restatements.get(key) ?? []), { doc: d.doc, id: d.id }])
  }
  return alignment.demands
    .filter((d) => !d.restates)
    .map((d) => ({
      doc: d.doc,
      id: d.id,
      text: d.text,
      quote: d.quote,
      ask: d.ask,
      subject: d.subject?.label ?? 'other',
      why: d.why,
      restatedBy: restatements.get(`${d.doc}#${d.id}`) ?? [],
      matches: d.matches.map((m) => ({
        doc: m.doc,
        id: m.id,
        stance: m.stance,
        quote: m.quote,
        score: m.score,
        evidence: m.evidence.map((e) => e.text),
        source: m.source
      }))
    }))
}

function siteNotes(alignment: Alignment): SiteNote[] {
  return [
    ...alignment.notes.map((n) => ({ ...splitKey(n.clause), text: n.note })),
    ...alignment.links.map((l) => ({ ...splitKey(l.clause), text: l.title ?? 'Related material', link: l.url }))
  ]
}

/** Compose the site's input from a loaded corpus: parse trees, alignment, search index. */
export function siteInput(corpus: Corpus): SiteInput {
  const alignment = corpusAlignment(corpus)
  const index = buildIndex(corpus.documents.map((d) => ({ tree: d.result.tree, title: d.entry.title })))
  return {
    documents: corpus.documents.map(({ entry, text, result }) => {
      const { title, date, authors, addressees, source, summary } = entry
      return { tree: result.tree, text, title, date, authors, addressees, source, summary }
    }),
    demands: siteDemands(alignment),
    notes: siteNotes(alignment),
    searchIndex: JSON.stringify(serializeIndex(index)),
    instruments: instrumentInfos(registry.instruments),
    assets: loadAssets()
  }
}

/** Build the site of the corpus in `corpusDir` into `outDir`; returns the number of files written. */
export function buildSite(corpusDir: string, outDir: string): number {
  const files = renderSite(siteInput(loadCorpus(corpusDir)))
  try {
    writeSite(files, outDir)
  } catch (error) {
    if (error instanceof SiteOutputError) throw new UserError(error.message)
    throw error
  }
  return files.size
}

export function buildCommand(program: Command): void {
  program
    .command('build')
    .description('write the static site of the corpus (to site/dist/ by default)')
    .option('--out <dir>', 'output folder (default: site/dist beside the corpus)')
    .action((options: { out?: string }) => {
      const corpusDir = findCorpusDir()
      const outDir = resolve(options.out ?? join(dirname(corpusDir), 'site', 'dist'))
      const count = buildSite(corpusDir, outDir)
      process.stdout.write(`whereas: wrote ${count} files to ${outDir}\n`)
    })
}
