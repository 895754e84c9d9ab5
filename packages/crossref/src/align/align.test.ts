import type { Clause, Document } from '@whereas/parser'
import { describe, expect, it } from 'vitest'
import { corpusTrees, readCorpusFile } from '../../test/corpus.js'
import { clauseIds, parseAnnotations } from '../annotations/parse.js'
import { align, type DemandAlignment } from './align.js'
import judged from './judged.json' with { type: 'json' }

const trees = corpusTrees()
const machine = align(trees)

function demandWith(doc: string, fragment: string): DemandAlignment | undefined {
  return machine.demands.find((d) => d.doc === doc && d.text.toLowerCase().includes(fragment.toLowerCase()))
}

describe('alignment anchors', () => {
  it('answers the predictive policing demand with paragraph 24, met: opposing the use is a prohibition', () => {
    const d = demandWith('edri-letter-2021-01-12', 'must legally prohibit deployments of predictive policing')
    const first = d?.matches[0]
    expect(first?.id).toBe('para_24')
    expect(first?.stance).toBe('met')
    expect(first?.evidence.map((e) => e.text).join(' ')).toMatch(/opposes/)
  })

  it('answers the social scoring demand with paragraph 32 first, in part: it bans scoring, not AI that decides benefits', () => {
    const d = demandWith('edri-letter-2021-01-12', 'must legally restrict uses and deployments of AI')
    expect(d?.subject?.key).toBe('social-scoring')
    expect(d?.matches[0]?.id).toBe('para_32')
    expect(d?.matches[0]?.stance).toBe('partial')
    expect(d?.matches[0]?.evidence.map((e) => e.text).join(' ')).toMatch(/also covers access to social rights and benefits/)
  })

  it('puts paragraphs 31, 26 and 27 first for every demand to ban biometric mass surveillance', () => {
    const bans = machine.demands.filter((d) => d.ask === 'ban' && d.subject?.key === 'biometric-mass-surveillance')
    expect(bans.length).toBeGreaterThanOrEqual(6)
    for (const d of bans) expect(d.matches.slice(0, 3).map((m) => m.id).sort(), d.quote).toEqual(['para_26', 'para_27', 'para_31'])
  })

  it('answers the ban on biometric mass surveillance with paragraphs 26, 27 and 31, partially, and says why', () => {
    const d = demandWith('ngo-letter-2021-04-01', 'we therefore call for a ban on the indiscriminate')
    const byId = new Map(d?.matches.map((m) => [m.id, m]))
    for (const id of ['para_26', 'para_27', 'para_31']) expect(byId.get(id)?.stance, id).toBe('partial')
    const p27 = byId.get('para_27')!.evidence.map((e) => e.text).join('\n')
    expect(p27).toMatch(/moratorium/)
    expect(p27).toMatch(/unless strictly used for the purpose of identification of victims of crime/)
    expect(byId.get('para_31')!.evidence.some((e) => e.kind === 'scope')).toBe(true)
  })

  it('finds no answer to the demands on workers and manipulation', () => {
    for (const fragment of ['the surveillance of workers', 'the manipulation or control of human behaviour']) {
      const d = demandWith('edri-letter-2021-01-12', fragment)
      expect(d, fragment).toBeDefined()
      for (const m of d!.matches) expect(m.stance, `${fragment} -> ${m.id}`).toBe('not addressed')
    }
  })

  it('gives every match its evidence and marks it machine-made', () => {
    for (const d of machine.demands) {
      for (const m of d.matches) {
        // An answer shows ask against ask; a clause off the subject says so.
        const kinds = m.evidence.map((e) => e.kind)
        expect(m.stance === 'not addressed' ? kinds.length > 0 : kinds.includes('ask')).toBe(true)
        expect(m.source).toBe('machine')
      }
    }
  })

  it('does not count restatements as demands', () => {
    const restated = machine.demands.filter((d) => d.restates)
    expect(restated.length).toBeGreaterThan(0)
    expect(machine.figures.demands).toBe(machine.demands.length - restated.length)
  })
})

interface Pair {
  doc: string
  fragment: string
  expect: [string, string][] | 'none'
}

