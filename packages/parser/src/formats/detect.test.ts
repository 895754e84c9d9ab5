import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectFormat } from './detect.js'

const corpus = (file: string) => readFileSync(new URL(`../../../../corpus/${file}`, import.meta.url), 'utf8')
const ownCase = (file: string) => readFileSync(new URL(`./ep-page/cases/${file}`, import.meta.url), 'utf8')

describe('detectFormat', () => {
  it.each([
    ['ep-ta-2021-0405.txt', 'ep'],
    ['mep-letter-2021-10-04.md', 'markdown'],
    ['ngo-letter-2021-04-01.md', 'markdown'],
    ['eucrim-news-2021.md', 'markdown'],
    ['edri-letter-2021-01-12.txt', 'pdf-text']
  ])('tells the corpus file %s is %s', (file, format) => {
    expect(detectFormat(corpus(file))).toBe(format)
  })

  it.each(['rule-of-law-compact.txt', 'urgency-spaced.txt', 'minimal.txt'])('tells the EP page %s apart', (file) => {
    expect(detectFormat(ownCase(file))).toBe('ep')
  })

  it.each([
    ['# Open letter\n\nWe ask for **a ban**.\n', 'markdown'],
    ['Dear Commissioner,\n\n- first point\n- second, see [the report](https://example.org)\n', 'markdown'],
    ['Intro text.\n\n> quoted\n\n```\ncode\n```\n', 'markdown'],
    ['Brussels, 1 May 2021   Dear Commissioner,   We write to you.   • first ask   • second ask   Yours,   The signatories', 'pdf-text'],
    ['Page one text.\fPage two text.   More   text   here.', 'pdf-text'],
    // A plain-text letter, salutation and closing on lines of their own, gets the letter reading.
    ['Dear colleagues,\n\nPlease vote for the report.\n\n1. Ban it.\n2. Fund it.\n\nBest regards,\nA. Person\n', 'pdf-text'],
    ['Dear colleagues,\n\nPlease vote for the report.\n\nBest of luck to the rapporteur.\n', 'text'],
    ['Minutes of the meeting.\n\nYours sincerely,\nThe secretariat\n' + 'x\n'.repeat(2_000) + 'Dear all,\n', 'text'],
    ['The European Parliament , 1 . Calls for e.g . this ; 2 . Calls for that ; 3 . Instructs its President .', 'ep'],
    ['The European Parliament, – having regard to the Treaty, 1. Calls for this;', 'ep'],
    ['Dear colleagues,\n\nThe European Parliament, in its resolution, asked for a ban.\n', 'text'],
    ['', 'text'],
    ['   \n\t ', 'text'],
    ['\u0000\u0001\u0002garbage\uFFFD', 'text']
  ])('reads %j as %s', (input, format) => {
    expect(detectFormat(input)).toBe(format)
  })

  it.each(['ngo-wrapped-2023.txt', 'mep-wrapped-2022.txt', 'wrapped-lines.txt'])('sends the hard-wrapped letter %s to the letter reading', (file) => {
    expect(detectFormat(readFileSync(new URL(`./pdf-text/cases/${file}`, import.meta.url), 'utf8'))).toBe('pdf-text')
  })

  it('looks only at the start of a very long input', () => {
    const long = '# Title\n\n**bold** text\n' + 'x'.repeat(5_000_000)
    expect(detectFormat(long)).toBe('markdown')
  })
})
