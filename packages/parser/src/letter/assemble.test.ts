import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from '../parse.js'
import type { Clause } from '../tree.js'

/** Pieces of letters, so random input reaches the letter logic: heads, lists, notes, closings, signatories. */
const piece = fc.constantFrom(
  ' ', '   ', '     ', '\n', '\n\n', '\r\n', '•', '• ', '1. ', '2. ', '- ', '  - ', '> ', '**', '[x](#)', '<https://a.b>', '\\(', '&amp;', '&#169;',
  '¹', '²', '2 ', 'Dear X,', 'cc: Y,', 'Re: Z', 'Yours sincerely,', 'Organisations:', 'EDRi, including:', 'int elligence', 'a nd', ' -based',
  'govern- ment', 'signi cant', 'Brussels, 4 October 2021', '# T', '---', '`c`', '![i](x)', 'Patrick Breyer MEP (Greens/EFA) – Shadow Rapporteur', 'é', '\u0000'
)
const letters = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''))

describe('letter clauses on any input', () => {
  for (const format of ['markdown', 'pdf-text'] as const) {
    it(`have unique ids and readings whose edits lie inside the clause (${format})`, () => {
      fc.assert(
        fc.property(letters, (text) => {
          const clauses = parse(text, { format, references: false }).tree.children.filter((node): node is Clause => node.type === 'clause')
          const ids = clauses.map((clause) => clause.id)
          expect(new Set(ids).size).toBe(ids.length)
          for (const clause of clauses) {
            let at = clause.position.start.offset
            for (const edit of clause.reading.edits) {
              expect(edit.start).toBeGreaterThanOrEqual(at)
              at = edit.end
            }
            expect(at).toBeLessThanOrEqual(clause.position.end.offset)
          }
        }),
        { numRuns: 400 }
      )
    })
  }

  it('gives a repeated footnote label its own id', () => {
    const clauses = parse('Dear X,\n\nWe wrote.²\n\n² First note.\n\n² Second note.\n', { format: 'markdown', references: false }).tree.children.filter(
      (node): node is Clause => node.type === 'clause'
    )
    expect(clauses.map((clause) => clause.id)).toEqual(['salutation', 'p_we-wrote', 'fn_2', 'fn_2-2'])
  })
})