describe('judged demand-paragraph pairs', () => {
  it('puts the judged paragraphs in the first three matches, with the judged stance', () => {
    let pairs = 0
    let inTop3 = 0
    let inTop5 = 0
    let stanceRight = 0
    let noneRight = 0
    const nones = (judged.pairs as Pair[]).filter((p) => p.expect === 'none')
    const misses: string[] = []
    for (const p of judged.pairs as Pair[]) {
      const d = demandWith(p.doc, p.fragment)
      expect(d, `${p.doc}: "${p.fragment}"`).toBeDefined()
      if (p.expect === 'none') {
        if (d!.matches.every((m) => m.stance === 'not addressed')) noneRight++
        continue
      }
      for (const [id, stance] of p.expect) {
        pairs++
        const rank = d!.matches.findIndex((m) => m.id === id)
        if (rank >= 0 && rank < 5) inTop5++
        if (rank >= 0 && rank < 3) inTop3++
        else misses.push(`${p.fragment} -> ${id} at rank ${rank < 0 ? '-' : rank + 1}`)
        if (d!.matches[rank]?.stance === stance) stanceRight++
        else if (rank >= 0) misses.push(`${p.fragment} -> ${id}: ${d!.matches[rank]?.stance}, judged ${stance}`)
      }
    }
    console.log(
      `judged pairs: ${inTop3}/${pairs} in the first three matches, ${inTop5}/${pairs} in the first five, stance right for ${stanceRight}/${pairs}; ` +
        `${noneRight}/${nones.length} unanswered demands left unanswered\n  misses: ${misses.join('\n          ')}`
    )
    // The figures of the README; a change of rules that loses ground fails here.
    expect(pairs).toBeGreaterThanOrEqual(40)
    expect(inTop3 / pairs).toBeGreaterThanOrEqual(0.9)
    expect(inTop5 / pairs).toBeGreaterThanOrEqual(0.95)
    expect(stanceRight / pairs).toBeGreaterThanOrEqual(0.9)
    expect(noneRight).toBe(nones.length)
  })
})

describe('curated annotations', () => {
  const file = 'corpus/annotations.yaml'
  const { annotations, errors } = parseAnnotations(readCorpusFile('annotations.yaml'), file, clauseIds(trees))

  it('the seed file is valid', () => {
    expect(errors).toEqual([])
    expect(annotations.notes.length).toBeGreaterThanOrEqual(3)
  })

  it('confirms or overrides the rules and says which is which', () => {
    const curated = align(trees, annotations)
    const mep = curated.demands.find((x) => x.doc === 'mep-letter-2021-10-04' && x.text.includes('opposing the amendments'))
    const confirmed = mep?.matches.find((x) => x.id === 'para_31')
    expect(confirmed).toMatchObject({ source: 'curated', stance: 'met' })
    expect(confirmed?.machineStance).toBeUndefined()
    expect(confirmed?.evidence[0]?.text).toMatch(/^Confirmed by an editor: met\./)
    expect(mep?.notes[0]?.note).toMatch(/A9-0232\/2021/)
    expect(mep?.matches.filter((x) => x.source === 'machine').length).toBeGreaterThan(0)

    // The rules now read paragraph 32 as narrower than the social-scoring demand; the editor's
    // note confirms it, and a confirmation the rules disagreed with would be a warning.
    const scoring = curated.demands.find((x) => x.doc === 'edri-letter-2021-01-12' && x.text.includes('must legally restrict uses'))
    const confirmedScoring = scoring?.matches.find((x) => x.id === 'para_32')
    expect(confirmedScoring).toMatchObject({ source: 'curated', stance: 'partial' })
    expect(confirmedScoring?.machineStance).toBeUndefined()
    expect(curated.warnings).toEqual([])
  })
})

