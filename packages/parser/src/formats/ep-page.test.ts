import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../parse.js'
import { toOriginal } from '../normalize/reading.js'
import type { Block, Clause, Document, FootnoteReference } from '../tree.js'
import { losslessProblems } from '../../test/lossless.js'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const clauses = (tree: Document) => tree.children.filter((n): n is Clause => n.type === 'clause')
const blocks = (tree: Document) => tree.children.filter((n): n is Block => n.type === 'block' && n.role !== 'blank')
const byId = (tree: Document) => new Map(clauses(tree).map((c) => [c.id, c]))
const ofKind = (tree: Document, kind: string) => clauses(tree).filter((c) => c.kind === kind)
const markers = (tree: Document) =>
  clauses(tree).flatMap((c) =>
    c.children.filter((n): n is FootnoteReference => n.type === 'footnoteReference').map((m) => [c.id, m.label, m.identifier])
  )

describe('the EP "Texts adopted" page of the resolution (corpus)', () => {
  const text = read('../../../../corpus/ep-ta-2021-0405.txt')
  const { tree, messages } = parse(text, { format: 'ep', references: false })
  const clause = byId(tree)
  const reading = (id: string) => clause.get(id)!.reading.text

  it('is lossless and positioned', () => {
    expect(losslessProblems(tree, text)).toEqual([])
    expect(messages).toEqual([])
  })

  it('finds 21 citations, 17 recitals A-Q, 36 paragraphs and 9 footnotes, in that order', () => {
    const letters = 'ABCDEFGHIJKLMNOPQ'.split('')
    const numbers = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1))
    expect(ofKind(tree, 'citation').map((c) => c.id)).toEqual(numbers(21).map((n) => `cit_${n}`))
    expect(ofKind(tree, 'recital').map((c) => [c.id, c.num])).toEqual(letters.map((l) => [`rec_${l}`, l]))
    expect(ofKind(tree, 'paragraph').map((c) => [c.id, c.num])).toEqual(numbers(36).map((n) => [`para_${n}`, n]))
    expect(ofKind(tree, 'footnote').map((c) => [c.id, c.num])).toEqual(numbers(9).map((n) => [`fn_${n}`, n]))
    expect(clauses(tree).map((c) => c.kind)).toEqual([
      ...Array(21).fill('citation'),
      ...Array(17).fill('recital'),
      ...Array(36).fill('paragraph'),
      ...Array(9).fill('footnote')
    ])
  })

  it('keeps the page chrome, the title block and the preamble as blocks', () => {
    const shown = blocks(tree).map((b) => [b.role, text.slice(b.position.start.offset, b.position.end.offset)])
    expect(shown.map(([role]) => role)).toEqual(['chrome', 'chrome', 'chrome', 'title', 'preamble', 'chrome', 'chrome'])
    expect(shown[0]![1]).toMatch(/^Texts adopted - Artificial intelligence in criminal law .* - Wednesday , 6 October 2021$/)
    expect(shown[1]![1]).toMatch(/^Choisissez la langue de votre document : bg - български .* sv - svenska Index Previous Next Full text$/)
    expect(shown[2]![1]).toMatch(/^Procedure : 2020\/2016 \( INI \) .* Texts adopted 168k 65k$/)
    expect(shown[3]![1]).toMatch(/^Wednesday , 6 October 2021 - Strasbourg Artificial intelligence .* \( 2020\/2016 \( INI \) \)$/)
    expect(shown.slice(4).map(([, t]) => t)).toEqual(['The European Parliament ,', 'Last updated : 16 December 2021', 'Legal notice - Privacy policy'])
  })

  it('reads the meta from the title block', () => {
    expect(tree.kind).toBe('resolution')
    expect(tree.meta).toEqual({
      title:
        'European Parliament resolution of 6 October 2021 on artificial intelligence in criminal law and its use by the police and judicial authorities in criminal matters',
      date: '2021-10-06',
      place: 'Strasbourg',
      adoptedText: 'P9_TA(2021)0405',
      report: 'A9-0232/2021',
      procedures: ['2020/2016(INI)']
    })
  })

  it('links every footnote marker to its footnote, and nothing else', () => {
    expect(markers(tree)).toEqual([
      ['cit_10', '1', 'fn_1'],
      ['cit_11', '2', 'fn_2'],
      ['cit_12', '3', 'fn_3'],
      ['cit_13', '4', 'fn_4'],
      ['cit_14', '5', 'fn_5'],
      ['cit_15', '6', 'fn_6'],
      ['cit_16', '7', 'fn_7'],
      ['para_29', '8', 'fn_8'],
      ['para_35', '9', 'fn_9']
    ])
  })

  it('reads the first and last words of chosen clauses', () => {
    expect(reading('cit_1')).toMatch(/^having regard to the Treaty on European Union, in particular Articles 2 and 6 thereof, .* Article 16 thereof,$/)
    expect(reading('cit_21')).toBe('having regard to the report of the Committee on Civil Liberties, Justice and Home Affairs (A9-0232/2021),')
    expect(reading('rec_A')).toMatch(/^whereas digital technologies in general .* human capabilities and safety;$/)
    expect(reading('rec_Q')).toMatch(/^whereas, the deployment of AI .* in law enforcement and adjudication;$/)
    expect(reading('para_1')).toMatch(/^Reiterates that, as processing large quantities of personal data .* should be prevented;$/)
    expect(reading('para_24')).toMatch(/^Notes that predictive policing is among the AI applications .* opposes, therefore, the use of AI by law enforcement authorities to make behavioural predictions .* likely to commit a crime;$/)
    expect(reading('para_27')).toMatch(/^Calls, however, for a moratorium on the deployment of facial recognition systems for law enforcement purposes .* should not be used or deployed;$/)
    expect(reading('para_36')).toBe('Instructs its President to forward this resolution to the Council and the Commission.')
    expect(reading('fn_1')).toBe('OJ L 119, 4.5.2016, p. 1.')
    expect(reading('fn_8')).toMatch(/^Council Decision 2008\/615\/JHA of 23 June 2008 .* \(OJ L 210, 6\.8\.2008, p\. 1\)\.$/)
  })

  it('does not end a paragraph at "e.g ." or "i.e .", nor start one at "Article 16" or "21st century"', () => {
    expect(reading('para_25')).toContain('(i.e. matching a live face to a photo in an ID document, e.g. smart borders)')
    expect(reading('rec_M')).toContain('aural surveillance (i.e. gunshot detection algorithms)')
    expect(reading('rec_A')).toContain('one of the strategic technologies of the 21st century,')
  })

  it('repairs spaced punctuation in the reading and maps it back', () => {
    expect(reading('cit_2')).toContain('(the “Charter”), in particular Articles 6, 7, 8, 11, 12, 13, 20, 21, 24 and 47 thereof,')
    expect(reading('cit_6')).toContain('entitled ‘Building Trust in Human-Centric Artificial Intelligence’ (COM(2019)0168),')
    expect(reading('cit_10')).toContain('Regulation (EU) 2016/679')
    expect(reading('cit_10')).toMatch(/\(General Data Protection Regulation\),$/)
    expect(reading('para_29')).toContain('the Prüm Decision, including regarding facial images;')
    const para24 = clause.get('para_24')!
    const at = para24.reading.text.indexOf('LIBE Committee’s mission')
    const start = toOriginal(para24.reading, para24.position.start.offset, at, 'start')
    const end = toOriginal(para24.reading, para24.position.start.offset, at + 'LIBE Committee’s mission'.length, 'end')
    expect(text.slice(start, end)).toBe('LIBE Committee ’ s mission')
  })

  it('changes nothing but white space, labels and markers', () => {
    for (const c of clauses(tree)) {
      for (const edit of c.reading.edits) {
        const original = text.slice(edit.start, edit.end)
        if (edit.rule === 'spaced-punctuation' || edit.rule === 'whitespace') expect(original.trim()).toBe('')
        else expect(['label', 'footnote-marker']).toContain(edit.rule)
      }
    }
  })
})

