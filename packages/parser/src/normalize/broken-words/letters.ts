/**
 * Letters by UTF-16 code, for scanners that read a text code by code. The Unicode property is
 * asked (a regex call) only outside the ranges where the code tells: English and most
 * European texts stay in them.
 */

const LETTER = /\p{L}/uy

/**
 * Whether a UTF-16 code is a letter where that is plain from the code: ASCII, Latin-1 and the
 * Latin extensions (all letters but "×" and "÷"), general punctuation (none). `undefined`
 * elsewhere, where the Unicode property decides.
 */
function plainLetter(code: number): boolean | undefined {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  if (code >= 0x2000 && code <= 0x206f) return false
  return undefined
}

/** Whether the first code unit of `char` is a letter. */
export const isLetter = (char: string) => plainLetter(char.charCodeAt(0)) ?? /\p{L}/u.test(char)

/** `isLetter(text[at])` without making a string of the character when the code tells. */
export const isLetterAt = (text: string, at: number) => plainLetter(text.charCodeAt(at)) ?? (at < text.length && /\p{L}/u.test(text[at]!))

/** `isLetterAt` for a scanner that reads the text's codes (`textCodes`). */
export const isLetterCodeAt = (codes: Uint16Array, text: string, at: number) => plainLetter(codes[at]!) ?? isLetterAt(text, at)

/** The length of the letter at `at` (2 for one outside the BMP), or 0 when there is none. */
export function letterAt(text: string, at: number): number {
  const plain = plainLetter(text.charCodeAt(at))
  if (plain !== undefined) return plain ? 1 : 0
  if (at >= text.length) return 0
  LETTER.lastIndex = at
  return LETTER.test(text) ? LETTER.lastIndex - at : 0
}

/** An ASCII letter: `| 32` folds capitals onto lowercase and sends every other code outside a-z. */
export const isAsciiLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122

/** Where the run of letters starting at `at` ends. */
export function lettersEnd(text: string, at: number): number {
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
