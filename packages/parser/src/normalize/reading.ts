import type { Edit, Reading } from '../tree.js'

/**
 * Build the reading of `source[start, end)` from edits over original offsets. Edits must be
 * sorted by `start`, must not overlap, and must lie within `[start, end)`.
 */
export function readingOf(source: string, start: number, end: number, edits: Edit[]): Reading {
  // Most clauses of a letter read as written: their source, without parts to join.
  if (edits.length === 0) return { text: source.slice(start, end), edits }
  const parts: string[] = []
  let at = start
  for (const edit of edits) {
    parts.push(source.slice(at, edit.start), edit.insert)
    at = edit.end
  }
  parts.push(source.slice(at, end))
  return { text: parts.join(''), edits }
}

/**
 * Which original offset a reading offset stands for, where it is ambiguous:
 * - `start`: the offset begins a range, so deleted text just before it is left out and an
 *   offset inside a replacement takes the whole replaced span;
 * - `end`: the offset ends a range, so deleted text just after it is left out and an offset
 *   inside a replacement takes the whole replaced span.
 * Mapping a reading range `[s, e)` with `start` then `end` gives the tightest original range
 * that reads as it.
 */
export type Bias = 'start' | 'end'

/** A forward cursor over a reading's edits: each lookup continues where the previous stopped. */
class ReadingCursor {
  private index = 0
  /** Reading offset and original offset of the same point, just after the edits passed so far. */
  private readingAt = 0
  private originalAt: number

  constructor(private readonly reading: Reading, start: number) {
    this.originalAt = start
  }

  /** Map `offset` (not below the previous offset mapped with the same bias order). */
  map(offset: number, bias: Bias): number {
    const target = Math.max(0, Math.min(offset, this.reading.text.length))
    const { edits } = this.reading
    while (this.index < edits.length) {
      const edit = edits[this.index]!
      const insertAt = this.readingAt + (edit.start - this.originalAt)
      if (target < insertAt) break
      const insertEnd = insertAt + edit.insert.length
      if (target === insertAt && (bias === 'end' || edit.insert.length > 0)) return edit.start
      if (target < insertEnd) return bias === 'start' ? edit.start : edit.end
      this.readingAt = insertEnd
      this.originalAt = edit.end
      this.index++
    }
    return this.originalAt + (target - this.readingAt)
  }
}

/** Map an offset in a reading back to an offset in the original input (`start`: where the reading's source begins). */
export function toOriginal(reading: Reading, start: number, offset: number, bias: Bias = 'start'): number {
  return new ReadingCursor(reading, start).map(offset, bias)
}

/** Map many reading offsets at once, in one pass: `offsets` must be sorted ascending. */
export function toOriginalAll(reading: Reading, start: number, offsets: number[], bias: Bias = 'start'): number[] {
  const cursor = new ReadingCursor(reading, start)
  return offsets.map((offset) => cursor.map(offset, bias))
}
