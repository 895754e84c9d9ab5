/**
 * Whether GFM could read a text into another tree than CommonMark does. Its footnotes, tables,
 * strikethrough and task boxes cannot be written without "[^", a delimiter row ("|---|:-:|"),
 * a "~" or a "[ ]" after a bullet; GFM's bare-URL links, the one other difference, change no
 * tree. The GFM extensions make remark take about 1.7 times as long, so the Markdown reader
 * uses them only when this says so.
 */
export function mayUseGfm(text: string): boolean {
  return text.includes('[^') || text.includes('~') || hasTaskBox(text) || hasDelimiterRow(text)
}

const TASK_BOX = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/m
/** Whether a line is a list item with a task box; the box is looked for first, as most texts have none. */
const hasTaskBox = (text: string) => (text.includes('[ ]') || text.includes('[x]') || text.includes('[X]')) && TASK_BOX.test(text)

/** A table's delimiter row: pipes, dashes, colons and spaces only (after quote markers). */
const DELIMITER_ROW = /^[ \t>]*[-:|][-:| \t]*$/

/** Whether a line with a "|" is a delimiter row; each line is looked at once. */
function hasDelimiterRow(text: string): boolean {
  for (let pipe = text.indexOf('|'); pipe >= 0; ) {
    const start = text.lastIndexOf('\n', pipe) + 1
    let end = text.indexOf('\n', pipe)
    if (end < 0) end = text.length
    const line = text.slice(start, end).trimEnd()
    if (line.includes('-') && DELIMITER_ROW.test(line)) return true
    pipe = text.indexOf('|', end)
  }
  return false
}
