import type { Edit } from '../tree.js'

/**
 * Repairs for text whose punctuation was spaced out by a web page's markup ("thereof ,",
 * "( EU )", "Commission ’ s", "2020/2016 ( INI )"). Every repair is a decision about one run
 * of white space, taken from the characters around it, so one pass over the text is enough.
 */

// Characters are read by code (NaN outside the text, which no test accepts): `text[i]` makes a
// string of each character beyond Latin-1, and a Set of strings hashes it.

/** Closing marks that take no space before them: , ; : . ! ? ) ] ” ’ % */
const isCloser = (code: number) =>
  code === 44 || code === 59 || code === 58 || code === 46 || code === 33 || code === 63 || code === 41 || code === 93 || code === 0x201d || code === 0x2019 || code === 37
/** Opening marks that take no space after them: ( [ ‘ “ */
const isOpener = (code: number) => code === 40 || code === 91 || code === 0x2018 || code === 0x201c
/** Apostrophes: ’ and ' */
const isApostrophe = (code: number) => code === 0x2019 || code === 39

/** Whether a code is white space to this repair. */
export const isSpace = (code: number) => (code <= 32 ? code === 32 || code === 9 || code === 10 || code === 13 : code === 160 || code === 0x202f)
const isAsciiAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isDigit = (code: number) => code >= 48 && code <= 57
const isLower = (code: number) => code >= 97 && code <= 122
const isAlnumAt = (text: string, at: number) => {
  const code = text.charCodeAt(at)
  return code < 128 ? isAsciiAlnum(code) : at < text.length && /^[\p{L}\p{N}]$/u.test(text[at]!)
}
/** Whether the code unit at `at` may be part of a word before a bracket: a letter, a digit, "_", "-" or "/". */
const isWordAt = (text: string, at: number) => {
  const code = text.charCodeAt(at)
  return code < 128 ? isAsciiAlnum(code) || code === 95 || code === 45 || code === 47 : /[\p{L}\p{N}]/u.test(text[at]!)
}

/** Words that follow a spaced apostrophe in English ("Commission ’ s", "don ’ t"). */
const CLITICS = new Set(['s', 't', 'd', 'm', 'll', 're', 've'])

/**
 * What sits between a "(" at `open` and its ")" when it is a short token ("( INI )", "( 2 )",
 * "( 2021 )"): the token and the offset of ")". Looks at most a few characters ahead.
 */
function shortGroup(text: string, open: number, end: number): { token: string; close: number } | undefined {
  let at = open + 1
  while (at < end && text.charCodeAt(at) === 32) at++
  const from = at
  while (at < end && at - from <= 6 && isAlnumAt(text, at)) at++
  const token = text.slice(from, at)
  if (token === '' || token.length > 6) return undefined
  while (at < end && text.charCodeAt(at) === 32) at++
  return text.charCodeAt(at) === 41 ? { token, close: at } : undefined
}

/** The word that ends just before `at` (letters, digits, "_", "-", "/"), looking back a bounded distance. */
function wordBefore(text: string, at: number, from: number): string {
  let i = at
  while (i > from && at - i < 24 && isWordAt(text, i - 1)) i--
  return text.slice(i, at)
}

/** A document identifier that a year in brackets belongs to: "COM ( 2019 ) 0168", "P9_TA ( 2021 ) 0405". */
const isIdentifierPrefix = (word: string) => word.length > 0 && /^[A-Z][A-Z0-9_]*$/.test(word)

/**
 * The edits that repair spaced punctuation in `text[start, end)`, over original offsets.
 * Deletions of white space have rule `spaced-punctuation`; other runs of white space that are
 * not a single space (newlines, tabs, several spaces) read as one space, rule `whitespace`.
 */
