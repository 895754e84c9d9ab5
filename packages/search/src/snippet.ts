/** A `[start, end)` range of characters. */
export type Range = [number, number]

/** A passage of a clause around its best match. Text, never markup: the display marks `highlights` itself. */
export interface Snippet {
  /** The passage, with "…" where it cuts the clause. */
  snippet: string
  /** The matched words, as ranges into `snippet`, in order, not overlapping. */
  highlights: Range[]
  /** `snippet` with each highlight between « and », for plain-text displays. */
  marked: string
}

export interface SnippetOptions {
  /** Longest passage, in characters (default 240). */
  width?: number
}

const ellipsis = '…'

/**
 * Cut `text` to the window of `width` characters holding the most matches, on word
 * boundaries. Two pointers over sorted matches: linear in their number.
 */
export function makeSnippet(text: string, matches: readonly Range[], options: SnippetOptions = {}): Snippet {
  const width = Math.max(40, options.width ?? 240)
  const ranges = mergeRanges(matches)
  let from = 0
  let to = text.length
  if (text.length > width) {
    let best = 0
    let bestCount = 0
    let last = 0
    for (let first = 0; first < ranges.length; first++) {
      if (last < first) last = first
      while (last + 1 < ranges.length && ranges[last + 1]![1] - ranges[first]![0] <= width) last++
      if (last - first + 1 > bestCount) {
        bestCount = last - first + 1
        best = first
      }
    }
    const firstMatch = ranges[best]
    const spanEnd = ranges[best + bestCount - 1]?.[1] ?? 0
    // Lead in with some context before the first match, more when the matches leave room.
    const lead = firstMatch ? Math.min(60, Math.max(0, Math.floor((width - (spanEnd - firstMatch[0])) / 3))) : 0
    from = firstMatch ? Math.max(0, firstMatch[0] - lead) : 0
    to = Math.min(text.length, from + width)
    if (to === text.length) from = Math.max(0, to - width)
    from = wordStart(text, from, firstMatch?.[0] ?? from)
    to = wordEnd(text, to, spanEnd)
  }
  const prefix = from > 0 ? ellipsis : ''
  const suffix = to < text.length ? ellipsis : ''
  const body = text.slice(from, to)
  const shift = prefix.length - from
  const highlights: Range[] = []
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue
    highlights.push([Math.max(start, from) + shift, Math.min(end, to) + shift])
  }
  const snippet = prefix + body + suffix
  return { snippet, highlights, marked: mark(snippet, highlights) }
}

/** Sort ranges and merge the ones that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Range[] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/** Put « » around each range; ranges are sorted and disjoint. */
export function mark(text: string, ranges: readonly Range[]): string {
  let out = ''
  let at = 0
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + '«' + text.slice(start, end) + '»'
    at = end
  }
  return out + text.slice(at)
}

// Move a cut forward to the start of a word, but never past `limit`.
function wordStart(text: string, at: number, limit: number): number {
  if (at === 0) return 0
  const space = text.indexOf(' ', at)
  return space >= 0 && space < limit ? space + 1 : at
}

// Move a cut back to the end of a word, but never before `limit`.
function wordEnd(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length
  const space = text.lastIndexOf(' ', at)
  return space > limit ? space : at
}