interface Case {
  file: string
  counts: Record<string, number>
  lastIds: Record<string, string>
  headings: string[]
  markers: [string, string][]
  meta: Record<string, unknown>
  readings: Record<string, string>
}

describe('other EP pages in the same format', () => {
  const cases = JSON.parse(read('./ep-page/cases/expected.json')) as Case[]
  for (const c of cases) {
    it(`reads ${c.file}`, () => {
      const text = read(`./ep-page/cases/${c.file}`)
      const { tree } = parse(text, { references: false })
      expect(tree.format).toBe('ep')
      expect(losslessProblems(tree, text)).toEqual([])
      const counts: Record<string, number> = {}
      for (const n of clauses(tree)) counts[n.kind] = (counts[n.kind] ?? 0) + 1
      expect(counts).toEqual(c.counts)
      for (const [kind, id] of Object.entries(c.lastIds)) expect(ofKind(tree, kind).at(-1)!.id).toBe(id)
      expect(blocks(tree).filter((b) => b.role === 'heading').map((b) => b.children.map((l) => ('value' in l ? l.value : '')).join(''))).toEqual(c.headings)
      expect(markers(tree).map(([id, label]) => [id, label])).toEqual(c.markers)
      expect(tree.meta).toEqual(c.meta)
      const clause = byId(tree)
      for (const [id, want] of Object.entries(c.readings)) expect(clause.get(id)?.reading.text, id).toBe(want)
    })

    it(`reads ${c.file} the same with Windows line ends`, () => {
      const text = read(`./ep-page/cases/${c.file}`)
      const shown = (t: string) => clauses(parse(t, { references: false }).tree).map((n) => [n.id, n.reading.text])
      const crlf = text.replace(/\n/g, '\r\n')
      expect(shown(crlf)).toEqual(shown(text))
      expect(losslessProblems(parse(crlf, { references: false }).tree, crlf)).toEqual([])
    })
  }
})

