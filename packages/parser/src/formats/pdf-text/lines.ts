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
  let start = -1
  let spaces = 0
  let newlines = 0
  let at = 0
  while (at < text.length) {
    if (!isBlank(text.charCodeAt(at))) {
      if (start < 0) start = at
      at++
      continue
    }
    const from = at
    let runSpaces = 0
    let runNewlines = 0
    while (at < text.length && isBlank(text.charCodeAt(at))) {
      if (text.charCodeAt(at) === 10) runNewlines++
      else if (text.charCodeAt(at) !== 13) runSpaces++
      at++
    }
    if (at - from < 3 && runNewlines === 0 && at < text.length) continue
    if (start >= 0) lines.push({ start, end: from, spaces, newlines })
    start = -1
    spaces = runSpaces
    newlines = runNewlines
  }
  if (start >= 0) lines.push({ start, end: text.length, spaces, newlines })
  return lines
}
