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

/** "⁰¹²³⁴⁵⁶⁷⁸⁹" by code; the first test passes over ASCII, most of any text. */
const isSuperscriptCode = (code: number) => code >= 0xb2 && (code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079))

/** Every run of superscript digits ("¹", "¹²"; a longer run in pieces of four), in one pass over the codes. */
export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = []
  for (let at = 0; at < text.length; at++) {
    if (!isSuperscriptCode(text.charCodeAt(at))) continue
    const start = at
    while (at + 1 < text.length && at + 1 - start < 4 && isSuperscriptCode(text.charCodeAt(at + 1))) at++
    markers.push({ start, end: at + 1, label: superscriptValue(text.slice(start, at + 1)) })
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
    if (identifier === undefined || (marker.start === start && !marker.call)) continue
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
