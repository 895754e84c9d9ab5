import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from './parse.js'
import type { Format } from './tree.js'
import { losslessProblems } from '../test/lossless.js'

const formats: (Format | undefined)[] = [undefined, 'ep', 'markdown', 'pdf-text', 'text']
const corpus = [
  ...['ep-ta-2021-0405.txt', 'mep-letter-2021-10-04.md', 'ngo-letter-2021-04-01.md', 'eucrim-news-2021.md', 'edri-letter-2021-01-12.txt'].map(
    (file) => `../../../corpus/${file}`
  ),
  ...['discharge-parts.txt', 'legislative-position.txt', 'newline-format.txt', 'rule-of-law-compact.txt'].map((file) => `./formats/ep-page/cases/${file}`)
].map((path) => readFileSync(new URL(path, import.meta.url), 'utf8'))

/** Parse must not throw, and the tree must be lossless and positioned. */
function sound(text: string, format: Format | undefined, checkPoints = true): string[] {
  const { tree, messages } = parse(text, format ? { format } : {})
  const failures = messages.filter((m) => m.ruleId === 'parse:internal-error').map((m) => m.reason)
  return [...failures, ...losslessProblems(tree, text, checkPoints)]
}

/** Text made of the pieces these formats care about, so random input hits their rules. */
const piece = fc.constantFrom(
  ' ', '  ', '   ', '\n', '\n\n', '\r\n', '\t', ',', ' , ', ';', ' ; ', '.', ' . ', '( ', ' )', '( 1 )', '( 8 )', '(2)', '– having regard to ',
  'A . whereas ', 'B. whereas ', '1 . ', '2 . Calls ', '3. Notes ', 'Article 16 ', '’ s ', '‘ ', ' ’', '“', '”', '# ', '## ', '**', '*', '_', '[', ']', '(', ')',
  '[x](#)', '- ', '* ', '1. ', '> ', '```', '•', '¹', '²', '[^1]', '[^1]: ', 'int elligence', 'non -discriminatio n', ' a nd ', 'The European Parliament , ',
  'Texts adopted ', 'Last updated : 1 May 2021', 'Legal notice', 'Dear Commissioner,', 'Re: ', 'cc: ', 'Regulation ( EU ) 2016/679', 'GDPR', 'the Charter',
  'Patrick Breyer MEP (Greens/EFA) – Shadow Rapporteur', '\u0000', '\uFFFD', '\uD800', 'é', '😀'
)
const structured = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''))

/** A random edit of a corpus text: insert, delete, duplicate or cut a span. */
const mutation = fc.tuple(fc.nat(), fc.nat(200), fc.constantFrom('insert', 'delete', 'duplicate', 'cut'), structured)
function mutate(text: string, edits: [number, number, string, string][]): string {
  let out = text
  for (const [at, length, kind, insert] of edits) {
    const start = out.length === 0 ? 0 : at % out.length
    const end = Math.min(out.length, start + length)
    if (kind === 'insert') out = out.slice(0, start) + insert + out.slice(start)
    else if (kind === 'delete') out = out.slice(0, start) + out.slice(end)
    else if (kind === 'duplicate') out = out.slice(0, end) + out.slice(start, end) + out.slice(end)
    else out = out.slice(start)
  }
  return out
}

describe('parse on any string', () => {
  for (const format of formats) {
    const name = format ?? 'auto'
    it(`is lossless and positioned on random text (${name})`, () => {
      fc.assert(fc.property(fc.oneof(structured, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        expect(sound(text, format)).toEqual([])
      }), {
        numRuns: 150
      })
    })

    it(`is lossless and positioned on mutated corpus documents (${name})`, () => {
      fc.assert(
        fc.property(fc.nat(corpus.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (doc, edits) => {
          expect(sound(mutate(corpus[doc]!, edits), format, false)).toEqual([])
        }),
        { numRuns: 25 }
      )
    })
  }
})

describe('parse on adversarial input', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['white space', ' \n\t\r\n  \u00a0\n'],
    ['binary garbage', Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('')],
    ['a 5 MB line', 'word , ( EU ) ’ s '.repeat(300_000)],
    ['brackets nested 10 000 deep', '('.repeat(10_000) + 'x' + ')'.repeat(10_000) + ' [' .repeat(10_000)],
    ['ten thousand "( 1 )" markers', 'The European Parliament , 1 . Calls ' + 'for ( 1 ) '.repeat(10_000) + '. ( 1 ) OJ L 1 .'],
    ['a long run of spaces', 'a' + ' '.repeat(1_000_000) + 'b'],
    ['twenty thousand paragraphs and a footnote', 'The European Parliament , ' + Array.from({ length: 20_000 }, (_, i) => `${i + 1} . Calls ;`).join(' ') + ' . ( 1 ) OJ L 1 .'],
    ['twenty thousand texts on one page', 'The European Parliament , 1 . Calls ; '.repeat(20_000)],
    ['two hundred thousand short lines', 'a\n'.repeat(200_000)]
  ]
  // A generous time limit per case: these guard against hangs, they do not measure speed.
  for (const [name, text] of inputs) {
    for (const format of formats) {
      it(`survives ${name} (${format ?? 'auto'})`, { timeout: 180_000 }, () => {
        expect(sound(text, format, text.length < 100_000)).toEqual([])
      })
    }
  }

  it('reads ten thousand markers of an existing footnote as footnote references', () => {
    const text = 'The European Parliament , 1 . Calls ' + 'for ( 1 ) '.repeat(10_000) + '. ( 1 ) OJ L 1 .'
    const { tree } = parse(text, { format: 'ep', references: false })
    const para = tree.children.find((n) => n.type === 'clause' && n.id === 'para_1')
    expect(para && 'children' in para ? para.children.filter((c) => c.type === 'footnoteReference').length : 0).toBe(10_000)
  })
})

describe('parse options', () => {
  it('reports an unknown format and detects one instead', () => {
    const { tree, messages } = parse('Hello.', { format: 'docx' as Format, references: false })
    expect(tree.format).toBe('text')
    expect(messages.map((m) => m.ruleId)).toEqual(['parse:unknown-format'])
  })

  it('takes the given id and kind', () => {
    const { tree } = parse('Hello.', { id: 'my-letter', kind: 'letter', references: false })
    expect([tree.id, tree.kind, tree.format]).toEqual(['my-letter', 'letter', 'text'])
  })
})
