import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { remarkLetterGfm } from './letter-gfm.js'
import { parseInPieces, planPieces } from './pieces.js'

const pieceStarts = (text: string, size: number) => planPieces(text, size).starts

const gfm = unified().use(remarkParse).use(remarkLetterGfm)
const whole = (text: string): Root => gfm.parse(text)
const inPieces = (text: string, size: number): Root => parseInPieces(text, whole, size)
// The root's own position is the one thing a piece-wise read makes rather than remark.
const blocks = (root: Root) => JSON.parse(JSON.stringify(root.children)) as unknown

const corpus = new URL('../../../../../corpus/', import.meta.url)
const cases = new URL('./cases/', import.meta.url)
const letters = [
  ...['mep-letter-2021-10-04.md', 'ngo-letter-2021-04-01.md', 'eucrim-news-2021.md'].map((file) => readFileSync(new URL(file, corpus), 'utf8')),
  ...readdirSync(cases)
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(new URL(file, cases), 'utf8'))
]

describe('reading a long Markdown text in pieces', () => {
  it.each(letters.map((text, i) => [i, text]))('gives the tree of a whole read: letter %i repeated, in four pieces or more', (_, text) => {
    const long = Array(6).fill(text).join('\n\n')
    const size = Math.floor(long.length / 10)
    expect(pieceStarts(long, size).length).toBeGreaterThan(3)
    expect(blocks(inPieces(long, size))).toEqual(blocks(whole(long)))
  })

  it('cuts only at a blank line before a line that opens a paragraph, never in a fence or a raw HTML block', () => {
    const text = ['Dear all,', '```\ncode\n\nWord after a blank line in code\n```', '<!--\n\nA comment\n-->', '- a list\n\n  its item goes on', 'Last words.'].join('\n\n')
    expect(pieceStarts(text, 1)).toEqual([0, text.indexOf('Last words.')])
  })

  it('links references and footnote calls to definitions in other pieces', () => {
    const text = 'See [the report][edpb] and the note[^1].\n\n' + 'Filler words here.\n\n'.repeat(200) + 'Closing line.\n\n[edpb]: https://edpb.europa.eu\n\n[^1]: The note.\n'
    expect(pieceStarts(text, 512).length).toBeGreaterThan(3)
    expect(blocks(inPieces(text, 512))).toEqual(blocks(whole(text)))
  })

  it('reads a piece that ends in an unclosed fence alone, so positions stay in the text', () => {
    const text = 'Words [^1].\n\n'.repeat(100) + 'Last\n\n```\nunclosed\n\n[^1]: note\n'
    expect(blocks(inPieces(text, 256))).toEqual(blocks(whole(text)))
  })

  const block = fc.constantFrom(
    'A paragraph with *emphasis* and a [link](https://example.org).',
    'Words\nover two lines',
    '# A heading',
    '- an item\n- another\n\n  continued',
    '1. first\n2. second',
    '> a quote\nlazy line',
    '```\nfenced\n\nwith a blank line\n```',
    '~~~~\nopen tilde fence\n\n```\nstill code\n~~~~',
    '    indented code\n\n    more',
    '<!--\ncomment\n\nstill comment\n-->',
    '<div>\nhtml\n</div>',
    '<pre>\n\nkept\n</pre>',
    '| a | b |\n|---|---|\n| c | d |',
    'A call[^n] and [a reference][r].',
    '[^n]: A footnote.\n\n    Its second paragraph.',
    '[r]: https://example.org "Title"',
    'Ünicode opens a paragraph',
    '---',
    ''
  )

  it('gives the tree of a whole read on any sequence of blocks', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), fc.integer({ min: 1, max: 200 }), fc.constantFrom('\n\n', '\n', '\n\n\n'), (parts, size, gap) => {
        const text = parts.join(gap)
        expect(blocks(inPieces(text, size))).toEqual(blocks(whole(text)))
      }),
      { numRuns: 500 }
    )
  })
})
