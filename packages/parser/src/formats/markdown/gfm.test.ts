import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { losslessProblems } from '../../../test/lossless.js'
import { parse } from '../../parse.js'
import { mayUseGfm } from './gfm-syntax.js'
import type { Block, Clause, Document, FootnoteReference, Message } from '../../tree.js'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const corpus = (file: string) => read(`../../../../../corpus/${file}`)

const clauses = (tree: Document) => tree.children.filter((node): node is Clause => node.type === 'clause')
const clause = (tree: Document, id: string) => {
  const found = clauses(tree).find((node) => node.id === id)
  if (!found) throw new Error(`no clause ${id}; ids: ${clauses(tree).map((node) => node.id).join(' ')}`)
  return found
}
const calls = (node: Clause) => node.children.filter((leaf): leaf is FootnoteReference => leaf.type === 'footnoteReference')
const source = (text: string, node: { position?: { start: { offset: number }; end: { offset: number } } }) =>
  text.slice(node.position!.start.offset, node.position!.end.offset)
const rules = (messages: Message[], ruleId: string) => messages.filter((message) => message.ruleId === ruleId)

function parsed(text: string, format: 'markdown' | undefined = 'markdown') {
  const result = parse(text, { ...(format ? { format } : {}), references: false })
  expect(losslessProblems(result.tree, text, true)).toEqual([])
  return result
}

describe('a letter with GFM footnotes', () => {
  const text = read('./cases/gfm-footnotes-letter.md')
  const { tree, messages } = parsed(text, undefined)

  it('is told to be Markdown and read as a letter', () => {
    expect(tree.format).toBe('markdown')
    expect(tree.kind).toBe('letter')
    expect(tree.meta).toMatchObject({ date: '2024-06-12', addressees: ['Rapporteurs'] })
  })

  it('makes each definition a footnote clause, numbered and named, wherever it stands', () => {
    const notes = clauses(tree).filter((node) => node.kind === 'footnote')
    expect(notes.map((node) => [node.id, node.num])).toEqual([
      ['fn_1', '1'],
      ['fn_2', '2'],
      ['fn_edpb', 'edpb'],
      ['fn_fair-trials', 'fair-trials'],
      ['fn_unused', 'unused']
    ])
    // The first note stands in the middle of the letter: the body goes on after it.
    const order = clauses(tree).map((node) => node.id)
    expect(order.indexOf('fn_1')).toBeLessThan(order.indexOf('p_experience-across-europe-shows'))
    expect(source(text, clause(tree, 'fn_1'))).toBe('[^1]: The fifth political trilogue is scheduled for 6 December 2024.')
    expect(clause(tree, 'fn_1').reading.text).toBe('The fifth political trilogue is scheduled for 6 December 2024.')
  })

  it('reads the paragraphs of a multi-paragraph note as one', () => {
    const note = clause(tree, 'fn_2')
    expect(source(text, note)).toMatch(/^\[\^2\]: Amnesty International, \*We Sense Trouble\*, 2020\.\n\n {4}The report .* elsewhere\.$/)
    expect(note.reading.text).toBe('Amnesty International, We Sense Trouble, 2020. The report documents automated risk scoring in Roermond and elsewhere.')
  })

  it('links every call to its note, a named one written in other case too', () => {
    const first = clause(tree, 'p_we-the-undersigned-organisations')
    expect(calls(first).map((leaf) => [leaf.label, leaf.identifier, leaf.value])).toEqual([
      ['1', 'fn_1', '[^1]'],
      ['EDPB', 'fn_edpb', '[^EDPB]']
    ])
    expect(first.reading.text).toMatch(/ahead of the fifth trilogue\. Predictive .* have warned\.$/)
    expect(first.reading.edits.filter((edit) => edit.rule === 'footnote-marker').map((edit) => text.slice(edit.start, edit.end))).toEqual(['[^1]', '[^EDPB]'])
    expect(calls(clause(tree, 'p_we-therefore-ask-you'))[0]).toMatchObject({ label: '2', identifier: 'fn_2' })
  })

  it('links a call inside a list item', () => {
    expect(calls(clause(tree, 'item_in-the-netherlands-the'))).toMatchObject([{ identifier: 'fn_2', value: '[^2]' }])
    expect(calls(clause(tree, 'item_in-italy-systems-such'))).toMatchObject([{ identifier: 'fn_fair-trials', label: 'fair-trials' }])
  })

  it('keeps a call without its note as text, with a warning at the call', () => {
    const item = clause(tree, 'item_in-germany-police-use')
    expect(calls(item)).toEqual([])
    expect(item.reading.text).toMatch(/unconstitutional\[\^7\]\.$/)
    const warnings = rules(messages, 'letter:unresolved-footnote')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.severity).toBe('warning')
    expect(source(text, warnings[0]!)).toBe('[^7]')
  })

  it('does not take "[^1]" in inline code for a call', () => {
    const prose = clause(tree, 'p_some-drafts-mark-these')
    expect(calls(prose)).toEqual([])
    expect(prose.reading.text).toBe('Some drafts mark these calls with text such as [^1] in the margin; that is not a footnote.')
  })

  it('keeps a note nobody calls, and says so', () => {
    expect(clause(tree, 'fn_unused').reading.text).toBe('A note that nothing in the letter calls.')
    const notices = rules(messages, 'markdown:uncalled-footnote')
    expect(notices.map((message) => source(text, message))).toEqual(['[^unused]: A note that nothing in the letter calls.'])
  })

  it('reads the signatories between the closing and the notes', () => {
    expect(clauses(tree).filter((node) => node.kind === 'signatory').map((node) => node.signatory?.country)).toEqual(['International', 'Belgium'])
  })
})

