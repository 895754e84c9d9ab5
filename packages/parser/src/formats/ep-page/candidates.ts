/**
 * The places where a clause of an EP resolution may begin, as the page prints them: a dash
 * before a lower-case word (a citation: "– having regard to"), a capital-letter label before
 * "whereas" (a recital: "A . whereas"), a number before a capitalised word (a paragraph:
 * "1 . Calls"). Each is what the regex
 * `([–—]|-(?=\s+having\b))\s+(?=\p{Ll})|\b([A-Z]{1,3}) ?\.\s+(?=[Ww]hereas\b)|\b(\d{1,4}) ?\.\s+(?=[\p{Lu}‘“"(])`
 * matches. That regex is tried at every letter and digit of the page; here the regex engine
 * only looks for a dash or "." before white space (2.5 times faster on a resolution), and the
 * label and the word after it are checked around each one found.
 */

export interface Candidate {
  kind: 'citation' | 'recital' | 'paragraph'
  /** Where the dash or the label begins. */
  start: number
  /** After the white space that follows the dash or the label's ".". */
  end: number
  /** The recital's letters or the paragraph's number. */
  label?: string
}

const KEY = /[–—.-]\s/g
const WHITE_SPACE = /\s+/y
const LOWER_CASE = /\p{Ll}/uy
const PARAGRAPH_WORD = /[\p{Lu}‘“"(]/uy

/** What `\b` counts as a word character. */
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
const isUpperCode = (code: number) => code >= 65 && code <= 90
const isDigitCode = (code: number) => code >= 48 && code <= 57

/** Whether `word` stands at `at` as a whole word (`\b` after it). */
const wordAt = (text: string, at: number, word: string) => text.startsWith(word, at) && !isWordCode(text.charCodeAt(at + word.length))

/** The candidates in `text`, in order. */
export function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = []
  KEY.lastIndex = 0
  for (let key = KEY.exec(text); key; key = KEY.exec(text)) {
    const at = key.index
    WHITE_SPACE.lastIndex = at + 1
    WHITE_SPACE.test(text)
    const end = WHITE_SPACE.lastIndex
    // No candidate starts inside the white space.
    KEY.lastIndex = end
    if (text.charCodeAt(at) === 46) {
      const label = labelBefore(text, at)
      if (label === undefined) continue
      if (isUpperCode(label.text.charCodeAt(0))) {
        if (wordAt(text, end, 'whereas') || wordAt(text, end, 'Whereas')) found.push({ kind: 'recital', start: label.start, end, label: label.text })
      } else {
        PARAGRAPH_WORD.lastIndex = end
        if (PARAGRAPH_WORD.test(text)) found.push({ kind: 'paragraph', start: label.start, end, label: label.text })
      }
      continue
    }
    if (text.charCodeAt(at) === 45 && !wordAt(text, end, 'having')) continue
    LOWER_CASE.lastIndex = end
    if (LOWER_CASE.test(text)) found.push({ kind: 'citation', start: at, end })
  }
  return found
}

/**
 * The label before the "." at `dot`: one to three capital letters or one to four digits that
 * start a word, with a space or nothing between them and the ".".
 */
function labelBefore(text: string, dot: number): { start: number; text: string } | undefined {
  const end = text.charCodeAt(dot - 1) === 32 ? dot - 1 : dot
  const letters = isUpperCode(text.charCodeAt(end - 1))
  if (!letters && !isDigitCode(text.charCodeAt(end - 1))) return undefined
  const isLabelCode = letters ? isUpperCode : isDigitCode
  const longest = letters ? 3 : 4
  let start = end - 1
  while (start > 0 && end - start < longest && isLabelCode(text.charCodeAt(start - 1))) start--
  // A longer run, or a label glued to a word, is no label (`\b` before it).
  if (start > 0 && isWordCode(text.charCodeAt(start - 1))) return undefined
  return { start, text: text.slice(start, end) }
}
