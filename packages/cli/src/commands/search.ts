import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { buildIndex, loadIndex, search, serializeIndex, type Hit, type SearchIndex, type SearchResult } from '@whereas/search'
import { findCorpusDir, loadCorpus, UserError } from '../corpus.js'

interface SearchCommandOptions {
  json?: boolean
  limit: string
  rebuild?: boolean
}

export function searchCommand(program: Command): void {
  program
    .command('search')
    .description('find clauses: words, "exact phrases", doc:<id>, kind:<kind>, cites:<instrument>[-<article>], -word to exclude')
    .argument('<query>', 'the query, e.g. "predictive policing" or \'cites:charter-47 -kind:citation\'')
    .option('--json', 'print the result as one JSON document ({query, total, hits: [...]})')
    .option('--limit <n>', 'most hits to show', '10')
    .option('--rebuild', 'rebuild the cached index first, even when it is up to date')
    // A query that starts with an exclusion ("-moratorium ban") is a query, not an option.
    .allowUnknownOption()
    .action((query: string, options: SearchCommandOptions) => {
      const limit = Number(options.limit)
      if (!Number.isInteger(limit) || limit < 1) {
        throw new UserError(`--limit ${options.limit}: give a whole number of hits, 1 or more (for example --limit 20).`)
      }
      if (query.trim() === '') throw new UserError('give words to search for, for example: whereas search "predictive policing"')
      const index = openIndex(findCorpusDir(), options.rebuild === true)
      const result = search(index, query, { limit })
      process.stdout.write(options.json ? JSON.stringify(jsonResult(result)) + '\n' : readable(result))
    })
}

/**
 * The cached index under `.whereas/` beside the corpus, rebuilt when it is missing, of
 * another version, or built from other inputs; the reason goes to stderr.
 */
export function openIndex(corpusDir: string, rebuild: boolean): SearchIndex {
  const root = dirname(corpusDir)
  const file = join(root, '.whereas', 'search-index.json')
  const corpusHash = inputsHash(corpusDir)
  let reason = rebuild ? 'asked to rebuild' : 'no index yet'
  if (!rebuild && existsSync(file)) {
    let json: unknown
    try {
      json = JSON.parse(readFileSync(file, 'utf8'))
    } catch {
      json = undefined
    }
    const loaded = loadIndex(json, { corpusHash })
    if (loaded.ok) return loaded.index
    reason = loaded.message.replace(/: rebuild it$/u, '')
  }
  const started = performance.now()
  process.stderr.write(`whereas: building the search index (${reason}) ...\n`)
  const corpus = loadCorpus(corpusDir)
  const index = buildIndex(corpus.documents.map((document) => ({ tree: document.result.tree, title: document.entry.title })))
  mkdirSync(dirname(file), { recursive: true })
  // Write then rename, so a search running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, JSON.stringify(serializeIndex(index, { corpusHash })))
  renameSync(partial, file)
  const ms = Math.round(performance.now() - started)
  process.stderr.write(`whereas: indexed ${index.records.length} clauses of ${corpus.documents.length} documents in ${ms} ms -> ${relative(process.cwd(), file) || file}\n`)
  return index
}

/**
 * What the index depends on: every file of the corpus folder (manifest and sources) and the
 * built parser and search packages that read them, so a changed reader rebuilds the index too.
 */
function inputsHash(corpusDir: string): string {
  const hash = createHash('sha256')
  const add = (dir: string, label: string) => {
    for (const path of listFiles(dir)) {
      hash.update(`${label}/${relative(dir, path)}\u0000`)
      hash.update(readFileSync(path))
    }
  }
  add(corpusDir, 'corpus')
  add(dirname(fileURLToPath(import.meta.resolve('@whereas/parser'))), 'parser')
  add(dirname(fileURLToPath(import.meta.resolve('@whereas/search'))), 'search')
  return hash.digest('hex')
}

function listFiles(dir: string): string[] {
  const files: string[] = []
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.endsWith('.map')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) files.push(...listFiles(path))
    else files.push(path)
  }
  return files
}

function jsonResult(result: SearchResult) {
  return {
    query: result.query,
    total: result.total,
    hits: result.hits.map((hit) => ({
      doc: hit.doc,
      id: hit.id,
      kind: hit.kind,
      num: hit.num,
      score: hit.score,
      text: hit.text,
      snippet: hit.snippet,
      highlights: hit.highlights,
      citations: hit.citations,
      title: hit.title
    })),
    ...(result.suggestions ? { suggestions: result.suggestions } : {}),
    ...(result.notes ? { notes: result.notes } : {})
  }
}

function readable(result: SearchResult): string {
  const lines: string[] = []
  for (const note of result.notes ?? []) lines.push(`note: ${note}`)
  if (result.total === 0) {
    lines.push(`No clause matches ${JSON.stringify(result.query)}.`)
    for (const suggestion of result.suggestions ?? []) {
      lines.push(suggestion.query === undefined ? `  - ${suggestion.message}` : `  - ${suggestion.message}: whereas search '${suggestion.query}' (${suggestion.total} hits)`)
    }
    return lines.join('\n') + '\n'
  }
  result.hits.forEach((hit, i) => lines.push(...hitLines(hit, i + 1), ''))
  const shown = result.hits.length
  lines.push(shown < result.total ? `${shown} of ${result.total} clauses (more with --limit ${result.total})` : `${result.total} ${result.total === 1 ? 'clause' : 'clauses'}`)
  return lines.join('\n') + '\n'
}

function hitLines(hit: Hit, rank: number): string[] {
  const label = hit.num === null ? hit.kind : `${hit.kind} ${hit.num}`
  const cites = hit.citations.map((c) => (c.article ? `${c.instrument}:${c.article}` : c.instrument))
  return [
    `${rank}. ${hit.doc}#${hit.id}  (${label}, score ${hit.score})`,
    `   ${hit.marked.replace(/\s+/gu, ' ')}`,
    ...(cites.length > 0 ? [`   cites ${[...new Set(cites)].join(', ')}`] : [])
  ]
}
