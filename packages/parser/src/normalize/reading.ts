import type { Edit, Reading } from '../tree.js'

/**
 * Build the reading of `source[start, end)` from edits over original offsets. Edits must be
 * sorted by `start`, must not overlap, and must lie within `[start, end)`.
 */
export function readingOf(source: string, start: number, end: number, edits: Edit[]): Reading {
  let text = ''
  let at = start
  for (const edit of edits) {
    text += source.slice(at, edit.start) + edit.insert
    at = edit.end
  }
  text += source.slice(at, end)
  return { text, edits }
}

/**
 * Map an offset in a reading back to an offset in the original input. `start` is the
 * original offset where the reading begins. An offset inside an inserted replacement maps to
 * the start of the original span it replaced (or its end, with `bias: 'end'`).
 */
export function toOriginal(reading: Reading, start: number, offset: number, bias: 'start' | 'end' = 'start'): number {
  let readingAt = 0
  let originalAt = start
  for (const edit of reading.edits) {
    const untouched = edit.start - originalAt
    if (offset <= readingAt + untouched) return originalAt + (offset - readingAt)
    readingAt += untouched
    if (offset < readingAt + edit.insert.length || (offset === readingAt + edit.insert.length && bias === 'start' && edit.insert.length > 0)) {
      return bias === 'end' ? edit.end : edit.start
    }
    readingAt += edit.insert.length
    originalAt = edit.end
  }
  return originalAt + (offset - readingAt)
}

/** Map many reading offsets at once, in one pass: `offsets` must be sorted ascending. */
export function toOriginalAll(reading: Reading, start: number, offsets: number[]): number[] {
  const out: number[] = []
  let i = 0
  let readingAt = 0
  let originalAt = start
  for (const edit of reading.edits) {
    const untouched = edit.start - originalAt
    while (i < offsets.length && offsets[i]! <= readingAt + untouched) out.push(originalAt + (offsets[i++]! - readingAt))
    readingAt += untouched
    while (i < offsets.length && offsets[i]! < readingAt + edit.insert.length) { out.push(edit.start); i++ }
    readingAt += edit.insert.length
    originalAt = edit.end
  }
  while (i < offsets.length) out.push(originalAt + (offsets[i++]! - readingAt))
  return out
}
