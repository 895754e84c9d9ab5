/**
 * Stable clause ids for letters. An id comes from what the clause says (its printed number,
 * its first words, a signatory's name), never from its position, so editing one paragraph
 * leaves the ids of the others alone. Two clauses that would share an id get `-2`, `-3`, ...
 * in document order.
 */

const MAX_SLUG = 48

/**
 * `prefix` and a lowercase ASCII slug of the first `words` words of `text`, or `prefix` and "x"
 * when the text has no word ("p_", "We, the undersigned, write to ..." ->
 * "p_we-the-undersigned-write"). Built as one string, which the registry hashes without first
 * flattening a concatenation.
 */
export function slugId(prefix: string, text: string, words = 4): string {
  const id = scannedSlug(prefix, text, words) ?? prefix + foldedSlug(text, words)
  return id.length > prefix.length ? id : prefix + 'x'
}

/** Only the start of a text can make a slug: what is read and folded. */
const LIMIT = 240

/** What a text reads as before its words are taken: footnote markers ("rights.²") are no words, and NFKD would read "²" as "2". */
const fold = (text: string) => text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, ' ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

/** A character that folds to no letter or digit, which parts words. */
const SEPARATOR = 32
/** A character that folds to nothing (a combining accent), which joins what is around it. */
const NOTHING = -1
/** A character that folds to several letters ("ĳ") or, as half of a surrogate pair, cannot be folded alone. */
const WHOLE = -2

/**
 * Each character beyond ASCII folded on its own, by code, as it is met: the letter or digit it
 * folds to, or one of the three above. Folding a whole text is folding its characters one by
 * one: NFKD decomposes each on its own and only reorders combining marks, which no word is
 * made of, and lowercasing depends on the context for the Greek sigma alone.
 */
const FOLDS = new Map<number, number>()

function folded(code: number): number {
  let folding = FOLDS.get(code)
  if (folding === undefined) {
    const letters = fold(String.fromCharCode(code))
    if (code >= 0xd800 && code <= 0xdfff) folding = WHOLE
    else if (letters === '') folding = NOTHING
    else if (!/[a-z0-9]/.test(letters)) folding = SEPARATOR
    else folding = letters.length === 1 ? letters.charCodeAt(0) : WHOLE
    FOLDS.set(code, folding)
  }
  return folding
}

/**
 * `prefix` and the first `words` runs of ASCII letters and digits of the folded text,
 * lowercased, joined by "-" and cut to `MAX_SLUG`; `undefined` where only folding the whole
 * text tells. Read code by code, folding only the characters beyond ASCII (a copy of the text
 * folded at once is slow to normalise and, beyond Latin-1, to lowercase).
 */
function scannedSlug(prefix: string, text: string, words: number): string | undefined {
  const codes: number[] = []
  for (let i = 0; i < prefix.length; i++) codes.push(prefix.charCodeAt(i))
  const full = prefix.length + MAX_SLUG
  let found = 0
  let inWord = false
  const end = Math.min(text.length, LIMIT)
  for (let at = 0; at <= end && codes.length < full; at++) {
    let code = at < end ? text.charCodeAt(at) : SEPARATOR
    if (code >= 128) {
      code = folded(code)
      if (code === WHOLE) return undefined
      if (code === NOTHING) continue
    } else if (code >= 65 && code <= 90) code += 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      codes.push(code)
      inWord = true
    } else if (inWord) {
      inWord = false
      if (++found === words) break
      codes.push(45)
    }
  }
  // The "-" after the last word, when the text ran out before `words` words or the cut fell after one.
  if (codes.length > prefix.length && codes[codes.length - 1] === 45) codes.pop()
  return String.fromCharCode(...codes)
}

function foldedSlug(text: string, words: number): string {
  const parts: string[] = []
  for (const match of fold(text.slice(0, LIMIT)).matchAll(/[a-z0-9]+/g)) {
    parts.push(match[0])
    if (parts.length === words) break
  }
  const joined = parts.join('-')
  return joined.length <= MAX_SLUG ? joined : joined.slice(0, MAX_SLUG).replace(/-+$/, '')
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
