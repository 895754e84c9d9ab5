import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Clause, Document } from '@whereas/parser'
import { losslessProblems } from '../packages/parser/test/lossless.js'

// The command as users run it: the built CLI (the test command builds first).
const root = fileURLToPath(new URL('..', import.meta.url))
const whereas = (...args: string[]) => spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), ...args], { cwd: root, encoding: 'utf8' })
const clauses = (tree: Document) => tree.children.filter((n): n is Clause => n.type === 'clause')

describe('whereas parse', () => {
  it('prints an outline of the resolution: meta, one line per clause, counts', () => {
    const run = whereas('parse', 'corpus/ep-ta-2021-0405.txt')
    expect(run.status).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^ep-ta-2021-0405 {2}resolution {2}ep {2}“European Parliament resolution of 6 October 2021 on artificial intelligence/)
    expect(lines[1]).toBe('  date 2021-10-06 · Strasbourg · P9_TA(2021)0405 · report A9-0232/2021 · procedure 2020/2016(INI)')
    expect(lines.find((l) => l.includes('para_27'))).toMatch(/para_27 +paragraph +27\. Calls, however, for a moratorium on the deployment of facial recognition/)
    expect(lines.find((l) => l.includes('para_29'))).toMatch(/\[(?:\d+ ref, )?note 8\]$/)
    expect(lines.at(-1)).toBe('  21 citation, 17 recital, 36 paragraph, 9 footnote')
  })

  it('prints the root node as exactly one JSON document with --json', () => {
    const run = whereas('parse', 'corpus/ep-ta-2021-0405.txt', '--json')
    expect(run.status).toBe(0)
    const tree = JSON.parse(run.stdout) as Document
    expect(tree.type).toBe('document')
    expect(tree.id).toBe('ep-ta-2021-0405')
    expect(tree.format).toBe('ep')
    expect(clauses(tree).filter((c) => c.kind === 'paragraph')).toHaveLength(36)
    expect(losslessProblems(tree, readFileSync(join(root, 'corpus/ep-ta-2021-0405.txt'), 'utf8'))).toEqual([])
  })

  it.each([
    ['corpus/ep-ta-2021-0405.txt', 'ep'],
    ['corpus/mep-letter-2021-10-04.md', 'markdown'],
    ['corpus/ngo-letter-2021-04-01.md', 'markdown'],
    ['corpus/eucrim-news-2021.md', 'markdown'],
    ['corpus/edri-letter-2021-01-12.txt', 'pdf-text']
  ])('detects the format of %s (%s), losslessly', (file, format) => {
    const run = whereas('parse', file, '--json')
    expect(run.status).toBe(0)
    const tree = JSON.parse(run.stdout) as Document
    expect(tree.format).toBe(format)
    expect(losslessProblems(tree, readFileSync(join(root, file), 'utf8'), false)).toEqual([])
  })

  it('follows --format', () => {
    const run = whereas('parse', 'corpus/ep-ta-2021-0405.txt', '--format', 'text', '--json')
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as Document).format).toBe('text')
  })

  const dir = mkdtempSync(join(tmpdir(), 'whereas-cli-'))
  writeFileSync(join(dir, 'binary.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0x00]))
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]))
  it.each([
    ['a missing file', [join(dir, 'missing.txt')], /missing\.txt: no such file/],
    ['a directory', [dir], /is a directory: give one text file/],
    ['a binary file', [join(dir, 'binary.pdf')], /looks binary .* text \(UTF-8\) files only/],
    ['a file that is not UTF-8', [join(dir, 'latin1.txt')], /is not UTF-8 text: convert it first/],
    ['an unknown format', ['corpus/ep-ta-2021-0405.txt', '--format', 'docx'], /docx/]
  ])('refuses %s with a message on stderr and exit 1', (_name, args, message) => {
    const run = whereas('parse', ...(args as string[]))
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
  })
})
