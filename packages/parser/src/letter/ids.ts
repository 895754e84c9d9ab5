/**
 * Stable clause ids for letters. An id comes from what the clause says (its printed number,
 * its first words, a signatory's name), never from its position, so editing one paragraph
 * leaves the ids of the others alone. Two clauses that would share an id get `-2`, `-3`, ...
 * in document order.
 */

const MAX_SLUG = 48

/** A lowercase ASCII slug of the first `words` words of `text` ("Best regards," -> "best-regards"). */
export function slug(text: string, words = 4): string {
  const joined = asciiSlug(text, words) ?? foldedSlug(text, words)
  return joined.length <= MAX_SLUG ? joined : joined.slice(0, MAX_SLUG).replace(/-+$/, '')
}

/** Folding is the same as scanning for ASCII text, the common case: without a copy of the text. */
const LIMIT = 240

/**
 * The first `words` runs of ASCII letters and digits, lowercased and joined by "-", or
 * `undefined` at a character outside ASCII before them. Built from the codes, lowercased on the
 * way: no slice per word and no lowercasing of a copy (slow for text with characters beyond
 * Latin-1).
 */
function asciiSlug(text: string, words: number): string | undefined {
  const codes: number[] = []
  let found = 0
  let inWord = false
  const end = Math.min(text.length, LIMIT)
  for (let at = 0; at <= end; at++) {
    const code = at < end ? text.charCodeAt(at) : 32
    if (code >= 128) return undefined
    if (code >= 65 && code <= 90) {
      codes.push(code + 32)
      inWord = true
    } else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      codes.push(code)
      inWord = true
    } else if (inWord) {
      inWord = false
      if (++found === words) break
      codes.push(45)
    }
  }
  // The "-" after the last word, when the text ran out before `words` words.
  if (codes[codes.length - 1] === 45) codes.pop()
  return String.fromCharCode(...codes)
}

function foldedSlug(text: string, words: number): string {
  // Footnote markers ("rights.²") are not words, and NFKD would read "²" as "2".
  const folded = text.slice(0, LIMIT).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, ' ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  const parts: string[] = []
  for (const match of folded.matchAll(/[a-z0-9]+/g)) {
    parts.push(match[0])
    if (parts.length === words) break
  }
  return parts.join('-')
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