describe('a letter with tables', () => {
  const text = read('./cases/table-letter.md')
  const { tree, messages } = parsed(text, undefined)
  const headings = tree.children.filter((node): node is Block => node.type === 'block' && node.role === 'heading')

  it('makes the header row a heading block and each body row an item, cells joined by commas', () => {
    expect(tree.format).toBe('markdown')
    expect(headings.map((node) => source(text, node).split('\n')[0])).toEqual(['| Practice | Council general approach | Our demand |', '| Organisation | Country |'])
    const items = clauses(tree).filter((node) => node.kind === 'item')
    expect(items.map((node) => node.reading.text)).toEqual([
      'Remote biometric identification, Allowed with narrow broad exceptions, Full ban',
      'Predictive policing, Not addressed, Ban, see Article 5(1)(d)',
      'Emotion recognition, | Allowed |, Ban',
      'Empty first cell'
    ])
    expect(source(text, items[0]!)).toBe('| Remote biometric identification | Allowed with ~~narrow~~ broad exceptions | Full ban |')
    expect(messages).toEqual([])
  })

  it('reads a table of signatories after the closing as signatories', () => {
    expect(clauses(tree).filter((node) => node.kind === 'signatory').map((node) => node.signatory)).toEqual([
      { name: 'Access Now', organisation: 'Access Now', country: 'International', type: 'organisation' },
      { name: 'Homo Digitalis', organisation: 'Homo Digitalis', country: 'Greece', type: 'organisation' }
    ])
  })
})

describe('GFM footnotes in odd places', () => {
  it('reads a note in a block quote and one after a list item', () => {
    const text = 'Dear X,\n\nSee[^q] and[^r].\n\n> [^q]: Quoted note.\n\n- An item\n\n  [^r]: Note in the item.\n'
    const { tree } = parsed(text)
    expect(clauses(tree).filter((node) => node.kind === 'footnote').map((node) => [node.id, node.reading.text])).toEqual([
      ['fn_q', 'Quoted note.'],
      ['fn_r', 'Note in the item.']
    ])
    expect(clause(tree, 'item_an-item').reading.text).toBe('An item')
    expect(calls(clause(tree, 'p_see-and')).map((leaf) => leaf.identifier)).toEqual(['fn_q', 'fn_r'])
  })

  it('gives labels that slug alike their own ids, and keeps an escaped call quiet', () => {
    const text = 'Dear X,\n\nOne[^a.b], two[^a_b], not \\[^9].\n\n[^a.b]: First.\n\n[^a_b]: Second.\n'
    const { tree, messages } = parsed(text)
    expect(calls(clause(tree, 'p_one-two-not-9')).map((leaf) => [leaf.label, leaf.identifier])).toEqual([
      ['a.b', 'fn_a-b'],
      ['a_b', 'fn_a-b-2']
    ])
    expect(rules(messages, 'letter:unresolved-footnote')).toEqual([])
  })

  it('reads a superscript inside a label as part of the call', () => {
    const text = 'Dear X,\n\nText[^¹] here.\n\n[^¹]: Note.\n\n¹ Not this one.\n'
    const { tree } = parsed(text)
    expect(calls(clause(tree, 'p_text-here'))).toMatchObject([{ value: '[^¹]', label: '¹', identifier: 'fn_x' }])
  })
})

