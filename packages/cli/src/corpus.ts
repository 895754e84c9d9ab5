import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { parse, type Format, type ParseResult } from '@whereas/parser'
import { parseManifest, type CorpusError, type ManifestEntry } from '@whereas/crossref'

/** A corpus document: its manifest entry, its source text and its parse. */
export interface CorpusDocument {
  entry: ManifestEntry
  /** Absolute path of the source file. */
  path: string
  text: string
  result: ParseResult
}

export interface Corpus {
  /** Absolute path of the corpus folder. */
  dir: string
  documents: CorpusDocument[]
}

/** An error a person can act on: the CLI prints `message` and exits non-zero. */
export class UserError extends Error {
  override name = 'UserError'
}

export function formatCorpusErrors(errors: CorpusError[]): string {
  return errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n')
}

/** Find the corpus: `corpus/` under the working directory or any folder above it. */
export function findCorpusDir(start = process.cwd()): string {
  let dir = resolve(start)
  for (;;) {
    const candidate = join(dir, 'corpus', 'manifest.yaml')
    if (existsSync(candidate)) return dirname(candidate)
    const up = dirname(dir)
    if (up === dir) {
      throw new UserError(
        `no corpus found: looked for corpus/manifest.yaml in ${resolve(start)} and the folders above it. Run the command from the whereas repository.`
      )
    }
    dir = up
  }
}

export function loadCorpus(dir = findCorpusDir()): Corpus {
  const manifestPath = join(dir, 'manifest.yaml')
  const shown = join(basename(dir), 'manifest.yaml')
  const { entries, errors } = parseManifest(readFileSync(manifestPath, 'utf8'), shown, (file) =>
    existsSync(join(dir, file))
  )
  if (errors.length > 0) throw new UserError(`the corpus manifest has errors:\n${formatCorpusErrors(errors)}`)
  const documents = entries.map((entry) => {
    const path = join(dir, entry.file)
    const text = readFileSync(path, 'utf8')
    const result = parse(text, { format: entry.format, id: entry.id, kind: entry.kind })
    return { entry, path, text, result }
  })
  return { dir, documents }
}

/**
 * Read a text file for `parse`, refusing what is not one: a missing path, a folder, a
 * binary file (a NUL byte, or bytes that are not UTF-8).
 */
export function readTextFile(path: string): string {
  if (!existsSync(path)) throw new UserError(`${path}: no such file. Check the path, or list the corpus with "ls corpus".`)
  if (statSync(path).isDirectory()) throw new UserError(`${path} is a directory: give one text file to parse.`)
  const bytes = readFileSync(path)
  if (bytes.includes(0)) throw new UserError(`${path} looks binary (it holds NUL bytes): whereas parses text (UTF-8) files only.`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UserError(`${path} is not UTF-8 text: convert it first (for example with iconv -t UTF-8).`)
  }
}

/** A document id for a file outside the corpus, from its name: `My Letter.md` -> `my-letter`. */
export function idFromFileName(path: string): string {
  const stem = basename(path, extname(path))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return stem || 'document'
}

export const formatChoices = ['auto', 'ep', 'markdown', 'text', 'pdf-text'] as const
export type FormatChoice = Format | 'auto'
