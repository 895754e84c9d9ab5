import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, type Clause, type Edit, type Inline } from '@whereas/parser'
import { parseManifest } from '@whereas/crossref'
import { readingPieces, withoutLeadingNumber } from './reading.js'

const corpus = new URL('../../corpus/', import.meta.url)

function text(value: string, offset: number): Inline {
  return {
    type: 'text',
    value,
    position: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + value.length + 1, offset: offset + value.length } }
  }
}

function reference(value: string, offset: number): Inline {
  return {
    type: 'reference',
    target: { instrument: 'charter', article: '8' },
    resolution: 'explicit',
    children: [text(value, offset) as never],
    position: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + value.length + 1, offset: offset + value.length } }
  }
}

/** A clause from pieces of source laid end to end from `start`. */
function clause(parts: Array<[kind: 'text' | 'reference', value: string]>, edits: Edit[], start = 10): Pick<Clause, 'children' | 'reading'> {
  let offset = start
  const children = parts.map(([kind, value]) => {
    const node = kind === 'text' ? text(value, offset) : reference(value, offset)
    offset += value.length
    return node
  })
  return { children, reading: { text: '', edits } }
}

describe('readingPieces', () => {
  it.each([
    {
      name: 'no edits: the source as it is',
      parts: [['text', 'Article 8 ,'] as const],
      edits: [],
      expected: ['Article 8 ,']
    },
    {
      name: 'an edit inside one node',
      parts: [['text', 'artificial int elligence'] as const],
      edits: [{ start: 10 + 11, end: 10 + 24, insert: 'intelligence', rule: 'broken-word' }],
      expected: ['artificial intelligence']
    },
    {
      name: 'edits on both sides of a reference',
      parts: [['text', 'under '] as const, ['reference', 'Article 8'] as const, ['text', ' , and'] as const],
      edits: [{ start: 10 + 15, end: 10 + 17, insert: ',', rule: 'spaced-punctuation' }],
      expected: ['under ', 'Article 8', ', and']
    },
    {
      name: 'an edit crossing from one node into the next is written where it starts',
      parts: [['text', 'non -'] as const, ['text', 'discrimination'] as const],
      edits: [{ start: 10 + 3, end: 10 + 5, insert: '-', rule: 'broken-word' }],
      expected: ['non-', 'discrimination']
    },
    {
      name: 'an edit spanning a whole middle node',
      parts: [['text', 'a **'] as const, ['text', 'b'] as const, ['text', '** c'] as const],
      edits: [{ start: 10 + 2, end: 10 + 7, insert: 'b', rule: 'markdown-syntax' }],
      expected: ['a b', '', ' c']
    }
  ])('$name', ({ parts, edits, expected }) => {
    expect(readingPieces(clause(parts.map((p) => [...p]), edits)).map((p) => p.text)).toEqual(expected)
  })

  it('rebuilds every clause reading of the corpus exactly', () => {
    const { entries } = parseManifest(readFileSync(new URL('manifest.yaml', corpus), 'utf8'), 'manifest.yaml')
    let clauses = 0
    for (const entry of entries) {
      const { tree } = parse(readFileSync(new URL(entry.file, corpus), 'utf8'), { format: entry.format, id: entry.id, kind: entry.kind })
      for (const node of tree.children) {
        if (node.type !== 'clause') continue
        clauses++
        expect(readingPieces(node).map((p) => p.text).join(''), `${entry.id}#${node.id}`).toBe(node.reading.text)
      }
    }
    expect(clauses).toBeGreaterThan(150)
  })
})

describe('withoutLeadingNumber', () => {
  it.each([
    ['27 . Calls for a moratorium', '27', 'Calls for a moratorium'],
    ['A. whereas digital technologies', 'A', 'whereas digital technologies'],
    ['( 1 ) OJ L 119', '1', 'OJ L 119'],
    ['1. Biometric mass surveillance', '1', 'Biometric mass surveillance'],
    ['Article 27 of the Charter', '27', 'Article 27 of the Charter'],
    ['270 people', '27', '270 people']
  ])('%s', (source, num, expected) => {
    const pieces = [{ node: text(source, 0), text: source }]
    expect(withoutLeadingNumber(pieces, num)[0]?.text).toBe(expected)
  })
})
