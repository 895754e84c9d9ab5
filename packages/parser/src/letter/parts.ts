/**
 * The parts of a letter told apart by what their text says: the salutation ("Dear ..."),
 * copies ("cc: ..."), the subject line ("Re: ..."), the closing ("Yours sincerely,"), a
 * footnote's own text ("¹ 'Ban Biometric ...'"). Each recogniser takes the clause's reading
 * (markup gone, white space collapsed) and answers with what it found, or `undefined`.
 * Most texts are told by their first letter, before any regex runs: `| 32` lowercases an ASCII
 * letter, and `/i` without `/u` matches no character beyond ASCII to one in it.
 */

/** "Dear Commissioner Reynders," -> "Commissioner Reynders". A long paragraph that opens with "Dear" is prose. */
export function readSalutation(text: string): string | undefined {
  if ((text.charCodeAt(0) | 32) !== 100) return undefined
  // The regex alone backtracks through every space of "Dear" + a long run of white space +
  // a long tail (100 steps a space). The tail after the run must be 1 to 100 characters on
  // one line, which is checked first; then the regex succeeds at its first try or not at all.
  if (!/^dear\s/i.test(text)) return undefined
  const run = /\s*/y
  run.lastIndex = 4
  run.test(text)
  const tail = run.lastIndex
  if (tail === text.length || text.length - tail > 100 || text.includes('\n', tail)) return undefined
  const match = /^dear\s+([^\n]{1,100})$/i.exec(text)
  if (!match) return undefined
  const whom = match[1]!.replace(/[,:;!]\s*$/, '').trim()
  return whom === '' || /[.!?]\s/.test(whom) ? undefined : whom
}

/** "cc: Vice-President Jourová" -> "Vice-President Jourová". */
export function readCopy(text: string): string | undefined {
  const initial = text.charCodeAt(0) | 32
  if (initial !== 98 && initial !== 99) return undefined
  const match = /^b?cc\s*:\s*([^\n]{1,200})$/i.exec(text)
  return match ? match[1]!.replace(/[,;]\s*$/, '').trim() || undefined : undefined
}

/** "Re: Open letter: ..." -> "Open letter: ...". */
export function readSubject(text: string): string | undefined {
  const initial = text.charCodeAt(0) | 32
  if (initial !== 114 && initial !== 115 && initial !== 111 && initial !== 99) return undefined
  const match = /^(?:re|subject|object|concerns)\s*:\s*([^\n]{1,600})$/i.exec(text)
  return match ? match[1]!.trim() || undefined : undefined
}

/** Closings that end a letter with or without a comma. */
const CLOSINGS =
  /^(?:(?:yours|very truly yours)(?: (?:sincerely|faithfully|truly))?|(?:with )?(?:best|kind|kindest|warm|warmest) (?:regards|wishes)|regards|sincerely(?: yours)?|respectfully(?: yours)?|cordially)[,.!]?$/i
/** Closings that are ordinary words too ("Best", "Thank you"): only with the comma a closing has. */
const COMMA_CLOSINGS = /^(?:best|thank you|thanks|with thanks|with gratitude|in solidarity)(?: again)?,$/i

/** The letters closings begin with, as codes of lowercase ASCII: most lines are told by their first letter, without the regexes. */
const CLOSING_INITIALS = new Set(Array.from('bcikrstvwy', (letter) => letter.charCodeAt(0)))

/** Whether a text that starts with the code `initial` may be a complimentary close. */
export const mayOpenClosing = (initial: number) => CLOSING_INITIALS.has(initial | 32)

/** Whether the text is a complimentary close. */
export function isClosing(text: string): boolean {
  return text.length <= 40 && mayOpenClosing(text.charCodeAt(0)) && (CLOSINGS.test(text) || COMMA_CLOSINGS.test(text))
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** "¹²" -> "12". */
export function superscriptValue(marker: string): string {
  let digits = ''
  for (const char of marker) digits += String(SUPERSCRIPTS.indexOf(char))
  return digits
}

/** Whether a code is a superscript digit: "¹", "²", "³" in Latin-1, the others from U+2070. */
const isSuperscriptCode = (code: number) => code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079)

/**
 * The label of a footnote's own text: "¹ 'Ban ...'" -> "1", and "2 To further ..." -> "2" when
 * footnote 2 is referenced somewhere (`labels`), so a sentence that opens with a number is not
 * taken for a note.
 */
export function readFootnoteLabel(text: string, labels: ReadonlySet<string>): string | undefined {
  let end = 0
  while (end < text.length && end < 4 && isSuperscriptCode(text.charCodeAt(end))) end++
  if (end > 0) return superscriptValue(text.slice(0, end))
  // Most texts open with a letter: no label, without the regex.
  const first = text.charCodeAt(0)
  if (!(first >= 48 && first <= 57)) return undefined
  const match = /^(\d{1,3})\s+\S/.exec(text)
  return match && labels.has(match[1]!) ? match[1] : undefined
}

/** A line that introduces a list of signatories: "Organisations:", "Other signatories:", "Individuals:". */
export function readSignatoryHeading(text: string): 'person' | 'organisation' | 'unknown' | undefined {
  if (text.length > 60 || !text.endsWith(':') || /\bincluding:$/i.test(text)) return undefined
  if (/\b(?:individuals?|persons?|people|members|meps?|academics?|experts?)\b/i.test(text)) return 'person'
  if (/\b(?:organi[sz]ations?|groups|ngos?|associations|networks|institutions)\b/i.test(text)) return 'organisation'
  return 'unknown'
}

/** "European Digital Rights (EDRi), including:" -> "European Digital Rights (EDRi)": a signatory with members after it. */
export function readUmbrella(text: string): string | undefined {
  // Most lines do not end with the phrase: told without the regex, which tries up to 120 starts,
  // and mostly by the last letter, which each phrase has as "g", "f" or "s" (`| 32`: either case).
  const end = text.trimEnd()
  const body = end.endsWith(':') ? end.slice(0, -1).trimEnd() : end
  const letter = body.charCodeAt(body.length - 1) | 32
  if (letter !== 103 && letter !== 102 && letter !== 115) return undefined
  const last = body.slice(-16).toLowerCase()
  if (!last.endsWith('including') && !last.endsWith('on behalf of') && !last.endsWith('with its members')) return undefined
  const match = /^([^\n]{2,120}?),?\s+(?:including|on behalf of|with its members)\s*:?$/i.exec(text)
  return match ? match[1] : undefined
}
