import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../parse.js'
import { readingOf } from '../reading.js'
import type { Clause, Edit } from '../../tree.js'
import gold from './edri-gold.json' with { type: 'json' }
import joinCases from './join-cases.json' with { type: 'json' }
import { isBrokenWord } from './join.js'
import { extractionEdits } from './repair.js'
import { Vocabulary } from './vocabulary.js'

/** Every rule that repairs a word: a join by any of them that the gold list lacks is a wrong one. */
const REPAIRS = new Set(['broken-word', 'spaced-hyphen', 'hyphenation', 'lost-ligature'])

const edri = readFileSync(new URL('../../../../../corpus/edri-letter-2021-01-12.txt', import.meta.url), 'utf8')

describe('isBrokenWord', () => {
  for (const { left, right, document, join } of joinCases.cases) {
    it(`${left} ${right}${document ? ` (beside "${document}")` : ''} -> ${join ? 'joined' : 'apart'}`, () => {
      expect(isBrokenWord(left, right, Vocabulary.of(`${left} ${right}. ${document ?? ''}`))).toBe(join)
    })
  }
})

/** The offset of the space each gold repair removes: the first space of its span, found word-bounded, in order. */
function goldOffsets(text: string): Map<number, (typeof gold.repairs)[number]> {
  const offsets = new Map<number, (typeof gold.repairs)[number]>()
  const cursor = new Map<string, number>()
  for (const repair of gold.repairs) {
    const escaped = repair.span.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const pattern = new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'gu')
    pattern.lastIndex = cursor.get(repair.span) ?? 0
    const match = pattern.exec(text)
    if (!match) throw new Error(`gold span "${repair.span}" not found`)
    cursor.set(repair.span, match.index + 1)
    offsets.set(match.index + repair.span.indexOf(' '), repair)
  }
  return offsets
}

describe('repair of the EDRi letter against the hand-made gold list', () => {
  const { tree, messages } = parse(edri, { format: 'pdf-text', references: false })
  const repairs: Edit[] = tree.children
    .filter((node): node is Clause => node.type === 'clause')
    .flatMap((clause) => clause.reading.edits)
    .filter((edit) => REPAIRS.has(edit.rule))
  const expected = goldOffsets(edri)
  const found = new Map(repairs.map((edit) => [edit.start, edit]))
  const hits = [...found.keys()].filter((offset) => expected.has(offset) && expected.get(offset)!.rule === found.get(offset)!.rule)
  const falsePositives = [...found.keys()].filter((offset) => !expected.has(offset)).map((offset) => edri.slice(offset - 12, offset + 12))
  const misses = [...expected.entries()].filter(([offset]) => !found.has(offset)).map(([, repair]) => repair.span)

  it('lists every gold repair once', () => {
    expect(expected.size).toBe(gold.repairs.length)
    expect(gold.repairs.length).toBe(48)
  })

  it('finds the broken words with precision and recall of at least 0.95', () => {
    const precision = hits.length / found.size
    const recall = hits.length / expected.size
    console.info(`broken words on the EDRi letter: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${hits.length} of ${expected.size} found, ${found.size - hits.length} wrong); misses: ${JSON.stringify(misses)}; wrong: ${JSON.stringify(falsePositives)}`)
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(recall).toBeGreaterThanOrEqual(0.95)
  })

  it('reports each repair as an info message at the repaired words', () => {
    const reported = messages.filter((message) => REPAIRS.has(message.ruleId.replace('repair:', '')))
    expect(reported).toHaveLength(repairs.length)
    const intelligence = reported.find((message) => message.reason.includes('"int elligence"'))!
    expect(intelligence.severity).toBe('info')
    expect(edri.slice(intelligence.position!.start.offset, intelligence.position!.end.offset)).toBe('int elligence')
  })

  it('reads the repaired words in the clauses', () => {
    const text = (id: string) => (tree.children.find((node) => node.type === 'clause' && node.id === id) as Clause).reading.text
    expect(text('p_we-the-undersigned-write')).toContain('uses of artificial intelligence which violate')
    expect(text('p_eu-member-states-and')).toContain('non-discrimination, dignity and other fundamental rights')
    expect(text('item_the-enabling-of-biometric')).toBe('the enabling of biometric mass surveillance and monitoring of public spaces;')
    expect(text('item_1')).toContain('clearly prohibited in the AI legislation through an explicit ban')
    expect(text('item_1')).toContain('in addition to the violation of a vast range of fundamental rights.')
  })
})

describe('other extraction damage', () => {
  const cases: [string, string, string[]][] = [
    ['The de nition of a signi cant e ect on o cial documents.', 'The definition of a significant effect on official documents.', ['lost-ligature']],
    ['The govern- ment and the intel-\nligence services.', 'The government and the intelligence services.', ['hyphenation']],
    ['Both pre- and post-trial, and well- being.', 'Both pre- and post-trial, and well- being.', []],
    ['The data-driven systems and the data- driven ones.', 'The data-driven systems and the data- driven ones.', []]
  ]
  for (const [input, reading, rules] of cases) {
    it(input, () => {
      const { edits } = extractionEdits(input, 0, input.length, Vocabulary.of(input))
      expect(readingOf(input, 0, input.length, edits).text).toBe(reading)
      expect([...new Set(edits.map((edit) => edit.rule))].filter((rule) => REPAIRS.has(rule))).toEqual(rules)
    })
  }
})

describe('extractionEdits on adversarial input', () => {
  const inputs: [string, string][] = [
    ['100k spaces', 'a' + ' '.repeat(100_000) + 'b'],
    ['100k "a " pairs', 'a '.repeat(100_000)],
    ['a 1 MB line of "-"', '-'.repeat(1_000_000)],
    ['hyphens spaced 100k times', 'well -being '.repeat(100_000)],
    ['fragments 100k times', 'th e a nd '.repeat(50_000)],
    ['line-break hyphens 100k times', 'govern- ment '.repeat(100_000)],
    ['hyphens 1 MB', 'a-'.repeat(500_000)]
  ]
  for (const [name, text] of inputs) {
    it(`keeps edits sorted and inside the input on ${name}`, () => {
      const { edits } = extractionEdits(text, 0, text.length, Vocabulary.of(text))
      let at = 0
      for (const edit of edits) {
        expect(edit.start).toBeGreaterThanOrEqual(at)
        at = edit.end
      }
      expect(at).toBeLessThanOrEqual(text.length)
    })
  }
})

describe('Vocabulary.knownThrough', () => {
  const vocabulary = Vocabulary.of('The Fluffimeters of the lab.')
  const cases: [string, string, string, boolean][] = [
    ['o', 'ffi', 'cial', true],
    ['signi', 'fi', 'cants', true],
    ['flu', 'ffi', 'meters', true],
    ['Flu', 'ffi', 'METER', false],
    ['o', 'fl', 'cial', false],
    ['speci', 'fi', 'cx', false]
  ]
  for (const [head, letters, tail, known] of cases) {
    it(`${head}+${letters}+${tail}: ${known ? 'known' : 'unknown'}, as known says of the whole word`, () => {
      const text = `an ${tail}`
      expect(vocabulary.knownThrough(`x${head}`, 1, head.length + 1, letters, text, 3, text.length)).toBe(known)
      expect(vocabulary.known(head + letters + tail)).toBe(known)
    })
  }
})
