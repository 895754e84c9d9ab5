import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { losslessProblems } from '../../../test/lossless.js'
import { parse } from '../../parse.js'
import type { Block, Clause, Document } from '../../tree.js'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const corpus = (file: string) => read(`../../../../../corpus/${file}`)

const clauses = (tree: Document) => tree.children.filter((node): node is Clause => node.type === 'clause')
const blocks = (tree: Document, role: Block['role']) => tree.children.filter((node): node is Block => node.type === 'block' && node.role === role)
const clause = (tree: Document, id: string) => {
  const found = clauses(tree).find((node) => node.id === id)
  if (!found) throw new Error(`no clause ${id}; ids: ${clauses(tree).map((node) => node.id).join(' ')}`)
  return found
}
const source = (text: string, node: { position: { start: { offset: number }; end: { offset: number } } }) =>
  text.slice(node.position.start.offset, node.position.end.offset)

function parsed(text: string) {
  const result = parse(text, { format: 'markdown', references: false })
  expect(losslessProblems(result.tree, text, true)).toEqual([])
  return result
}

describe('the MEP letter of 4 October 2021', () => {
  const text = corpus('mep-letter-2021-10-04.md')
  const { tree } = parsed(text)

  it('reads the letter head into meta and clauses', () => {
    expect(tree.kind).toBe('letter')
    expect(tree.meta).toMatchObject({ title: 'Vote today, to stop a future of biometric mass surveillance in Europe!', date: '2021-10-04', place: 'Brussels', addressees: ['colleagues'] })
    expect(blocks(tree, 'title')).toHaveLength(1)
    expect(clause(tree, 'date').reading.text).toBe('Brussels, 4 October 2021')
    expect(clause(tree, 'salutation').kind).toBe('salutation')
    expect(clause(tree, 'closing').reading.text).toBe('Best regards,')
  })

  it('keeps the body as prose, markdown syntax out of the reading', () => {
    const prose = clauses(tree).filter((node) => node.kind === 'prose')
    expect(prose).toHaveLength(8)
    const first = clause(tree, 'p_today-you-will-vote')
    expect(first.reading.text).toMatch(/^Today, you will vote on amendments to the Vitanov report on Artificial Intelligence in criminal law .* \(A9-0232\/2021\)\. These amendments would/)
    expect(first.reading.text).not.toMatch(/\*\*|\]\(#\)|\\\(/)
    expect(source(text, first)).toContain('[amendments](#)')
    expect(first.reading.edits.every((edit) => edit.rule === 'markdown-syntax' || edit.rule === 'whitespace')).toBe(true)
    expect(clause(tree, 'p_dear-colleagues-let-us').reading.text).toMatch(/^Dear Colleagues, let us stand up .* for a just society\.$/)
  })

  it('reads 25 signatories with name, role and group', () => {
    const signatories = clauses(tree).filter((node) => node.kind === 'signatory')
    expect(signatories).toHaveLength(25)
    expect(signatories.every((node) => node.signatory?.type === 'person' && node.signatory.group)).toBe(true)
    expect(clause(tree, 'sig_patrick-breyer').signatory).toEqual({ name: 'Patrick Breyer', type: 'person', role: 'MEP; Shadow Rapporteur', group: 'Greens/EFA' })
    expect(clause(tree, 'sig_cornelia-ernst').signatory).toMatchObject({ name: 'Cornelia Ernst', group: 'The Left', role: 'MEP; Shadow Rapporteur' })
    expect(clause(tree, 'sig_kim-van-sparrentak').signatory).toMatchObject({ group: 'Greens/EFA', role: 'Shadow Rapporteur for the Artificial Intelligence Act' })
    expect(signatories.at(-1)!.signatory).toEqual({ name: 'Tiemo Wölken', type: 'person', role: 'MEP', group: 'S&D' })
  })
})

describe('the letter of 52 organisations of 1 April 2021', () => {
  const text = corpus('ngo-letter-2021-04-01.md')
  const { tree } = parsed(text)

  it('reads date, subject, addressee and copies', () => {
    expect(tree.meta.date).toBe('2021-04-01')
    expect(tree.meta.place).toBeUndefined()
    expect(tree.meta.subject).toBe('Seeking your support for a specific ban on biometric mass surveillance practices on fundamental rights grounds')
    expect(tree.meta.addressees).toEqual(['Commissioner Reynders'])
    expect(tree.meta.cc).toEqual(['Executive Vice-President Vestager', 'Vice-President Jourová', 'Commissioner Dalli', 'Acting Director-General Saastamoinen, DG-JUST', "Reynders' cabinet"])
    expect(clauses(tree).filter((node) => node.kind === 'addressee').map((node) => node.id)[1]).toBe('cc_vice-president-jourova')
  })

  it('reads the three numbered points with their bullets, and the three closing demands', () => {
    const items = clauses(tree).filter((node) => node.kind === 'item')
    expect(items.filter((node) => node.num !== undefined).map((node) => node.id)).toEqual(['item_1', 'item_2', 'item_3', 'item_1-2', 'item_2-2', 'item_3-2'])
    expect(items.filter((node) => node.parent === 'item_1')).toHaveLength(5)
    expect(items.filter((node) => node.parent === 'item_2')).toHaveLength(3)
    expect(items.filter((node) => node.parent === 'item_3')).toHaveLength(3)
    expect(clause(tree, 'item_1').reading.text).toMatch(/^1\. Civil society is calling for a specific ban .* are not proving sufficient:$/)
    expect(clause(tree, 'item_1-2').reading.text).toMatch(/^1\. The legislative proposal on artificial intelligence .* on fundamental rights grounds;/)
    expect(clause(tree, 'item_1_we-therefore-call-for').reading.text).toMatch(/^We therefore call for a ban on the indiscriminate .* strictly and demonstrably necessary and proportionate\.$/)
  })

  it('links the footnote markers to the footnotes', () => {
    expect(clauses(tree).filter((node) => node.kind === 'footnote').map((node) => node.id)).toEqual(['fn_1', 'fn_2', 'fn_3'])
    expect(clause(tree, 'fn_1').reading.text).toBe("¹ 'Ban Biometric Mass Surveillance', EDRi, May 2020: https://edri.org/wp-content/uploads/2020/05/Paper-Ban-Biometric-Mass-Surveillance.pdf")
    const references = clauses(tree).flatMap((node) => node.children.filter((leaf) => leaf.type === 'footnoteReference'))
    expect(references.map((leaf) => leaf.type === 'footnoteReference' && leaf.identifier)).toEqual(['fn_1', 'fn_2', 'fn_3'])
    expect(references.map((leaf) => source(text, leaf))).toEqual(['¹', '²', '³'])
  })

  it('reads 52 organisations and 3 individuals, and keeps the logo text out of them', () => {
    const signatories = clauses(tree).filter((node) => node.kind === 'signatory')
    expect(signatories.filter((node) => node.signatory?.type === 'organisation')).toHaveLength(52)
    expect(signatories.filter((node) => node.signatory?.type === 'person')).toHaveLength(3)
    expect(clause(tree, 'sig_access-now').signatory).toEqual({ name: 'Access Now', organisation: 'Access Now', country: 'International', type: 'organisation' })
    expect(clause(tree, 'sig_douwe-korff').signatory).toEqual({ name: 'Douwe Korff', type: 'person', role: 'Emeritus Professor of International Law' })
    expect(clause(tree, 'sig_vrijschift-org').signatory?.country).toBe('the Netherlands')
    const logos = blocks(tree, 'other').map((node) => source(text, node))
    expect(logos).toContain('CHAOS COMPUTER CLUB\nLETZEBUERG')
    expect(logos).toContain('PRIVACY NETWORK')
    expect(blocks(tree, 'heading').map((node) => source(text, node))).toEqual(['Organisations:', 'Individuals:'])
  })
})

describe('the eucrim news item', () => {
  const text = corpus('eucrim-news-2021.md')
  const { tree } = parsed(text)

  it('reads the title, the author, the body and the three demands', () => {
    expect(tree.meta.title).toBe('Plans to Regulate AI Technology Enabling Biometric Mass Surveillance under Fire')
    expect(tree.meta.authors).toEqual(['Thomas Wahl'])
    expect(tree.kind).toBe('news')
    const items = clauses(tree).filter((node) => node.kind === 'item')
    expect(items.map((node) => node.reading.text.split(' ').slice(0, 3).join(' '))).toEqual(['The legislative proposal', 'The EU must', 'Marginalised and affected'])
    expect(clauses(tree).filter((node) => node.kind === 'prose').map((node) => node.id)).toEqual(['p_over-50-civil-society', 'p_the-letter-underlines-that'])
    expect(clause(tree, 'p_the-letter-underlines-that').reading.text).toMatch(/European Citizens’ initiative seeking a ban on biometric surveillance practices \(→ related link\)/)
  })

  it('keeps the site footer out of the clauses, as chrome', () => {
    const chrome = blocks(tree, 'chrome').map((node) => source(text, node))
    expect(chrome).toContain('ISSN: 1862-6947')
    expect(chrome).toContain('## About eu crim')
    expect(chrome.at(-1)).toBe('Co-funded by  \nthe European Union')
    expect(clauses(tree).some((node) => /ISSN|About eu crim|Co-funded/.test(node.reading.text))).toBe(false)
  })
})

describe('letters of our own', () => {
  it('reads a committee letter: place and date, subject, nested demands, footnote, three kinds of signatory', () => {
    const text = read('./cases/committee-letter.md')
    const { tree } = parsed(text)
    expect(tree.meta).toMatchObject({ title: 'Joint statement on the Artificial Intelligence Act', date: '2023-03-14', place: 'Strasbourg', subject: 'Prohibitions in Article 5 of the AI Act', addressees: ['Members of the LIBE Committee'] })
    expect(clauses(tree).filter((node) => node.parent === 'item_1').map((node) => node.reading.text)).toEqual(['in real time;', 'after the fact.'])
    expect(clause(tree, 'p_we-write-ahead-of').reading.text).toBe("We write ahead of the vote on the compromise amendments to ask you to keep the prohibitions* that protect people's rights.²")
    expect(clause(tree, 'p_we-write-ahead-of').children.at(-1)).toMatchObject({ type: 'footnoteReference', identifier: 'fn_2', label: '2' })
    expect(clause(tree, 'sig_jane-doe').signatory).toEqual({ name: 'Jane Doe', type: 'person', role: 'Director, Rights Watchers Europe' })
    expect(clause(tree, 'sig_example-network').signatory?.country).toBe('Belgium')
    expect(clause(tree, 'sig_john-smith').signatory).toMatchObject({ group: 'Renew', role: 'MEP; Shadow Rapporteur' })
  })

  it('reads quotes, nested bullets, code, images and entities, and signatory lists under headings', () => {
    const text = read('./cases/newsletter.md')
    const { tree } = parsed(text)
    expect(clause(tree, 'p_the-council-agreed-its').reading.text).toBe('The Council agreed its position on the proposal. Trilogues start next month.')
    expect(clause(tree, 'item_council-general-approach-adopted_with-exceptions-for-national').parent).toBe('item_council-general-approach-adopted')
    expect(clause(tree, 'p_some-code-and-an').reading.text).toBe('Some code and an image of a chart and an & entity © here.')
    expect(clause(tree, 'sig_ada-lovelace').signatory).toEqual({ name: 'Ada Lovelace', type: 'person', role: 'Professor of Computing' })
    expect(clause(tree, 'sig_statewatch').signatory).toMatchObject({ type: 'organisation', country: 'UK' })
  })
})

describe('after the closing', () => {
  it('reads a postscript as prose, not as a signatory', () => {
    const text = 'Dear Ms Smith,\n\nThank you for your reply.\n\nThank you,\n\nAnna Berg, Policy Officer\n\nP.S. We will publish this letter on our website next week. Please tell us before Friday if you would like us to include your reply as well.\n'
    const { tree } = parsed(text)
    expect(clauses(tree).map((node) => node.kind)).toEqual(['salutation', 'prose', 'closing', 'signatory', 'prose'])
    expect(clause(tree, 'sig_anna-berg').signatory).toEqual({ name: 'Anna Berg', type: 'person', role: 'Policy Officer' })
  })
})

describe('footnote markers', () => {
  it('keeps a marker without its footnote as text, with a warning at the marker', () => {
    const text = 'Dear Commissioner,\n\nWe refer to our earlier letter.⁷ And to the law.¹\n\n¹ The law.\n'
    const { tree, messages } = parsed(text)
    const leaves = clause(tree, 'p_we-refer-to-our').children
    expect(leaves.map((leaf) => leaf.type)).toEqual(['text', 'footnoteReference'])
    const warning = messages.find((message) => message.ruleId === 'letter:unresolved-footnote')!
    expect(warning.severity).toBe('warning')
    expect(source(text, { position: warning.position! })).toBe('⁷')
  })
})

describe('stable ids', () => {
  const text = corpus('ngo-letter-2021-04-01.md')
  const ids = (input: string) => clauses(parse(input, { format: 'markdown', references: false }).tree).map((node) => node.id)

  it('keeps every other id when one paragraph is rewritten, one is added, and one bullet is removed', () => {
    const before = ids(text)
    const edited = text
      .replace('The European Commission has set itself the important task', 'Brussels has given itself the task')
      .replace('We would thus like to call your attention', 'A new paragraph about something else.\n\nWe would thus like to call your attention')
      .replace(/- We welcome that the Commission has chosen[^\n]*\n/, '')
    const after = ids(edited)
    const gone = before.filter((id) => !after.includes(id))
    const added = after.filter((id) => !before.includes(id))
    expect(gone).toEqual(['p_the-european-commission-has', 'item_2_we-welcome-that-the'])
    expect(added).toEqual(['p_brussels-has-given-itself', 'p_a-new-paragraph-about'])
  })
})

describe('containers', () => {
  it('reads a quote with lazy lines as a quote, and one with hundreds as a plain paragraph', () => {
    const quote = (lines: number) => 'Dear Commissioner,\n\n> We ask\n' + 'that you act\n'.repeat(lines) + '\nYours sincerely,\n'
    for (const lines of [3, 1000]) {
      const text = quote(lines)
      const { tree } = parse(text, { format: 'markdown', references: false })
      expect(losslessProblems(tree, text, false)).toEqual([])
      const asked = clauses(tree).find((node) => text.slice(node.position.start.offset, node.position.end.offset).includes('We ask'))!
      expect(asked.reading.text.startsWith(lines === 3 ? 'We ask' : '· We ask')).toBe(true)
    }
  })
})

describe('bad input', () => {
  const inputs: [string, string][] = [
    ['20 000 nested list markers', '- '.repeat(20_000) + 'x'],
    ['50 000 nested brackets', '['.repeat(50_000) + 'x' + ']'.repeat(50_000)],
    ['100k spaces', ' '.repeat(100_000)],
    ['100k "a " pairs', 'a '.repeat(100_000)],
    ['a 1 MB line of "-"', '-'.repeat(1_000_000)],
    ['superscripts only', '¹²³⁴'.repeat(10_000)],
    ['a quote with 32 000 lazy lines', '> start\n' + 'lazy line\n'.repeat(32_000)],
    ['a list item with 32 000 lazy lines', '1. start\n' + '   lazy line\n'.repeat(32_000)],
    ['a paragraph of 60 000 emphasised words', 'word *em* _em_ '.repeat(60_000)],
    ['a tight list of 5 000 "*" bullets', '* item\n'.repeat(5_000)]
  ]
  for (const [name, text] of inputs) {
    it(`reads ${name} as Markdown, losslessly`, () => {
      const { tree, messages } = parse(text, { format: 'markdown', references: false })
      expect(losslessProblems(tree, text, false)).toEqual([])
      expect(messages.filter((message) => message.ruleId === 'parse:internal-error')).toEqual([])
    })
  }
})
