import { describe, expect, it } from 'vitest'
import { parseManifest } from './manifest.js'

const entry = (id: string, extra = '') =>
  `- id: ${id}\n  file: ${id}.txt\n  kind: letter\n  format: text\n  title: A letter\n${extra}`

describe('parseManifest', () => {
  it('reads entries with their line numbers', () => {
    const { entries, errors } = parseManifest(entry('a-2021') + entry('b-2021', '  date: 2021-04-01\n'), 'manifest.yaml')
    expect(errors).toEqual([])
    expect(entries.map((e) => [e.id, e.line, e.date])).toEqual([
      ['a-2021', 1, undefined],
      ['b-2021', 6, '2021-04-01']
    ])
  })

  it.each([
    ['a missing file', entry('a-2021'), () => false, /entry "a-2021" points at "a-2021.txt", which does not exist/],
    ['a repeated id', entry('a-2021') + entry('a-2021'), () => true, /line 6: .*repeats the id of the entry at line 1/],
    ['a missing field', '- id: a-2021\n  file: a.txt\n  kind: letter\n', () => true, /entry "a-2021" lacks format, title/],
    ['an unknown format', entry('a-2021').replace('format: text', 'format: pdf'), () => true, /format "pdf" is not one of/],
    ['an id that is not lowercase', entry('A_2021'), () => true, /an id is lowercase words/],
    ['broken YAML', '- id: [unclosed\n', () => true, /YAML:/],
    ['a mapping instead of a list', 'id: a\n', () => true, /must be a YAML list/],
    ['authors that are not a list', entry('a-2021', '  authors: Someone\n'), () => true, /authors must be a list/]
  ])('names the entry and line for %s', (_name, text, exists, pattern) => {
    const { errors } = parseManifest(text, 'manifest.yaml', exists)
    expect(errors.length).toBeGreaterThan(0)
    const shown = errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n')
    expect(shown).toMatch(/^manifest\.yaml:\d+: /)
    expect(shown.replace(/^manifest\.yaml:/, 'line ')).toMatch(pattern)
  })
})
