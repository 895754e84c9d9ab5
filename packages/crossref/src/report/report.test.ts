import { describe, expect, it } from 'vitest'
import { corpusTrees } from '../../test/corpus.js'
import { align } from '../align/align.js'
import { csvCell, renderCsv } from './csv.js'
import { markdownCell, renderMarkdown } from './markdown.js'
import { renderText } from './text.js'
import { renderJson } from './json.js'

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  return rows
}

describe('csv', () => {
  it('quotes by RFC 4180 and disarms formulas', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "ban"')).toBe('"say ""ban"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    for (const f of ['=HYPERLINK("x")', '+1', '-1+2', '@SUM(A1)', '\tx']) expect(csvCell(f).replace(/^"/, '').startsWith("'")).toBe(true)
  })

  it('writes one row per demand and match that reads back with the same width', () => {
    const alignment = align(corpusTrees())
    const csv = renderCsv(alignment)
    expect(csv.startsWith('\uFEFFdemand_doc,')).toBe(true)
    const rows = readCsv(csv.slice(1))
    const width = rows[0]!.length
    expect(rows.every((r) => r.length === width)).toBe(true)
    const expected = alignment.demands.reduce((n, d) => n + Math.max(1, d.matches.length), 0)
    expect(rows.length - 1).toBe(expected)
    const stance = rows[0]!.indexOf('stance')
    expect(rows.slice(1).every((r) => ['met', 'partial', 'opposed', 'not addressed'].includes(r[stance]!))).toBe(true)
  })
})

describe('markdown', () => {
  it('keeps document text as data', () => {
    expect(markdownCell('a | b <script>alert(1)</script> *x* [l](u)')).toBe('a \\| b \\<script\\>alert(1)\\</script\\> \\*x\\* \\[l\\](u)')
    expect(markdownCell('line\nbreak & more')).toBe('line break &amp; more')
  })

  it('writes a side-by-side table for every demand', () => {
    const alignment = align(corpusTrees())
    const md = renderMarkdown(alignment)
    expect(md.match(/^## /gm)?.length).toBe(alignment.demands.length)
    expect(md).toContain('| The letter asked | The resolution | Stance | Why |')
    // Written for people: documents by name and date, rights by article and title, no rule names.
    expect(md).toContain('From the letter of 12 January 2021')
    expect(md).toContain('Rights invoked: Charter Art. 47 (Right to an effective remedy and to a fair trial)')
    expect(md).toContain('The letter asks for a ban; the paragraph asks for a moratorium (“calls … moratorium”), which is less.')
    expect(md).not.toMatch(/ask against ask|asks: (?:ban|restriction)|charter:\d|\brec_[A-Z]\b/)
  })
})

describe('text and json', () => {
  it('lists each demand with its matches; JSON parses back to the same structure', () => {
    const alignment = align(corpusTrees())
    const text = renderText(alignment)
    for (const d of alignment.demands) expect(text).toContain(`${d.doc}#${d.id}`)
    expect(JSON.parse(renderJson(alignment))).toEqual(JSON.parse(JSON.stringify(alignment)))
  })
})
