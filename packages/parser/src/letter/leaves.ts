import type { Location } from '../location.js'
import type { FootnoteReference, Inline, Text } from '../tree.js'
import { superscriptValue } from './parts.js'

/** A superscript footnote marker in the source ("¹"), by offset. */
export interface Marker {
  start: number
  end: number
  label: string
  /** A call in a reader's own syntax ("[^1]"): one even where it opens a paragraph, where a superscript would be its note's own label. */
  call?: boolean
}

/** Runs of superscript digits, in pieces of four; the regex engine scans a text several times faster than a loop over its codes. */
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}/g

/** Every run of superscript digits ("¹", "¹²"; a longer run in pieces of four). */
export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = []
  for (const match of text.matchAll(SUPERSCRIPT_RUN)) {
    markers.push({ start: match.index, end: match.index + match[0].length, label: superscriptValue(match[0]) })
  }
  return markers
}

/** Where a walk through the sorted markers stands: the index of the first marker not passed yet. */
export interface MarkerCursor {
  next: number
}

/**
 * The leaves of `[start, end)`: text, split around the footnote markers inside it that point
 * to a known footnote (`footnotes`: label -> footnote clause id). `markers` is sorted; the
 * cursor says where to start looking in it, and is moved past the last marker used.
 */
export function leavesOf(
  text: string,
  location: Location,
  start: number,
  end: number,
  markers: Marker[],
  cursor: MarkerCursor,
  footnotes: ReadonlyMap<string, string>
): Inline[] {
  const leaves: Inline[] = []
  let i = cursor.next
  while (i < markers.length && markers[i]!.start < start) i++
  let at = start
  for (; i < markers.length && markers[i]!.end <= end; i++) {
    const marker = markers[i]!
    const identifier = footnotes.get(marker.label)
    if (identifier === undefined || (marker.start === start && !marker.call)) continue
    if (marker.start > at) leaves.push(textLeaf(text, location, at, marker.start))
    const reference: FootnoteReference = {
      type: 'footnoteReference',
      label: marker.label,
      identifier,
      value: text.slice(marker.start, marker.end),
      position: location.position(marker.start, marker.end)
    }
    leaves.push(reference)
    at = marker.end
  }
  if (end > at || leaves.length === 0) leaves.push(textLeaf(text, location, at, end))
  cursor.next = i
  return leaves
}

function textLeaf(text: string, location: Location, start: number, end: number): Text {
  return { type: 'text', value: text.slice(start, end), position: location.position(start, end) }
}
