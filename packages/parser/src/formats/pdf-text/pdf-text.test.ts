import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { losslessProblems } from '../../../test/lossless.js'
import { parse } from '../../parse.js'
import type { Clause, Document } from '../../tree.js'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const clauses = (tree: Document) => tree.children.filter((node): node is Clause => node.type === 'clause')
const clause = (tree: Document, id: string) => {
  const found = clauses(tree).find((node) => node.id === id)
  if (!found) throw new Error(`no clause ${id}; ids: ${clauses(tree).map((node) => node.id).join(' ')}`)
  return found
}

function parsed(text: string) {
  const result = parse(text, { format: 'pdf-text', references: false })
  expect(losslessProblems(result.tree, text, true)).toEqual([])
  return result
}

describe('the EDRi letter of 12 January 2021 (PDF-extracted text)', () => {
  const text = read('../../../../../corpus/edri-letter-2021-01-12.txt')
  const { tree } = parsed(text)

  it('reads the letter head: date, six addressees, two copies, the subject', () => {
    expect(tree.kind).toBe('letter')
    expect(tree.meta.date).toBe('2021-01-12')
    expect(tree.meta.addressees).toEqual([
      'Executive Vice-President Vestager',
      'Vice President Jourová',
      'Commissioner Breton',
      'Commissioner Dalli',
      'Commissioner Reynders',
      'Commissioner Johansson'
    ])
    expect(tree.meta.cc).toEqual(['Lucilla Sioli', 'Juha Heikkilä'])
    expect(tree.meta.subject).toBe(
      'Open letter: Civil society call for the introduction of red lines in the upcoming European Commission proposal on Artificial Intelligence'
    )
    expect(clauses(tree).filter((node) => node.kind === 'addressee')).toHaveLength(8)
    expect(clause(tree, 'addressee_commissioner-breton').reading.text).toBe('Dear Commissioner Breton,')
  })

  it('splits the body into prose paragraphs at the runs of spaces that end sentences', () => {
    const prose = clauses(tree).filter((node) => node.kind === 'prose')
    expect(prose.map((node) => node.reading.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'We, the undersigned,',
      'EU Member States',
      'The development of',
      'We, the undersigned,',
      'In addition to',
      'In particular, we',
      'These examples illustrate',
      'We look forward'
    ])
    expect(clause(tree, 'p_we-the-undersigned-call').reading.text).toBe(
      'We, the undersigned, call for regulatory limits on deployments of artificial intelligence that unduly restrict human rights.'
    )
  })

  it('reads the seven bullets and the numbered demands with their body text', () => {
    const items = clauses(tree).filter((node) => node.kind === 'item')
    expect(items.filter((node) => node.num === undefined)).toHaveLength(7)
    expect(items.filter((node) => node.num !== undefined).map((node) => node.id)).toEqual(['item_1', 'item_2', 'item_3', 'item_4', 'item_5', 'item_1-2', 'item_2-2', 'item_3-2'])
    expect(items.filter((node) => node.num !== undefined).map((node) => node.num)).toEqual(['1', '2', '3', '4', '5', '1', '2', '3'])
    expect(clause(tree, 'item_1').reading.text).toMatch(/^1\. Biometric mass surveillance: Uses of biometric .* prohibition on biometric processing\.$/)
    expect(clause(tree, 'item_3').reading.text).toMatch(/^3\. Social scoring .* including the deployment of SyRI in the Netherlands .* access to social rights and benefits\.$/)
    expect(clause(tree, 'item_4').reading.text).toMatch(/^4\. Predictive policing: .* in order to protect fundamental rights\.$/)
    expect(clause(tree, 'item_3-2').reading.text).toBe('3. The explicit inclusion of marginalised and affected communities in the development of EU AI legislation and policy moving forward.')
    expect(clause(tree, 'item_and-crucially-the-manipulation').reading.text).toBe(
      'and, crucially, the manipulation or control of human behaviour and associated threats to human dignity, agency, and collective democracy.'
    )
  })

  it('reads every signing organisation, the EDRi members under EDRi', () => {
    const signatories = clauses(tree).filter((node) => node.kind === 'signatory')
    expect(signatories).toHaveLength(62)
    expect(signatories.every((node) => node.signatory?.type === 'organisation')).toBe(true)
    expect(signatories.filter((node) => node.parent === 'sig_european-digital-rights-edri')).toHaveLength(14)
    expect(clause(tree, 'sig_access-now').parent).toBe('sig_european-digital-rights-edri')
    expect(clause(tree, 'sig_ai-now-institute-nyu').parent).toBeUndefined()
    expect(clause(tree, 'sig_fundacion-secretariado-gitano').signatory?.name).toBe('Fundación Secretariado Gitano')
    expect(clause(tree, 'sig_stop-ethnic-profiling-platform-belgium').signatory?.name).toBe('Stop Ethnic Profiling Platform Belgium')
    expect(clause(tree, 'sig_international-decade-for-people-of-african').signatory?.country).toBe('Spain')
    expect(signatories.at(-1)!.reading.text).toBe('University College Dublin Centre for Digital Policy')
  })
})

