import type { Location } from '../location.js'
import type { FootnoteReference, Inline, Text } from '../tree.js'
import { superscriptValue } from './parts.js'

/** A superscript footnote marker in the source ("¹"), by offset. */
export interface Marker {
  start: number
  end: number
  label: string
}

/** Every run of superscript digits ("¹", "¹²"), in one pass. */
export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = []
  for (const match of text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}/g)) {
    markers.push({ start: match.index, end: match.index + match[0].length, label: superscriptValue(match[0]) })
  }
  return markers
}

/**
 * The leaves of `[start, end)`: text, split around the footnote markers inside it that point
 * to a known footnote (`footnotes`: label -> footnote clause id). `markers` is sorted; `from`
 * is where to start looking in it, and the index after the last marker used is returned.
 */
export function leavesOf(
  text: string,
  location: Location,
  start: number,
  end: number,
  markers: Marker[],
  from: number,
  footnotes: ReadonlyMap<string, string>
): { leaves: Inline[]; next: number } {
  const leaves: Inline[] = []
  const textLeaf = (a: number, b: number): Text => ({ type: 'text', value: text.slice(a, b), position: location.position(a, b) })
  let i = from
  while (i < markers.length && markers[i]!.start < start) i++
  let at = start
  for (; i < markers.length && markers[i]!.end <= end; i++) {
    const marker = markers[i]!
    const identifier = footnotes.get(marker.label)
    if (identifier === undefined || marker.start === start) continue
    if (marker.start > at) leaves.push(textLeaf(at, marker.start))
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
  if (end > at || leaves.length === 0) leaves.push(textLeaf(at, end))
  return { leaves, next: i }
}