export function spacedPunctuationEdits(text: string, start: number, end: number): Edit[] {
  const runs = new SpacedPunctuation(text, start, end)
  // Runs of white space found with a scan rather than a regex: one match object per word adds up.
  for (let from = start; from < end; from++) {
    const code = text.charCodeAt(from)
    // Between the ASCII blanks and the no-break space there is no white space: one test for most characters.
    if (code > 32 && code < 160) continue
    // Most runs are one space between two words, which needs nothing: the scan goes on past them.
    if (code === 32 ? !isAsciiAlnum(text.charCodeAt(from + 1)) || !isAsciiAlnum(text.charCodeAt(from - 1)) : isSpace(code)) from = runs.run(from) - 1
  }
  return runs.edits
}

/**
 * The spaced-punctuation repair of `text[start, end)` decided one run of white space at a time,
 * for a caller that reads the range itself: it hands over each run, in order, where it starts.
 * Every decision is about one run; what carries over is which ")" closed a joined group.
 */
export class SpacedPunctuation {
  readonly edits: Edit[] = []
  /** Offset of the ")" closing a group that was joined to the word before it ("9(2)", "COM(2019)"). */
  private joinedClose = -1
  /** Offset of the ")" closing a joined year group ("(2021)"), after which a number joins too. */
  private yearClose = -1

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number
  ) {}

  /** Decide the run of white space that starts at `from`; where the run ends (it may go on past the range). */
  run(from: number): number {
    const { text } = this
    // Most runs are one space between two words: nothing to repair, told in a call small enough to inline.
    if (text.charCodeAt(from) === 32 && isAsciiAlnum(text.charCodeAt(from + 1)) && isAsciiAlnum(text.charCodeAt(from - 1))) return from + 1
    return this.decide(from)
  }

  private decide(from: number): number {
    const { text, start, end, edits } = this
    let next = from + 1
    while (next < text.length && isSpace(text.charCodeAt(next))) next++
    const at = Math.min(end, next)
    if (from === start || at === end) return next
    const before = text.charCodeAt(from - 1)
    const after = text.charCodeAt(at)
    if (shouldJoin(text, from, at, end, before, after)) {
      edits.push({ start: from, end: at, insert: '', rule: 'spaced-punctuation' })
      return next
    }
    if (after === 40) {
      const group = shortGroup(text, at, end)
      if (group) {
        const word = wordBefore(text, from, start)
        const year = /^\d{4}$/.test(group.token) && isIdentifierPrefix(word)
        if (year || isDigit(before) || (before === 41 && from - 1 === this.joinedClose)) {
          edits.push({ start: from, end: at, insert: '', rule: 'spaced-punctuation' })
          this.joinedClose = group.close
          if (year) this.yearClose = group.close
          return next
        }
      }
    }
    // A decimal point spaced out on both sides: "3 . 5 million".
    const decimal = before === 46 && isDigit(after) && isSpace(text.charCodeAt(from - 2)) && isDigit(text.charCodeAt(from - 3))
    if (decimal || (before === 41 && from - 1 === this.yearClose && isDigit(after))) {
      edits.push({ start: from, end: at, insert: '', rule: 'spaced-punctuation' })
      return next
    }
    if (at - from > 1 || text.charCodeAt(from) !== 32) edits.push({ start: from, end: at, insert: ' ', rule: 'whitespace' })
    return next
  }
}

/** Whether the white space `text[from, to)` between the codes `before` and `after` goes away. */
function shouldJoin(text: string, from: number, to: number, end: number, before: number, after: number): boolean {
  if (isOpener(before)) return true
  if (isApostrophe(after)) {
    // An apostrophe spaced on both sides is possessive or a contraction only when a clitic follows.
    return after === 0x2019 || cliticAt(text, to + 1, end)
  }
  if (isCloser(after)) return !(after === 46 && text.startsWith('...', to))
  if (isApostrophe(before) && isSpace(text.charCodeAt(from - 2)) && cliticAt(text, to, end)) return true
  return false
}

/** Whether a clitic word ("s" of "’ s") stands at `at`, after white space, followed by a word boundary. */
function cliticAt(text: string, at: number, end: number): boolean {
  let i = at
  while (i < end && isSpace(text.charCodeAt(i))) i++
  const from = i
  while (i < end && i - from < 3 && isLower(text.charCodeAt(i))) i++
  return CLITICS.has(text.slice(from, i)) && !isAlnumAt(text, i)
}