describe('letters of our own', () => {
  it('reads a short PDF letter: two addressees, bullets, numbered points, repairs, mixed signatories', () => {
    const text = read('./cases/red-lines-2022.txt')
    const { tree, messages } = parsed(text)
    expect(tree.meta).toMatchObject({ date: '2022-06-03', subject: 'The need for strong protection of fundamental rights', addressees: ['Commissioner Dalli', 'Commissioner Reynders'] })
    expect(clause(tree, 'p_we-write-to-you').reading.text).toBe(
      'We write to you and to the College as a whole. It is vital to put safeguards in to the law a way that works, and to turn a corner.'
    )
    expect(clause(tree, 'item_guarantee-access-to-justice').reading.text).toBe('guarantee access to justice and an effective remedy.')
    expect(clause(tree, 'item_1').reading.text).toBe('1. Transparency: Every deployment must be registered in a public database. The register must be kept up to date.')
    expect(clause(tree, 'sig_maria-rossi').signatory).toEqual({ name: 'Maria Rossi', type: 'person', role: 'Chair of the Board' })
    expect(clause(tree, 'sig_citizens-for-privacy').signatory?.country).toBe('Austria')
    expect(messages.filter((message) => message.ruleId === 'repair:broken-word')).toHaveLength(4)
  })

  it('reads PDF text with hard line breaks and blank lines', () => {
    const text = read('./cases/wrapped-lines.txt')
    const { tree } = parsed(text)
    expect(tree.meta).toMatchObject({ date: '2022-09-15', addressees: ['Vice-President Jourová'], subject: 'Open letter on the Media Freedom Act' })
    expect(clause(tree, 'p_we-the-undersigned-organisations').reading.text).toBe(
      'We, the undersigned organisations, call on the Commission to protect journalists from surveillance and to ensure that the regulation covers spyware. The proposal does not go far enough.'
    )
    expect(clauses(tree).filter((node) => node.kind === 'item')).toHaveLength(2)
    expect(clauses(tree).filter((node) => node.kind === 'signatory').map((node) => node.signatory?.name)).toEqual(['European Federation of Journalists', 'Free Press Unlimited'])
  })
})