describe('stances on documents written for the test', () => {
  const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
  const clause = (id: string, kind: Clause['kind'], text: string, num?: string): Clause => ({
    type: 'clause', id, kind, position: at, reading: { text, edits: [] }, children: [], ...(num ? { num } : {})
  })
  const doc = (id: string, kind: string, clauses: Clause[]): Document => ({ type: 'document', id, kind, format: 'text', meta: {}, position: at, children: clauses })
  const resolution = doc('res', 'resolution', [
    clause('para_6', 'paragraph', '6. Highlights the legal requirement to ban the use of applications that could result in mass surveillance;', '6'),
    clause('para_7', 'paragraph', '7. Urges the Commission not to extend the Prüm framework unless facial recognition is shown to be reliable;', '7'),
    clause('para_1', 'paragraph', '1. Encourages Member States to deploy predictive policing tools in every city;', '1'),
    clause('para_2', 'paragraph', '2. Calls for a moratorium on the use of emotion recognition at the border until its scientific basis is shown;', '2'),
    clause('para_3', 'paragraph', '3. Notes that welfare fraud detection relies on automated systems;', '3'),
    clause('para_4', 'paragraph', '4. Calls for a ban on social scoring by public authorities, unless strictly authorised by law;', '4'),
    clause('para_5', 'paragraph', '5. Calls for impact assessments with the active engagement of civil society and affected communities;', '5')
  ])
  const letter = doc('letter', 'letter', [
    clause('p_1', 'prose', 'We call for a ban on predictive policing.'),
    clause('p_2', 'prose', 'We call for a ban on emotion recognition at the border.'),
    clause('p_3', 'prose', 'We urge you to restrict AI in welfare fraud detection.'),
    clause('p_4', 'prose', 'We call for a ban on social scoring without exceptions.'),
    clause('p_5', 'prose', 'We call for the inclusion of affected communities in the development of EU AI legislation.'),
    clause('p_6', 'prose', 'We call for a ban on facial recognition and biometric mass surveillance.')
  ])
  const result = align([resolution, letter])
  const stanceOf = (demand: string, para: string) => result.demands.find((d) => d.id === demand)?.matches.find((m) => m.id === para)?.stance

  it('answers with no matches, not an error, when there is no resolution or no letter', () => {
    expect(align([]).demands).toEqual([])
    expect(align([letter]).demands.every((d) => d.matches.length === 0)).toBe(true)
    expect(align([resolution]).demands).toEqual([])
  })
  it('warns, and applies nothing, when an annotation names no demand or contradicts what it confirms', () => {
    const curated = align([resolution, letter], {
      notes: [],
      links: [],
      alignments: [
        { demand: 'res#para_1', clause: 'res#para_2', action: 'correct', stance: 'met', line: 3 },
        { demand: 'letter#p_2', clause: 'res#para_2', action: 'confirm', stance: 'met', line: 7 },
        { demand: 'letter#p_3', clause: 'res#para_4', action: 'correct', stance: 'partial', line: 11 }
      ]
    })
    expect(curated.warnings[0]).toMatch(/line 3: res#para_1 is not a demand/)
    expect(curated.warnings[1]).toMatch(/line 7: confirms "met" for letter#p_2 -> res#para_2, the rules say "partial"/)
    const added = curated.demands.find((d) => d.id === 'p_3')?.matches.find((m) => m.id === 'para_4')
    expect(added).toMatchObject({ source: 'curated', stance: 'partial' })
    expect(added?.evidence[0]?.text).toMatch(/^Corrected by an editor to partial\./)
    const corrected = curated.demands.find((d) => d.id === 'p_2')?.matches.find((m) => m.id === 'para_2')
    expect(corrected).toMatchObject({ source: 'curated', stance: 'met', machineStance: 'partial' })
    expect(corrected?.evidence[0]?.text).toMatch(/^Confirmed by an editor: met \(the rules said partial\)\./)
  })
  it('reads favouring the use as opposed to a ban', () => expect(stanceOf('p_1', 'para_1')).toBe('opposed'))
  it('reads a moratorium as a partial answer to a ban', () => expect(stanceOf('p_2', 'para_2')).toBe('partial'))
  it('reads noting as no answer', () => expect(stanceOf('p_3', 'para_3')).toBe('not addressed'))
  it('reads a say in assessments as a partial answer to a say in making the law', () => expect(stanceOf('p_5', 'para_5')).toBe('partial'))
  it('reads a ban on mass surveillance in general as a partial answer to a ban on biometric mass surveillance', () => {
    expect(stanceOf('p_6', 'para_6')).toBe('partial')
    const m = result.demands.find((d) => d.id === 'p_6')?.matches.find((x) => x.id === 'para_6')
    expect(m?.evidence.map((e) => e.text).join(' ')).toMatch(/Less specific: it speaks of “mass surveillance” in general/)
  })
  it('ranks a clause that names the subject only in an exception below one that asks about it', () => {
    const matches = result.demands.find((d) => d.id === 'p_6')?.matches ?? []
    const rank = (id: string) => matches.findIndex((m) => m.id === id)
    expect(rank('para_7')).toBeGreaterThan(rank('para_6'))
    expect(matches[rank('para_7')]?.evidence.map((e) => e.text).join(' ')).toMatch(/only in an exception or a condition/)
  })
  it('reads a ban with an exception as partial, and shows the exception', () => {
    expect(stanceOf('p_4', 'para_4')).toBe('partial')
    const m = result.demands.find((d) => d.id === 'p_4')?.matches.find((x) => x.id === 'para_4')
    expect(m?.evidence.find((e) => e.kind === 'exception')?.text).toMatch(/unless strictly authorised by law/)
  })
})
