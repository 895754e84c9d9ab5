import type { Span } from './nodes.js'

/**
 * Pages that hold several texts one after the other: a discharge decision, the decision on
 * closing the accounts, then the resolution with observations ("1. European Parliament
 * decision of ... The European Parliament , – having regard to ... 2. European Parliament
 * decision ..."). Each text after the first opens with its own title and preamble.
 */
export interface LaterPart {
  /** Where the part's title begins ("2. European Parliament decision of ..."). */
  titleStart: number
  preamble: Span
}

/** A preamble that opens a text: followed by a citation, the first recital or paragraph 1. */
const PREAMBLE = /The European Parliament\s*,\s*(?=[–—-]\s*having\b|A\s?\.\s+whereas\b|1\s?\.\s)/g
const TITLE = /(?:\b\d{1,2}\s?\.\s+)?European Parliament (?:legislative |non-legislative )?(?:resolution|decision|recommendation)\b/g
/** How far before a preamble its title is looked for. */
const TITLE_REACH = 2_000

export function findLaterParts(text: string, from: number, to: number): LaterPart[] {
  const parts: LaterPart[] = []
  PREAMBLE.lastIndex = from
  for (let match = PREAMBLE.exec(text); match && match.index < to; match = PREAMBLE.exec(text)) {
    const reach = Math.max(from, parts.at(-1)?.preamble.end ?? from, match.index - TITLE_REACH)
    let titleStart = match.index
    for (const title of text.slice(reach, match.index).matchAll(TITLE)) titleStart = reach + title.index
    const end = match.index + match[0].trimEnd().length
    parts.push({ titleStart, preamble: { start: match.index, end } })
  }
  return parts
}