describe('letters without GFM syntax', () => {
  // Such a letter is read without GFM's extensions, for speed; a "~" after it makes the reader
  // use them, and must change nothing before it (GFM's bare-URL links change no tree).
  const letters = [...['mep-letter-2021-10-04.md', 'ngo-letter-2021-04-01.md', 'eucrim-news-2021.md'].map(corpus), read('./cases/committee-letter.md'), read('./cases/newsletter.md')]
  it('give the same tree with GFM as without', () => {
    for (const text of letters) {
      expect(mayUseGfm(text)).toBe(false)
      const plain = parse(text, { format: 'markdown' }).tree.children
      const withGfm = parse(`${text}\n\n~`, { format: 'markdown' }).tree.children
      expect(withGfm.slice(0, plain.length - 1)).toEqual(plain.slice(0, -1))
    }
  })
})

/** Pieces of GFM footnotes and tables, so random input reaches calls, notes and rows. */
const piece = fc.constantFrom(
  '[^1]', '[^1]: ', '[^a]', '[^A]: ', '[^x y]', '[^', ']', ']:', '^', '[', '\\[^1]', '`[^1]`', '\n', '\n\n', '    ', '  ', '> ', '- ', '1. ',
  '| a | b |', '|---|---|', '|', '~~', '¹', 'Dear X,', 'Yours sincerely,', 'text', '**', 'https://a.b/c', '\r\n', 'é'
)
const gfm = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 50 }).map((parts) => parts.join(''))

describe('GFM on random input', () => {
  it('stays lossless and positioned, with unique ids, calls linked to footnote clauses only', () => {
    fc.assert(
      fc.property(gfm, (text) => {
        const { tree, messages } = parse(text, { format: 'markdown', references: false })
        expect(losslessProblems(tree, text, true)).toEqual([])
        expect(rules(messages, 'parse:internal-error')).toEqual([])
        const all = clauses(tree)
        const ids = all.map((node) => node.id)
        expect(new Set(ids).size).toBe(ids.length)
        const notes = new Set(all.filter((node) => node.kind === 'footnote').map((node) => node.id))
        for (const node of all) for (const leaf of calls(node)) expect(notes.has(leaf.identifier)).toBe(true)
      }),
      { numRuns: 400 }
    )
  })
})

describe('a call that opens a paragraph', () => {
  it('is a call, as anywhere else (a superscript there is its note\'s own label)', () => {
    const text = 'Dear Commissioner,\n\n[^1] is where the Court said so.\n\nYours sincerely,\n\n[^1]: Case C-311/18.\n'
    const { tree, messages } = parsed(text)
    const opening = clauses(tree).find((node) => source(text, node).startsWith('[^1] is'))!
    expect(calls(opening)).toMatchObject([{ label: '1', identifier: 'fn_1', value: '[^1]' }])
    expect(rules(messages, 'letter:unresolved-footnote')).toEqual([])
  })
})

describe('mayUseGfm', () => {
  it('says yes to footnotes, tables, strikethrough and task boxes, and no to a lone pipe', () => {
    expect(['a[^1]', '| a |\n|---|', 'a | b\n:-- | --:', '> |-|', '~~x~~', '- [ ] task', '1. [x] done'].map(mayUseGfm)).toEqual([true, true, true, true, true, true, true])
    expect(['defend|digital|me', 'a | b\nc | d', '[x](#)', '- [link] text', ' '.repeat(100_000) + '|x'].map(mayUseGfm)).toEqual([false, false, false, false, false])
  })
})

describe('GFM adversarial input', () => {
  const inputs: [string, string][] = [
    ['20 000 closing brackets', 'x] '.repeat(20_000)],
    ['20 000 calls in one paragraph', 'a[^1] '.repeat(20_000) + '\n\n[^1]: n\n'],
    ['20 000 notes', Array.from({ length: 20_000 }, (_, i) => `[^${i}]: x`).join('\n')],
    ['a note with 20 000 lazy lines', '[^1]: x\n' + 'y\n'.repeat(20_000)],
    ['a table of 20 000 rows', '| a | b |\n|---|---|\n' + '| x | y |\n'.repeat(20_000)],
    ['a 1 MB label', 'a[^' + 'x'.repeat(1_000_000) + ']'],
    ['a paragraph of 40 000 lines in a letter with a "~"', '~\n' + 'see www.example.org line\n'.repeat(40_000)]
  ]
  for (const [name, text] of inputs) {
    it(`stays lossless on ${name}`, () => {
      const { tree } = parse(text, { format: 'markdown', references: false })
      expect(losslessProblems(tree, text, false)).toEqual([])
    })
  }
})
