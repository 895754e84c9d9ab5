/**
 * remark-parse (micromark) slows down worse than linearly on shapes of input no letter has:
 * - a line that opens thousands of nested containers ("- - - - ... x": 2 000 take seconds,
 *   20 000 never finish);
 * - a paragraph with tens of thousands of brackets ("[x] " 50 000 times takes half a minute;
 *   with GFM, whose footnote calls look back through the paragraph at every "]", 20 000 "x] "
 *   take seven seconds) or emphasis marks (matched pairwise: 60 000 "*em*" take 20 s);
 * - thousands of GFM footnotes (each new one is checked against all before it: 20 000 take over
 *   a minute), or one footnote followed by thousands of lines before a blank line (20 000 take
 *   47 s);
 * - a block quote or list item whose paragraph runs on through thousands of lines without the
 *   container's marker (lazy lines: 32 000 take 11 s, where as many quoted lines take 1 s).
 *
 * Past `MAX_DEPTH` container markers on a line, past `MAX_BRACKETS` "[" or "]" or
 * `MAX_EMPHASIS_MARKS` "*", "_" or "~" in a paragraph, past `MAX_NOTES` footnotes ("[^x]:") in
 * the document, for a footnote with more than `MAX_NOTE_LINES` lines before the next blank line
 * or footnote, and for every container marker of a block (lines between blank lines) with more
 * than `MAX_LAZY_LINES` lazy lines (such a block is then read as a plain paragraph), the
 * characters are swapped for "·" in the copy remark reads. The swap keeps every offset, so
 * positions still point into the original, which the tree's leaves are cut from; only the
 * reading of such a paragraph shows the "·".
 */
const MAX_DEPTH = 16
const MAX_BRACKETS = 256
const MAX_EMPHASIS_MARKS = 1024
const MAX_NOTES = 500
const MAX_NOTE_LINES = 200
const MAX_LAZY_LINES = 200
const INERT = '·'

const isSpace = (code: number) => code === 32 || code === 9

/** Append to `markers` the offsets of the container markers ("> ", "- ", "1. ") that open the line starting at `start`. */
function containerMarkers(text: string, start: number, end: number, markers: number[]): void {
  let at = start
  for (;;) {
    let indent = 0
    while (at < end && indent < 4 && isSpace(text.charCodeAt(at))) {
      at++
      indent++
    }
    let marker = -1
    const char = text[at]
    if (char === '-' || char === '*' || char === '+' || char === '>') {
      marker = at
    } else {
      let digits = at
      while (digits < end && digits - at < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++
      if (digits > at && (text[digits] === '.' || text[digits] === ')')) marker = digits
    }
    if (marker < 0) return
    const after = marker + 1
    if (after < end && !isSpace(text.charCodeAt(after)) && char !== '>') return
    markers.push(marker)
    at = after
  }
}

/** Whether the line starting at `start` holds only white space. */
function isBlankLine(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (!isSpace(code) && code !== 13) return false
  }
  return true
}

/**
 * Line by line: the markers past `MAX_DEPTH` on each line into `deep`, and into `lazy` every
 * container marker of a block in which more than `MAX_LAZY_LINES` lines without a marker follow
 * a line with one. Indented lines count too: in a quote they are as lazy as unindented ones,
 * and a list item with hundreds of continuation lines and no blank line is no letter's.
 */
function excessContainers(text: string, deep: number[], lazy: number[]): void {
  // One array for the whole text: each line's markers are appended to its block's.
  const blockMarkers: number[] = []
  let lazyLines = 0
  const endBlock = () => {
    if (lazyLines > MAX_LAZY_LINES) for (const marker of blockMarkers) lazy.push(marker)
    blockMarkers.length = 0
    lazyLines = 0
  }
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (isBlankLine(text, start, end)) {
      endBlock()
    } else {
      const before = blockMarkers.length
      containerMarkers(text, start, end, blockMarkers)
      for (let depth = MAX_DEPTH; before + depth < blockMarkers.length; depth++) deep.push(blockMarkers[before + depth]!)
      if (blockMarkers.length === before && before > 0) lazyLines++
    }
    start = end + 1
  }
  endBlock()
}

/**
 * The offsets of the "[" and of the "]" past `MAX_BRACKETS`, and of the emphasis marks ("*",
 * "_", "~") past `MAX_EMPHASIS_MARKS`, in one paragraph (a blank line starts new counts). A
 * bullet ("* " opening a line) is no emphasis mark and is not counted.
 */
