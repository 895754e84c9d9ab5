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

/** The lines of `text`, in one pass. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = []
  const n = text.length
  let start = -1
  let spaces = 0
  let newlines = 0
  let at = 0
  while (at < n) {
    if (!isBlank(text.charCodeAt(at))) {
      if (start < 0) start = at
      // The rest of the line up to a run of white space, read in one loop: words and the single
      // spaces between them are most of the text.
      for (at++; at < n; at++) {
        const code = text.charCodeAt(at)
        if (code > 32) continue
        if (code === 32 && at + 1 < n && text.charCodeAt(at + 1) > 32) at++
        else if (isBlank(code)) break
      }
      continue
    }
    const from = at
    let runSpaces = 0
    let runNewlines = 0
    for (; at < n; at++) {
      const code = text.charCodeAt(at)
      if (!isBlank(code)) break
      if (code === 10) runNewlines++
      else if (code !== 13) runSpaces++
    }
    if (at - from < 3 && runNewlines === 0 && at < n) continue
    if (start >= 0) lines.push({ start, end: from, spaces, newlines })
    start = -1
    spaces = runSpaces
    newlines = runNewlines
  }
  if (start >= 0) lines.push({ start, end: n, spaces, newlines })
  return lines
}
