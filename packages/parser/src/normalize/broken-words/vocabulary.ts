import list from './english-words.json' with { type: 'json' }

let common: ReadonlySet<string> | undefined

/** Lowercase, without a new string for the common case of a word that starts in lower case. */
function lowercase(word: string): string {
  const code = word.charCodeAt(0)
  return code >= 97 && code <= 122 && !/[A-Z]/.test(word) ? word : word.toLowerCase()
}

/** The bundled common English words (lowercase, two letters or more), built on first use. */
function commonWords(): ReadonlySet<string> {
  common ??= new Set(list.words.split(' '))
  return common
}

const isLetter = (char: string) => {
  const code = char.charCodeAt(0)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /\p{L}/u.test(char)
}

/**
 * What a document's words tell the repair: the bundled common English words, and how often
 * each word occurs whole in the document itself (a joined form that occurs whole elsewhere, as
 * "intelligence" does beside "int elligence", is strong evidence for the join).
 */
export class Vocabulary {
  private counts: ReadonlyMap<string, number> | undefined

  /** The vocabulary of `text`; its words are counted on first need, as most repairs need the list only. */
  private constructor(private readonly text: string) {}

  static of(text: string): Vocabulary {
    return new Vocabulary(text)
  }

  /** Count every run of letters of the text, lowercased, in one pass. */
  private static count(text: string): ReadonlyMap<string, number> {
    const counts = new Map<string, number>()
    const add = (word: string) => {
      if (word.length <= 40) counts.set(word, (counts.get(word) ?? 0) + 1)
    }
    // Hyphenated compounds count whole ("well-being") and by part, so a repair can tell a
    // compound the document writes with a hyphen from a word a line break hyphenated.
    for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const word = lowercase(match[0])
      if (!word.includes('-')) {
        add(word)
        continue
      }
      if (word.length <= 80) add(word)
      for (const part of word.split('-')) add(part)
    }
    return counts
  }

  /** How often `word` occurs whole in the document. */
  seen(word: string): number {
    this.counts ??= Vocabulary.count(this.text)
    return this.counts.get(lowercase(word)) ?? 0
  }

  /** A word of English or of this document: the list, the document, or a plural of either ("behaviours"). */
  known(word: string): boolean {
    const lower = lowercase(word)
    if (commonWords().has(lower) || this.seen(lower) > 0) return true
    const stem = lower.endsWith('s') ? lower.slice(0, -1) : ''
    return stem.length >= 4 && (commonWords().has(stem) || this.seen(stem) > 0)
  }

  /**
   * Whether `word` can stand alone as a word: "a", "A", "I", or a listed word of two letters or
   * more. A fragment left by extraction ("th", "nd", "elligence") cannot.
   */
  plausible(word: string): boolean {
    if (word.length === 1) return word === 'a' || word === 'A' || word === 'I'
    return commonWords().has(lowercase(word))
  }
}

export { isLetter }
