/**
 * The character classes of the citation tokenizer: what is a space, a digit, an apostrophe, a
 * lowercase or a capital letter, looked up in a table for the first 0x250 code points; and where
 * a number token ends.
 */

const UPPER = /\p{Lu}/u
const LETTER = /\p{L}|\p{M}/u

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (isAsciiLetter(c)) return true
  if (c < 0xc0) return false
  if (c === 0xd7 || c === 0xf7) return false
  if (c <= 0x24f) return true
  if (c >= 0x2000 && c <= 0x2bff) return false
  return LETTER.test(text[i]!)
}

const OTHER = 0
export const SPACE = 1
export const DIGIT = 2
export const APOSTROPHE = 3
/** Letters from here on: lowercase (or caseless), then capital. */
export const LOWER = 4
export const UPPER_LETTER = 5

/** Character classes of the first 0x250 code points (ASCII, Latin-1, Latin Extended), looked up rather than tested. */
export const CLASSES = new Uint8Array(0x250)
for (let c = 0; c < 0x250; c++) {
  const ch = String.fromCharCode(c)
  CLASSES[c] = isSpace(c) ? SPACE : isDigit(c) ? DIGIT : isApostrophe(c) ? APOSTROPHE : LETTER.test(ch) && c !== 0xd7 && c !== 0xf7 ? (UPPER.test(ch) ? UPPER_LETTER : LOWER) : OTHER
}

export function classOf(source: string, i: number, c: number): number {
  if (c < 0x250) return CLASSES[c]!
  if (isSpace(c)) return SPACE
  if (isApostrophe(c)) return APOSTROPHE
  if (c >= 0x2000 && c <= 0x2bff) return OTHER
  const ch = source[i]!
  return LETTER.test(ch) ? (UPPER.test(ch) ? UPPER_LETTER : LOWER) : OTHER
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200b || c === 0xfeff || c === 12 || c === 11
}

/** "GDPR’s": the possessive ending stands apart, as in the spaced "Commission ’ s", so the name before it is read. */
export function possessive(source: string, i: number): boolean {
  const c = source.charCodeAt(i)
  if (c !== 115 && c !== 83) return false
  const after = i + 1 < source.length ? source.charCodeAt(i + 1) : 32
  return (after < 0x250 ? CLASSES[after]! : classOf(source, i + 1, after)) < LOWER
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019
}

/** The end of the number token that starts at `i`. */
export function scanNumber(source: string, i: number): number {
  const n = source.length
  while (i < n && isDigit(source.charCodeAt(i))) i++
  // "/" joins parts: 2016/679, 95/46/EC, 1247/2002/EC, 2008/977/JHA.
  while (i + 1 < n && source.charCodeAt(i) === 47) {
    if (isDigit(source.charCodeAt(i + 1))) {
      i++
      while (i < n && isDigit(source.charCodeAt(i))) i++
      continue
    }
    let j = i + 1
    while (j < n && j - i <= 8 && isLetter(source, j)) j++
    if (j > i + 1 && UPPER.test(source[i + 1]!) && (j >= n || !isDigit(source.charCodeAt(j)))) i = j
    break
  }
  // A letter suffix: Article 10a.
  if (i + 1 <= n && i < n) {
    const c = source.charCodeAt(i)
    if (c >= 97 && c <= 122 && (i + 1 >= n || !isLetter(source, i + 1)) && (i + 1 >= n || !isDigit(source.charCodeAt(i + 1)))) i++
  }
  return i
}
