import type { Command } from 'commander'
import { citationIndex, citing, nearestKeys, parseCiteQuery, type CitationIndex, type CiteQuery, type CitingClause } from '@whereas/crossref'
import { findReferences, registry } from '@whereas/parser'
import { loadCorpus, UserError } from '../corpus.js'

export function citesCommand(program: Command): void {
  program
    .command('cites')
    .description('the citation index: every instrument the corpus cites, or every clause citing one (gdpr, charter:47, led:10)')
    .argument('[instrument]', 'an instrument key with an optional article, e.g. gdpr, gdpr:9, charter:47; or words such as "Article 47 of the Charter"')
    .option('--json', 'print the result as one JSON document')
    .action((query: string | undefined, options: { json?: boolean }) => {
      const index = citationIndex(loadCorpus().documents.map((d) => d.result.tree))
      if (query === undefined) {
        process.stdout.write(options.json ? JSON.stringify({ instruments: index.instruments }) + '\n' : instrumentTable(index))
        return
      }
      const wanted = resolveQuery(query, index)
      const clauses = citing(index, wanted)
      const title = index.instruments.find((i) => i.instrument === wanted.instrument)?.title ?? registry.instruments.find((i) => i.key === wanted.instrument)?.title
      if (options.json) {
        process.stdout.write(JSON.stringify({ instrument: wanted.instrument, article: wanted.article ?? null, title: title ?? null, total: clauses.length, clauses: clauses.map(jsonClause) }) + '\n')
        return
      }
      process.stdout.write(clauseList(wanted, title, clauses))
    })
}

/** `charter:47`, or words that cite one thing ("Article 47 of the Charter"); an unknown key is an error naming the nearest keys. */
function resolveQuery(query: string, index: CitationIndex): CiteQuery {
  const known = new Set([...registry.instruments.map((i) => i.key), ...index.instruments.map((i) => i.instrument)])
  const parsed = parseCiteQuery(query)
  if (parsed && known.has(parsed.instrument)) return parsed
  const cited = findReferences(query, { implicit: false }).filter((c) => c.target.instrument !== 'self')
  const first = cited[0]
  if (first && cited.every((c) => c.target.instrument === first.target.instrument && c.target.article === first.target.article)) {
    return first.target.article === undefined ? { instrument: first.target.instrument } : { instrument: first.target.instrument, article: first.target.article }
  }
  const key = parsed?.instrument ?? query.trim().toLowerCase()
  const near = nearestKeys(key, known)
  throw new UserError(
    `unknown instrument "${query}"${near.length ? `: did you mean ${near.join(', ')}?` : '.'} Give a key with an optional article (gdpr, charter:47); run "whereas cites" for every instrument the corpus cites.`
  )
}

function jsonClause(c: CitingClause) {
  return {
    doc: c.doc,
    id: c.id,
    kind: c.kind,
    num: c.num ?? null,
    words: c.words,
    resolution: c.resolution,
    article: c.target.article ?? null,
    paragraph: c.target.paragraph ?? null,
    point: c.target.point ?? null,
    target: c.target
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

function instrumentTable(index: CitationIndex): string {
  const rows = index.instruments.map((i) => [i.instrument, String(i.explicit), String(i.implicit), String(i.clauses), oneLine(i.title ?? '').slice(0, 70)])
  const head = ['instrument', 'explicit', 'implicit', 'clauses', 'title']
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)))
  const line = (r: string[]) => r.map((cell, k) => (k === r.length - 1 ? cell : k >= 1 && k <= 3 ? cell.padStart(widths[k]!) : cell.padEnd(widths[k]!))).join('  ')
  return [line(head), ...rows.map(line)].join('\n') + `\n\n${index.instruments.length} instruments; "whereas cites <instrument>[:<article>]" lists the clauses citing one.\n`
}

function clauseList(query: CiteQuery, title: string | undefined, clauses: CitingClause[]): string {
  const name = `${query.instrument}${query.article ? `:${query.article}` : ''}`
  const header = `${name}${title ? ` — ${oneLine(title)}` : ''}: ${clauses.length} citation${clauses.length === 1 ? '' : 's'}\n`
  const lines = clauses.map((c) => {
    const pin = [c.target.article && `art ${c.target.article}`, c.target.paragraph && `(${c.target.paragraph})`, c.target.point && `(${c.target.point})`].filter(Boolean).join('')
    return `${c.doc}  ${c.id}${c.num ? ` [${c.num}]` : ''}  ${c.resolution}${pin ? `  ${pin}` : ''}  “${oneLine(c.words)}”`
  })
  return header + (lines.length ? lines.join('\n') + '\n' : '')
}
