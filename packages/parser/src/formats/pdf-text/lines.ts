/**
 * Text extracted from a PDF keeps little of the layout: a page is one line, and what were line
 * and paragraph breaks are runs of spaces. A "line" here is the text between runs of white
 * space of three characters or more, or runs that hold a newline; the run before it tells how
 * strong the break was.
 */
export interface Line {
  start: number
  end: number
  /** Spaces and tabs in the run of white space before the line. */
  spaces: number
  /** Newlines in that run. */
  newlines: number
}

/** Space, tab, line feed, vertical tab, form feed, carriage return: one comparison for most characters. */
const isBlank = (code: number) => code <= 32 && (code === 32 || (code >= 9 && code <= 13))

/**
 * A run of white space that may break a line: two blanks or more, or one that is not a space;
 * or a superscript digit ("¹"), which the same pass notes for the footnote markers. A single
 * space between words, most of the white space, cannot break a line. A match is a whole run
 * (or one digit), so where it ends tells where it starts, without a match object per run. The
 * regex engine skips words and single spaces twice as fast as a loop over the codes.
 */
const RUN = /[\t-\r ]{2,}|[\t-\f\r\xb2\xb3\xb9\u2070\u2074-\u2079]/g

/** The lines of `text`, in one pass over the runs of white space, and whether the text has a superscript digit anywhere. */
export function linesOf(text: string): { lines: Line[]; superscripted: boolean } {
  const lines: Line[] = []
  let superscripted = false
  const n = text.length
  const first = text.charCodeAt(0)
  // Where the open line starts (-1: none); a single space before the first word breaks no line but starts none either.
  let start = n > 0 && !isBlank(first) ? 0 : first === 32 && n > 1 && !isBlank(text.charCodeAt(1)) ? 1 : -1
  let spaces = 0
  let newlines = 0
  RUN.lastIndex = 0
  while (RUN.test(text)) {
    const at = RUN.lastIndex
    if (!isBlank(text.charCodeAt(at - 1))) {
      superscripted = true
      continue
    }
    let from = at
    let runSpaces = 0
    let runNewlines = 0
    for (; from > 0; from--) {
      const code = text.charCodeAt(from - 1)
      if (!isBlank(code)) break
      if (code === 10) runNewlines++
      else if (code !== 13) runSpaces++
    }
    if (at - from < 3 && runNewlines === 0 && at < n) {
      if (start < 0) start = at
      continue
    }
    if (start >= 0) lines.push({ start, end: from, spaces, newlines })
    start = at < n ? at : -1
    spaces = runSpaces
    newlines = runNewlines
  }
  // A single space that ends the text is the only run the regex leaves that ends a line.
  if (start >= 0) lines.push({ start, end: text.charCodeAt(n - 1) === 32 ? n - 1 : n, spaces, newlines })
  return { lines, superscripted }
}
