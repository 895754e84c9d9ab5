import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { align, clauseIds, parseAnnotations, type Alignment, type Annotations } from '@whereas/crossref'
import type { Document } from '@whereas/parser'
import { UserError, type Corpus } from './corpus.js'

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

/** The alignment of the corpus: its demands against the resolution, with the curated annotations applied. */
export function corpusAlignment(corpus: Corpus): Alignment {
  const trees = corpusTrees(corpus)
  return align(trees, loadAnnotations(corpus, trees))
}