describe('EP pages that are damaged or not EP pages', () => {
  it('reports a missing paragraph number and goes on', () => {
    const text = 'The European Parliament , 1 . Calls for one thing ; 3 . Calls for another ; 4 . Instructs its President .'
    const { tree, messages } = parse(text, { format: 'ep', references: false })
    expect(ofKind(tree, 'paragraph').map((c) => c.id)).toEqual(['para_1', 'para_3', 'para_4'])
    expect(messages.map((m) => m.ruleId)).toEqual(['ep:numbering-gap'])
    expect(losslessProblems(tree, text)).toEqual([])
  })

  it('reads text without EP structure as plain text, with a message', () => {
    const text = 'Dear colleagues,\n\nPlease vote.\n'
    const { tree, messages } = parse(text, { format: 'ep', references: false })
    expect(messages.map((m) => m.ruleId)).toEqual(['ep:no-structure'])
    expect(clauses(tree).map((c) => c.reading.text)).toEqual(['Dear colleagues,', 'Please vote.'])
    expect(losslessProblems(tree, text)).toEqual([])
  })

  it('does not take a bracketed number for a footnote marker when no such footnote exists', () => {
    const text = 'The European Parliament , 1 . Notes Article 9 ( 2 ) and COM ( 2019 ) 0168 , and Decision ( 3 ) ; 2 . Instructs its President . ( 1 ) OJ L 1 , p. 1 .'
    const { tree } = parse(text, { format: 'ep', references: false })
    expect(markers(tree)).toEqual([])
    expect(byId(tree).get('para_1')!.reading.text).toBe('Notes Article 9(2) and COM(2019)0168, and Decision (3);')
    expect(byId(tree).get('fn_1')!.reading.text).toBe('OJ L 1, p. 1.')
  })

  it('tells footnote markers from provisions and numbered points', () => {
    const text =
      'The European Parliament , 1 . Notes Article 9 ( 1 ) , the opinion of 22 September 2021 ( 1 ) , Regulation ( EU ) 2016/679 ( 1 ) and the Decision ( 1 ) ; whereas : ( 1 ) The market ; 2 . Instructs its President . ( 1 ) OJ L 1 .'
    const { tree } = parse(text, { format: 'ep', references: false })
    expect(markers(tree)).toEqual([
      ['para_1', '1', 'fn_1'],
      ['para_1', '1', 'fn_1'],
      ['para_1', '1', 'fn_1']
    ])
    expect(byId(tree).get('para_1')!.reading.text).toBe(
      'Notes Article 9(1), the opinion of 22 September 2021, Regulation (EU) 2016/679 and the Decision; whereas: (1) The market;'
    )
  })
})
