import { isClosing } from '../letter/parts.js'
import type { Format } from '../tree.js'

/** Detection reads the start of the input only, so it costs the same on a 5 MB input as on 50 kB. */
const SAMPLE = 64_000

const count = (text: string, pattern: RegExp) => {
  let n = 0
  for (const _ of text.matchAll(pattern)) n++
  return n
}

/** Signs of an EP "Texts adopted" page: its header, its citations and recitals, punctuation spaced out. */
function epScore(sample: string, lines: number): number {
  let score = 0
  if (/^\s*Texts adopted\b/.test(sample) || /Texts adopted\s*:\s*P\d+_TA/.test(sample)) score += 2
  const havingRegard = count(sample, /[–—-]\s*having regard to\b/g)
  if (havingRegard > 0) score += havingRegard >= 2 ? 2 : 1
  if (/(?:^|[,;]\s*)[A-Z] ?\.\s+whereas\b/m.test(sample)) score += 1
  // Operative paragraphs 1 and 2 after the end of a clause.
  if (/[,;:]\s*1 ?\.\s+\p{Lu}/u.test(sample) && /[;.]\s*2 ?\.\s+\p{Lu}/u.test(sample)) score += 1
  // The preamble, stronger when a citation, the first recital or paragraph 1 follows it.
  if (/The European Parliament\s*,\s*(?:[–—-]\s*having\b|A\s?\.\s+whereas\b|1\s?\.\s+\p{Lu})/u.test(sample)) score += 2
  else if (/The European Parliament\s*,/.test(sample)) score += 1
  if (/European Parliament (?:legislative )?resolution of \d/.test(sample)) score += 1
  const spaced = count(sample, / [,;] /g)
  const commas = count(sample, /[,;]/g)
  if (commas >= 10 && spaced / commas > 0.5) score += 1
  if (sample.length / lines > 2000) score += 1
  return score
}

/** Signs of Markdown: headings, emphasis, links, fences, quotes, GFM footnotes and tables; lists count only beside them. */
function markdownScore(sample: string): { strong: number; lists: number } {
  const strong =
    count(sample, /^#{1,6}[ \t]+\S/gm) +
    count(sample, /\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__/g) +
    count(sample, /\[[^\]\n]{0,300}\]\([^)\s]{0,500}\)/g) +
    count(sample, /^```/gm) +
    count(sample, /^>[ \t]/gm) +
    count(sample, /^\[\^[^\]\n]{1,40}\]:/gm) +
    // GFM: a footnote call after a word ("Act[^1]"), a table's delimiter row ("|---|:-:|").
    count(sample, /[^\s[\]]\[\^[^\]\s]{1,40}\]/g) +
    count(sample, /^[ \t]{0,3}\|?[ \t]{0,8}:?-{3,200}:?[ \t]{0,8}\|/gm)
  const lists = count(sample, /^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S/gm)
  return { strong, lists }
}

/** Signs of text extracted from a PDF: few, very long lines, runs of spaces between sentences, "•" bullets. */
function pdfScore(sample: string, lines: number): number {
  let score = 0
  const runs = count(sample, /[^\s] {3,}[^\s]/g)
  if (runs >= 3) score += 1
  if (runs >= 10 && sample.length / lines > 300) score += 1
  if (count(sample, /(?:^|\s)•\s/g) >= 2) score += 1
  if (sample.includes('\f')) score += 2
  return score
}

/** How far into the input a letter's salutation may stand: after a letterhead, a date and a subject. */
const HEAD = 3_000

/**
 * A letter with hard line breaks, as pdftotext and e-mail give it: a line "Dear ..." near the
 * top and a line that is a closing ("Yours sincerely,", "Best regards,"). The letter reading
 * of PDF text handles wrapped lines, blank lines between paragraphs and hyphenated line ends.
 */
function looksLikeLetter(sample: string): boolean {
  if (!/^[ \t]*Dear[ \t]+\S/m.test(sample.slice(0, HEAD))) return false
  for (let start = 0; start < sample.length; ) {
    const newline = sample.indexOf('\n', start)
    const end = newline < 0 ? sample.length : newline
    if (end - start <= 60 && isClosing(sample.slice(start, end).trim())) return true
    start = end + 1
  }
  return false
}

/**
 * Tell the input formats apart without help: an EP "Texts adopted" page (`ep`), Markdown
 * (`markdown`), text extracted from a PDF or any other plain-text letter (`pdf-text`) or anything
 * else (`text`).
 */
export function detectFormat(text: string): Format {
  const sample = text.slice(0, SAMPLE)
  if (sample.trim() === '') return 'text'
  const lines = count(sample, /\n/g) + 1
  if (epScore(sample, lines) >= 3) return 'ep'
  const markdown = markdownScore(sample)
  if (markdown.strong >= 2 || (markdown.strong >= 1 && markdown.lists >= 1)) return 'markdown'
  if (pdfScore(sample, lines) >= 2 || looksLikeLetter(sample)) return 'pdf-text'
  return 'text'
}
