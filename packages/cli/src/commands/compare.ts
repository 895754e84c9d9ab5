import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Command } from 'commander'
import { align, clauseIds, parseAnnotations, renderCsv, renderJson, renderMarkdown, renderText, type Annotations } from '@whereas/crossref'
import type { Document } from '@whereas/parser'
import { loadCorpus, UserError, type Corpus } from '../corpus.js'

/** Read corpus/annotations.yaml, if there is one; a bad file is an error naming file and line. */
export function loadAnnotations(corpus: Corpus, trees: Document[]): Annotations | undefined {
  const path = join(corpus.dir, 'annotations.yaml')
  if (!existsSync(path)) return undefined
  const shown = 'corpus/annotations.yaml'
  const { annotations, errors } = parseAnnotations(readFileSync(path, 'utf8'), shown, clauseIds(trees))
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n')
    throw new UserError(`the curated annotations have errors:\n${lines}\nFix them (the format is in corpus/README.md) and run again.`)
  }
  return annotations
}

/** The corpus trees, with the manifest's date, title and authors where a reader found none. */
export function corpusTrees(corpus: Corpus): Document[] {
  return corpus.documents.map(({ entry, result }) => {
    const tree = result.tree
    const meta = { ...tree.meta }
    if (!meta.date && entry.date) meta.date = String(entry.date)
    if (!meta.title) meta.title = entry.title
    if (!meta.authors && entry.authors) meta.authors = entry.authors
    return { ...tree, meta }
  })
}

export function compareCommand(program: Command): void {
  program
    .command('compare')
    .description('every demand of the letters beside the resolution paragraphs that answer it, with stance and evidence')
    .option('--json', 'print the alignment as one JSON document')
    .option('--csv', 'print one CSV row per demand and match')
    .option('--md', 'print a Markdown side-by-side report')
    .action((options: { json?: boolean; csv?: boolean; md?: boolean }) => {
      const chosen = [options.json, options.csv, options.md].filter(Boolean).length
      if (chosen > 1) throw new UserError('choose one of --json, --csv and --md.')
      const corpus = loadCorpus()
      const trees = corpusTrees(corpus)
      const alignment = align(trees, loadAnnotations(corpus, trees))
      const render = options.json ? renderJson : options.csv ? renderCsv : options.md ? renderMarkdown : renderText
      process.stdout.write(render(alignment))
      // The text and Markdown reports list warnings themselves; JSON carries them in `warnings`.
      if (options.csv) for (const w of alignment.warnings) process.stderr.write(`whereas: ${w}\n`)
    })
}
