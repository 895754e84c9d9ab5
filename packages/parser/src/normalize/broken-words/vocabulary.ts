import list from './english-words.json' with { type: 'json' }

let common: ReadonlySet<string> | undefined
let commonHeads: ReadonlySet<string> | undefined

/** The bundled common English words (lowercase, two letters or more), built on first use. */
function commonWords(): ReadonlySet<string> {
  common ??= new Set(list.words.split(' '))
  return common
}

/** The letters a PDF ligature starts with, followed by the one after "f": "fi", "fl", "ff". */
const isLigatureTail = (code: number) => code === 105 || code === 108 || code === 102

/** Add to `heads` every start of `word` up to an "f" that begins a ligature ("signif" of "significant"). */
function addLigatureHeads(word: string, heads: Set<string>): void {
  for (let at = word.indexOf('f'); at !== -1; at = word.indexOf('f', at + 1)) {
    if (isLigatureTail(word.charCodeAt(at + 1))) heads.add(word.slice(0, at + 1))
  }
}

function commonLigatureHeads(): ReadonlySet<string> {
  if (!commonHeads) {
    const heads = new Set<string>()
    for (const word of commonWords()) addLigatureHeads(word, heads)
    commonHeads = heads
  }
  return commonHeads
}

const LETTER = /\p{L}/uy

/**
 * Whether a UTF-16 code is a letter where that is plain from the code: ASCII, Latin-1 and the
 * Latin extensions (all letters but "×" and "÷"), general punctuation (none). `undefined`
 * elsewhere, where the Unicode property decides: texts are mostly in these ranges, and the
 * property test costs a regex call.
 */
function plainLetter(code: number): boolean | undefined {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  if (code >= 0x2000 && code <= 0x206f) return false
  return undefined
}

const isLetter = (char: string) => plainLetter(char.charCodeAt(0)) ?? /\p{L}/u.test(char)

/** `isLetter(text[at])` without making a string of the character when the code tells. */
export const isLetterAt = (text: string, at: number) => plainLetter(text.charCodeAt(at)) ?? (at < text.length && /\p{L}/u.test(text[at]!))

/** The length of the letter at `at` (2 for one outside the BMP), or 0 when there is none. */
function letterAt(text: string, at: number): number {
  const plain = plainLetter(text.charCodeAt(at))
  if (plain !== undefined) return plain ? 1 : 0
  if (at >= text.length) return 0
  LETTER.lastIndex = at
  return LETTER.test(text) ? LETTER.lastIndex - at : 0
}

/** An ASCII letter: `| 32` folds capitals onto lowercase and sends every other code outside a-z. */
const isAsciiLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122

/** Where the run of letters starting at `at` ends. */
function lettersEnd(text: string, at: number): number {
  for (;;) {
    if (isAsciiLetter(text.charCodeAt(at))) {
      at++
      continue
    }
    const length = letterAt(text, at)
    if (length === 0) return at
    at += length
  }
}

/**
 * What a document's words tell the repair: the bundled common English words, and how often
 * each word occurs whole in the document itself (a joined form that occurs whole elsewhere, as
 * "intelligence" does beside "int elligence", is strong evidence for the join).
 */
export class Vocabulary {
  private counts: ReadonlyMap<string, number> | undefined
  private heads: ReadonlySet<string> | undefined

  /** The vocabulary of `text`; its words are counted on first need, as most repairs need the list only. */
  private constructor(private readonly text: string) {}

  static of(text: string): Vocabulary {
    return new Vocabulary(text)
  }

  /**
   * Count every run of letters of the text, lowercased, in one pass. Hyphenated compounds count
   * whole ("well-being") and by part, so a repair can tell a compound the document writes with
   * a hyphen from a word a line break hyphenated. Runs are counted as written first (one lookup
   * a run) and lowercased once per distinct spelling, which is much cheaper than once per run.
   */
  private static count(text: string): ReadonlyMap<string, number> {
    const written = new Map<string, { times: number }>()
    let at = 0
    while (at < text.length) {
      if (!isAsciiLetter(text.charCodeAt(at)) && letterAt(text, at) === 0) {
        at++
        continue
      }
      const start = at
      at = lettersEnd(text, at)
      while (text.charCodeAt(at) === 45 && letterAt(text, at + 1) > 0) at = lettersEnd(text, at + 1)
      const word = text.slice(start, at)
      const seen = written.get(word)
      if (seen) seen.times++
      else written.set(word, { times: 1 })
    }
    const counts = new Map<string, number>()
    const add = (word: string, times: number) => {
      if (word.length <= 40) counts.set(word, (counts.get(word) ?? 0) + times)
    }
    for (const [spelling, { times }] of written) {
      const word = spelling.toLowerCase()
      if (!word.includes('-')) {
        add(word, times)
        continue
      }
      if (word.length <= 80) add(word, times)
      for (const part of word.split('-')) add(part, times)
    }
    return counts
  }

  private words(): ReadonlyMap<string, number> {
    this.counts ??= Vocabulary.count(this.text)
    return this.counts
  }

  /** How often `word` occurs whole in the document. */
  seen(word: string): number {
    return this.words().get(word.toLowerCase()) ?? 0
  }

  /** A word of English or of this document: the list, the document, or a plural of either ("behaviours"). */
  known(word: string): boolean {
    const lower = word.toLowerCase()
    if (commonWords().has(lower) || (this.words().get(lower) ?? 0) > 0) return true
    const stem = lower.endsWith('s') ? lower.slice(0, -1) : ''
    return stem.length >= 4 && (commonWords().has(stem) || (this.words().get(stem) ?? 0) > 0)
  }

  /**
   * Whether `word` can stand alone as a word: "a", "A", "I", or a listed word of two letters or
   * more. A fragment left by extraction ("th", "nd", "elligence") cannot.
   */
  plausible(word: string): boolean {
    if (word.length === 1) return word === 'a' || word === 'A' || word === 'I'
    // The list is lowercase, and so are most words asked about: those need no lowercased copy.
    const common = commonWords()
    return common.has(word) || common.has(word.toLowerCase())
  }

  /**
   * Whether some known word (or the singular of one) goes on from `head` with a ligature's
   * letters ("speci" -> "specific"): a cheap test that rules out most fragments before the
   * joins with each ligature are looked up.
   */
  ligatureMayFollow(head: string): boolean {
    // The "f" keeps the case mapping of the head's last letter what it is inside the word (final sigma).
    const key = (head + 'f').toLowerCase()
    if (commonLigatureHeads().has(key)) return true
    if (!this.heads) {
      const heads = new Set<string>()
      for (const word of this.words().keys()) addLigatureHeads(word, heads)
      this.heads = heads
    }
    return this.heads.has(key)
  }
}

export { isLetter }