function excessInlineMarks(text: string, out: number[]): void {
  let opening = 0
  let closing = 0
  let emphasis = 0
  let lineBlank = true
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 10) {
      if (lineBlank) opening = closing = emphasis = 0
      lineBlank = true
    } else if (code === 91) {
      lineBlank = false
      if (++opening > MAX_BRACKETS) out.push(at)
    } else if (code === 93) {
      lineBlank = false
      if (++closing > MAX_BRACKETS) out.push(at)
    } else if (code === 42 || code === 95 || code === 126) {
      const bullet = code === 42 && lineBlank && isSpace(text.charCodeAt(at + 1))
      lineBlank = false
      if (!bullet && ++emphasis > MAX_EMPHASIS_MARKS) out.push(at)
    } else if (!isSpace(code) && code !== 13) {
      lineBlank = false
    }
  }
}

/** How many times `char` occurs in `text`, counted up to `limit` and one past it. */
function countUpTo(text: string, char: string, limit: number): number {
  let count = 0
  for (let at = text.indexOf(char); at >= 0 && count <= limit; at = text.indexOf(char, at + 1)) count++
  return count
}

/**
 * Whether the whole text has more brackets or emphasis marks than one paragraph may: if not,
 * no paragraph has. Counted with `indexOf`, which scans twenty times faster than the loop over
 * every character that counts per paragraph.
 */
function mayHaveExcessInlineMarks(text: string): boolean {
  return (
    countUpTo(text, '[', MAX_BRACKETS) > MAX_BRACKETS ||
    countUpTo(text, ']', MAX_BRACKETS) > MAX_BRACKETS ||
    countUpTo(text, '*', MAX_EMPHASIS_MARKS) + countUpTo(text, '_', MAX_EMPHASIS_MARKS) + countUpTo(text, '~', MAX_EMPHASIS_MARKS) > MAX_EMPHASIS_MARKS
  )
}

/** A footnote's label and colon ("[^edpb]:"); a scan stops at the next "[", so all scans together read the input about once. */
const NOTE = /\[\^[^\s[\]]{1,999}\]:/y

/**
 * The offsets of the "[" that open footnotes ("[^x]:") past `MAX_NOTES` in the document, or
 * that open a footnote too long to be one.
 */
function excessNotes(text: string, out: number[]): void {
  const notes: number[] = []
  for (let at = text.indexOf('[^'); at >= 0; at = text.indexOf('[^', at + 2)) {
    NOTE.lastIndex = at
    if (startsLine(text, at) && NOTE.test(text)) notes.push(at)
  }
  // From the last, so that each note's lines run to the next note that stays one.
  const inert: number[] = notes.slice(MAX_NOTES)
  let next = text.length
  for (let n = Math.min(notes.length, MAX_NOTES) - 1; n >= 0; n--) {
    if (overlong(text, notes[n]!, next)) inert.push(notes[n]!)
    else next = notes[n]!
  }
  for (const note of inert.sort((a, b) => a - b)) out.push(note)
}

/** Whether only container markers and spaces ("> ", "- ", "1. ") stand before `at` on its line, as before a footnote. */
function startsLine(text: string, at: number): boolean {
  for (let back = at - 1; back >= 0 && at - back <= 16; back--) {
    const char = text[back]!
    if (char === '\n') return true
    if (!' \t>*+-.)0123456789'.includes(char)) return false
  }
  return at < 16
}

/** Whether more than `MAX_NOTE_LINES` lines follow `from` before a blank line or `until`. */
function overlong(text: string, from: number, until: number): boolean {
  let lines = 0
  for (let at = text.indexOf('\n', from); at >= 0 && at < until; at = text.indexOf('\n', at + 1)) {
    let next = at + 1
    while (next < text.length && (isSpace(text.charCodeAt(next)) || text.charCodeAt(next) === 13)) next++
    if (next >= text.length || text.charCodeAt(next) === 10) return false
    if (++lines > MAX_NOTE_LINES) return true
  }
  return false
}

/** `text`, or a copy of the same length with the pathological markers made inert. */
export function tameForRemark(text: string): string {
  const inert: number[] = []
  const lazy: number[] = []
  excessContainers(text, inert, lazy)
  const brackets: number[] = []
  if (mayHaveExcessInlineMarks(text)) excessInlineMarks(text, brackets)
  const notes: number[] = []
  if (text.includes('[^')) excessNotes(text, notes)
  if (inert.length === 0 && lazy.length === 0 && brackets.length === 0 && notes.length === 0) return text
  const offsets = mergeSorted(mergeSorted(mergeSorted(inert, lazy), brackets), notes)
  let out = ''
  let at = 0
  for (const offset of offsets) {
    out += text.slice(at, offset) + INERT
    at = offset + 1
  }
  return out + text.slice(at)
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!)
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!)
    else {
      out.push(a[i++]!)
      j++
    }
  }
  return out
}
