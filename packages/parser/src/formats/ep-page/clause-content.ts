import { readingOf } from '../../normalize/reading.js'
import { spacedPunctuationEdits } from '../../normalize/spaced-punctuation.js'
import type { Edit, Inline, Reading } from '../../tree.js'
import type { Marker } from './footnotes.js'
import type { NodeBuilder } from './nodes.js'

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160

/**
 * The inline children of a clause over `[start, end)`: text leaves, with a `footnoteReference`
 * leaf for each marker, so the leaves still cover the clause exactly.
 */
export function clauseChildren(builder: NodeBuilder, start: number, end: number, markers: Marker[]): Inline[] {
  const children: Inline[] = []
  let at = start
  for (const marker of markers) {
    if (marker.start > at) children.push(builder.leaf(at, marker.start))
    children.push({
      type: 'footnoteReference',
      label: marker.label,
      identifier: `fn_${marker.label}`,
      value: builder.text.slice(marker.start, marker.end),
      position: builder.location.position(marker.start, marker.end)
    })
    at = marker.end
  }
  if (at < end) children.push(builder.leaf(at, end))
  return children
}

/**
 * The reading of a clause: its words without the printed label ("A .", "1 .", "–", "( 1 )")
 * and without footnote markers, with spaced punctuation repaired. Markers go with the white
 * space before them, so "Decision ( 8 ) , including" reads "Decision, including".
 */
export function clauseReading(text: string, start: number, labelEnd: number, end: number, markers: Marker[]): Reading {
  let wordsStart = labelEnd
  while (wordsStart < end && isSpace(text.charCodeAt(wordsStart))) wordsStart++
  const removals: Edit[] = []
  if (wordsStart > start) removals.push({ start, end: wordsStart, insert: '', rule: 'label' })
  for (const marker of markers) {
    let from = marker.start
    while (from > start && isSpace(text.charCodeAt(from - 1))) from--
    removals.push({ start: Math.max(from, wordsStart), end: marker.end, insert: '', rule: 'footnote-marker' })
  }
  const repairs = spacedPunctuationEdits(text, wordsStart, end)
  return readingOf(text, start, end, merge(removals, repairs))
}

/** Both edit lists in order; a repair inside a removed span goes (removals cover whole runs of white space). */
function merge(removals: Edit[], repairs: Edit[]): Edit[] {
  const edits: Edit[] = []
  let r = 0
  for (const removal of removals) {
    while (r < repairs.length && repairs[r]!.end <= removal.start) edits.push(repairs[r++]!)
    while (r < repairs.length && repairs[r]!.start < removal.end) r++
    const last = edits[edits.length - 1]
    if (last && last.end > removal.start) continue
    edits.push(removal)
  }
  while (r < repairs.length) edits.push(repairs[r++]!)
  return edits
}
