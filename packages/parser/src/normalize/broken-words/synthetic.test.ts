import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractionEdits } from './repair.js'
import { Vocabulary } from './vocabulary.js'

/**
 * An out-of-sample check of the repair: clean texts of the corpus (the EP resolution, the MEP
 * letter, the 52-organisation letter), with one word in `RATE` broken by a space at a random
 * place, as a PDF extractor breaks them. The repair must join the breaks (recall) and nothing
 * else: every other space of these texts is a real one (precision).
 */
const RATE = 25
const files = ['ep-ta-2021-0405.txt', 'mep-letter-2021-10-04.md', 'ngo-letter-2021-04-01.md']

/** A small deterministic generator (mulberry32), so the figures are the same on every run. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `text` with some words broken, and the offsets of the inserted spaces. */
function breakWords(text: string, next: () => number): { broken: string; spaces: Set<number> } {
  let broken = ''
  const spaces = new Set<number>()
  let at = 0
  for (const match of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{L}{2,}(?![\p{L}\p{N}'’-])/gu)) {
    if (next() * RATE >= 1) continue
    const cut = 1 + Math.floor(next() * (match[0].length - 1))
    broken += text.slice(at, match.index + cut)
    spaces.add(broken.length)
    broken += ' '
    at = match.index + cut
  }
  return { broken: broken + text.slice(at), spaces }
}

describe('broken-word repair on words broken at random in clean corpus text', () => {
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(new URL(`../../../../../corpus/${file}`, import.meta.url), 'utf8')
      const { broken, spaces } = breakWords(text, random(2021))
      const { edits } = extractionEdits(broken, 0, broken.length, Vocabulary.of(broken))
      const joins = edits.filter((edit) => edit.rule === 'broken-word' || edit.rule === 'lost-ligature').map((edit) => edit.start)
      const right = joins.filter((offset) => spaces.has(offset)).length
      const wrong = joins.filter((offset) => !spaces.has(offset)).map((offset) => broken.slice(offset - 10, offset + 10))
      const joined = new Set(joins)
      const missed = [...spaces].filter((offset) => !joined.has(offset)).map((offset) => /[\p{L}]* [\p{L}]*$/u.exec(broken.slice(offset - 20, offset + 1) + /^[\p{L}]*/u.exec(broken.slice(offset + 1, offset + 20))![0])![0])
      const precision = right / joins.length
      const recall = right / spaces.size
      console.info(`${file}: ${spaces.size} breaks, ${joins.length} joins, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; wrong: ${JSON.stringify(wrong.slice(0, 12))}; missed: ${JSON.stringify(missed)}`)
      expect(precision).toBeGreaterThanOrEqual(0.9)
      expect(recall).toBeGreaterThanOrEqual(0.6)
    })
  }
})
