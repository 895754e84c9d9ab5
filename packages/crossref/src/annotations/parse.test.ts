import { describe, expect, it } from 'vitest'
import { levenshtein, nearest } from './levenshtein.js'
import { parseAnnotations } from './parse.js'

const known = ['ep-ta-2021-0405#para_2', 'ep-ta-2021-0405#para_27', 'ep-ta-2021-0405#para_31', 'letter-a#p_we-call', 'letter-a#item_1']
const file = 'corpus/annotations.yaml'

describe('parseAnnotations', () => {
  it('reads notes, alignments and links', () => {
    const { annotations, errors } = parseAnnotations(
      [
        'notes:',
        '  - clause: letter-a#p_we-call',
        '    note: Sent before the vote.',
        'alignments:',
        '  - demand: letter-a#p_we-call',
        '    clause: ep-ta-2021-0405#para_27',
        '    correct: met',
        '    note: The editor knows better.',
        'links:',
        '  - clause: ep-ta-2021-0405#para_31',
        '    url: https://example.org/report',
        '    title: The report'
      ].join('\n'),
      file,
      known
    )
    expect(errors).toEqual([])
    expect(annotations.notes).toEqual([{ clause: 'letter-a#p_we-call', note: 'Sent before the vote.', line: 2 }])
    expect(annotations.alignments[0]).toMatchObject({ action: 'correct', stance: 'met', line: 5 })
    expect(annotations.links[0]).toMatchObject({ url: 'https://example.org/report', title: 'The report', line: 10 })
  })

  const cases: [name: string, yaml: string, line: number, message: RegExp][] = [
    ['unknown clause id, with the nearest', 'notes:\n  - clause: ep-ta-2021-0405#para27\n    note: x', 2, /unknown clause id "ep-ta-2021-0405#para27": did you mean "ep-ta-2021-0405#para_27"\?/],
    ['unknown document', 'notes:\n  - clause: leter-a#p_we-call\n    note: x', 2, /did you mean "letter-a#p_we-call"/],
    ['id without a document', 'notes:\n  - clause: para_27\n    note: x', 2, /a clause is written doc#id "para_27"/],
    ['stance not one of the four', 'alignments:\n  - demand: letter-a#item_1\n    clause: ep-ta-2021-0405#para_2\n    confirm: partly', 4, /stance "partly" is not one of met, partial, opposed, not addressed: did you mean "partial"\?/],
    ['both confirm and correct', 'alignments:\n  - demand: letter-a#item_1\n    clause: ep-ta-2021-0405#para_2\n    confirm: met\n    correct: partial', 2, /exactly one of "confirm" or "correct"/],
    // The parser finds the quote unclosed where the file ends.
    ['malformed YAML', 'notes:\n  - clause: letter-a#item_1\n    note: "unclosed\n', 4, /malformed YAML: Missing closing "quote/],
    ['malformed YAML in the middle', 'notes:\n  - clause: letter-a#item_1\n    note: x\n  bad: [1\nlinks: []\n', 4, /malformed YAML/],
    ['unknown section', 'remarks:\n  - clause: letter-a#item_1', 1, /unknown section "remarks": the sections are notes, alignments, links/],
    ['missing note', 'notes:\n  - clause: letter-a#item_1', 2, /missing "note"/],
    ['link that is not http', 'links:\n  - clause: letter-a#item_1\n    url: javascript:alert(1)', 2, /must start with http/],
    ['a list where a map is wanted', '- clause: x', 1, /must be a map/]
  ]
  for (const [name, yaml, line, message] of cases) {
    it(`reports ${name} with file and line`, () => {
      const { errors } = parseAnnotations(yaml, file, known)
      expect(errors.length).toBeGreaterThan(0)
      expect(errors[0]!.file).toBe(file)
      expect(errors[0]!.line).toBe(line)
      expect(errors[0]!.message).toMatch(message)
    })
  }

  it('never throws on odd input', () => {
    for (const text of ['', '---', '[', ':::', 'notes: 3', 'notes:\n  - 3', '\u0000', 'a: &x [*x]', '- '.repeat(1000)]) {
      expect(() => parseAnnotations(text, file, known)).not.toThrow()
    }
  })
})

describe('levenshtein', () => {
  it('counts edits', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3)
    expect(levenshtein('', 'abc')).toBe(3)
    expect(levenshtein('para_27', 'para_27')).toBe(0)
    expect(levenshtein('para_72', 'para_27')).toBe(2)
  })
  it('is symmetric and finds the nearest', () => {
    expect(levenshtein('flaw', 'lawn')).toBe(levenshtein('lawn', 'flaw'))
    expect(nearest('partly', ['met', 'partial', 'opposed', 'not addressed'])).toBe('partial')
    expect(nearest('x', [])).toBeUndefined()
  })
})
