import { describe, expect, it } from 'vitest'
import { parse } from '../parse.js'
import type { Clause } from '../tree.js'
import { losslessProblems } from '../../test/lossless.js'

const read = (text: string) => parse(text, { format: 'text', references: false })
const clauses = (text: string) =>
  read(text)
    .tree.children.filter((n): n is Clause => n.type === 'clause')
    .map((c) => [c.id, c.kind, c.num ?? null, c.reading.text])

describe('plain text', () => {
  it('reads paragraphs, joining their lines in the reading', () => {
    const text = 'Dear colleagues,\n\nWe ask you to vote\nfor the report.\n'
    expect(clauses(text)).toEqual([
      ['p_1', 'prose', null, 'Dear colleagues,'],
      ['p_2', 'prose', null, 'We ask you to vote for the report.']
    ])
    expect(losslessProblems(read(text).tree, text)).toEqual([])
  })

  it('reads bulleted and numbered list items, with their continuation lines', () => {
    const text = 'We ask for:\n- a ban on\n  remote identification;\n• no social scoring;\n1. transparency\n2) redress\n(a) first\n'
    expect(clauses(text)).toEqual([
      ['p_1', 'prose', null, 'We ask for:'],
      ['item_1', 'item', null, '- a ban on remote identification;'],
      ['item_2', 'item', null, '• no social scoring;'],
      ['item_3', 'item', '1', '1. transparency'],
      ['item_4', 'item', '2', '2) redress'],
      ['item_5', 'item', 'a', '(a) first']
    ])
    expect(losslessProblems(read(text).tree, text)).toEqual([])
  })

  it('keeps white space at either end as blank blocks', () => {
    const text = '\n\n  Hello\r\n\r\n  World  \n\n'
    const { tree } = read(text)
    expect(tree.children.map((n) => (n.type === 'clause' ? n.reading.text : n.role))).toEqual(['blank', 'Hello', 'blank', 'World', 'blank'])
    expect(losslessProblems(tree, text)).toEqual([])
  })
})
