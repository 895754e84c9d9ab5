/**
 * Stable clause ids for letters. An id comes from what the clause says (its printed number,
 * its first words, a signatory's name), never from its position, so editing one paragraph
 * leaves the ids of the others alone. Two clauses that would share an id get `-2`, `-3`, ...
 * in document order.
 */

/** A lowercase ASCII slug of the first `words` words of `text` ("Best regards," -> "best-regards"). */
export function slug(text: string, words = 4): string {
  return (asciiWords(text, words) ?? foldedWords(text, words)).join('-').slice(0, 48).replace(/-+$/, '')
}

/** Folding is the same as scanning for ASCII text, the common case: without a copy of the text. */
const LIMIT = 240

/** The first `words` runs of ASCII letters and digits, lowercased, or `undefined` at a character outside ASCII before them. */
function asciiWords(text: string, words: number): string[] | undefined {
  const parts: string[] = []
  const end = Math.min(text.length, LIMIT)
  let start = -1
  for (let at = 0; at <= end; at++) {
    const code = at < end ? text.charCodeAt(at) : 32
    if (code >= 128) return undefined
    const wordy = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    if (wordy) {
      if (start < 0) start = at
      continue
    }
    if (start < 0) continue
    parts.push(text.slice(start, at).toLowerCase())
    if (parts.length === words) return parts
    start = -1
  }
  return parts
}

function foldedWords(text: string, words: number): string[] {
  // Footnote markers ("rights.²") are not words, and NFKD would read "²" as "2".
  const folded = text.slice(0, LIMIT).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, ' ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  const parts: string[] = []
  for (const match of folded.matchAll(/[a-z0-9]+/g)) {
    parts.push(match[0])
    if (parts.length === words) break
  }
  return parts
}

/** Hands out ids, suffixing repeats. */
export class IdRegistry {
  private readonly used = new Map<string, number>()

  /** `base`, or `base-2`, `base-3`, ... when taken. */
  claim(base: string): string {
    const seen = this.used.get(base)
    if (seen === undefined) {
      this.used.set(base, 1)
      return base
    }
    let n = seen + 1
    let id = `${base}-${n}`
    while (this.used.has(id)) id = `${base}-${++n}`
    this.used.set(base, n)
    this.used.set(id, 1)
    return id
  }
}