describe('hard-wrapped letters as pdftotext gives them (format detected)', () => {
  const detected = (file: string) => {
    const text = read(`./cases/${file}`)
    const result = parse(text, { references: false })
    expect(result.tree.format).toBe('pdf-text')
    expect(losslessProblems(result.tree, text, true)).toEqual([])
    return result
  }
  const kinds = (tree: Document) => clauses(tree).map((node) => node.kind)

  it('reads an NGO letter: two addressees on consecutive lines, a wrapped subject, bullets, a hyphenated word', () => {
    const { tree, messages } = detected('ngo-wrapped-2023.txt')
    expect(tree.kind).toBe('letter')
    expect(tree.meta).toMatchObject({
      date: '2023-03-14',
      place: 'Brussels',
      addressees: ['Commissioner Johansson', 'Commissioner Reynders'],
      subject: 'Joint civil society statement on the proposed regulation on detection orders'
    })
    expect(kinds(tree).slice(0, 4)).toEqual(['date', 'addressee', 'addressee', 'subject'])
    expect(clause(tree, 'p_we-the-undersigned-organisations').reading.text).toMatch(/^We, the undersigned .* put the confidentiality of private .* at risk\.$/)
    expect(messages.some((message) => message.ruleId === 'repair:hyphenation' && message.reason.includes('"confidentiality"'))).toBe(true)
    expect(clauses(tree).filter((node) => node.kind === 'prose')).toHaveLength(4)
    const items = clauses(tree).filter((node) => node.kind === 'item')
    expect(items.map((node) => node.reading.text.split(' ')[0])).toEqual(['withdraw', 'invest', 'consult'])
    expect(clause(tree, 'item_invest-in-prevention-victim').reading.text).toBe(
      'invest in prevention, victim support and the capacity of law enforcement to investigate known cases;'
    )
    expect(clause(tree, 'closing').reading.text).toBe('Yours sincerely,')
    const signatories = clauses(tree).filter((node) => node.kind === 'signatory')
    expect(signatories.map((node) => node.signatory?.name)).toEqual(['European Digital Rights (EDRi)', 'Access Now', 'Chaos Computer Club', 'Homo Digitalis'])
    expect(clause(tree, 'sig_homo-digitalis').signatory?.country).toBe('Greece')
  })

  it('reads an MEP letter: numbered points, a page number at a form feed kept out of the prose, MEPs with groups', () => {
    const text = read('./cases/mep-wrapped-2022.txt')
    const { tree, messages } = detected('mep-wrapped-2022.txt')
    expect(tree.meta).toMatchObject({ date: '2022-11-07', addressees: ['Executive Vice-President Vestager'] })
    expect(tree.meta.subject).toBeUndefined()
    expect(clause(tree, 'salutation').reading.text).toBe('Dear Executive Vice-President Vestager,')
    expect(clause(tree, 'p_we-are-writing-to').reading.text).toMatch(/Its success depends on the Commission's resources and on close .* competition authorities\.$/)
    expect(messages.some((message) => message.ruleId === 'repair:hyphenation' && message.reason.includes('"Commission'))).toBe(true)
    const items = clauses(tree).filter((node) => node.kind === 'item')
    expect(items.map((node) => node.num)).toEqual(['1', '2', '3'])
    expect(clause(tree, 'item_3').reading.text).toBe('3. Civil society and business users should be heard before any specification decision is adopted.')
    expect(clause(tree, 'p_we-would-be-grateful').reading.text).toMatch(/^We would be grateful .* exchange of views\.$/)
    const pageNumber = tree.children.find((node) => node.type === 'block' && node.role === 'other')
    expect(pageNumber && text.slice(pageNumber.position.start.offset, pageNumber.position.end.offset)).toBe('1')
    expect(clause(tree, 'closing').reading.text).toBe('Best regards,')
    const signatories = clauses(tree).filter((node) => node.kind === 'signatory')
    expect(signatories.map((node) => node.signatory?.name)).toEqual(['Andreas Schwab', 'Christel Schaldemose', 'Stéphanie Yon-Courtin', 'Alexandra Geese'])
    expect(signatories.map((node) => node.signatory?.group)).toEqual(['EPP', 'S&D', 'Renew Europe', 'Greens/EFA'])
  })
})

describe('stable ids', () => {
  const text = read('../../../../../corpus/edri-letter-2021-01-12.txt')
  const ids = (input: string) => clauses(parse(input, { format: 'pdf-text', references: false }).tree).map((node) => node.id)

  it('keeps every other id when one paragraph is rewritten', () => {
    const before = ids(text)
    const after = ids(text.replace('The development of AI offers great potential', 'Artificial intelligence could bring great potential'))
    expect(before.filter((id) => !after.includes(id))).toEqual(['p_the-development-of-ai'])
    expect(after.filter((id) => !before.includes(id))).toEqual(['p_artificial-intelligence-could-bring'])
  })
})

describe('bad input', () => {
  const inputs: [string, string][] = [
    ['100k spaces', 'a' + ' '.repeat(100_000) + 'b'],
    ['100k "a " pairs', 'a '.repeat(100_000)],
    ['a 1 MB line of "-"', '-'.repeat(1_000_000)],
    ['100k bullets', '•   '.repeat(100_000)],
    ['numbers and closings', '1. Yours sincerely,   '.repeat(20_000)],
    ['page numbers between form feeds', '1\f\n 2 \f'.repeat(50_000)],
    ['salutations after commas on every line', 'Dear A,\n'.repeat(50_000)]
  ]
  for (const [name, text] of inputs) {
    it(`stays lossless on ${name}`, () => {
      const { tree } = parse(text, { format: 'pdf-text', references: false })
      expect(losslessProblems(tree, text, false)).toEqual([])
    })
  }
})
