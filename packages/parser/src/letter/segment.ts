import type { Edit } from '../tree.js'

/**
 * A stretch of a letter as a format reader found it, before the letter logic says what it is:
 * a paragraph, a list item, a heading, a separator or raw markup. Offsets are into the
 * original input; `edits` turn its source into its reading (markup removed, extraction damage
 * repaired), sorted, not overlapping, within `[start, end)`.
 */
export interface Segment {
  start: number
  end: number
  /** `table-head`: a table's header row with the delimiter row under it (its body rows are items). */
  shape: 'paragraph' | 'item' | 'heading' | 'break' | 'raw' | 'table-head'
  /** For items: the number as printed ("1" for "1."), when the item is numbered. */
  num?: string
  /** For nested items: the index, in the segment list, of the item this one sits in. */
  container?: number
  /** For headings: the level (1 for "#"). */
  level?: number
  /** Whether the whole segment is emphasised in the source ("**Thomas Wahl**"): bylines are. */
  emphasised?: boolean
  /** For a footnote written with its own syntax (Markdown's "[^edpb]: ..."): its label. */
  footnote?: NoteLabel
  edits: Edit[]
}

/**
 * A footnote label as written (`label`: "EDPB") and as calls are matched to it (`key`: Markdown
 * matches "[^EDPB]" to "[^edpb]:" regardless of case).
 */
export interface NoteLabel {
  label: string
  key: string
}

/** A footnote call written with its own syntax ("[^edpb]"), by offset: a marker with a matching key. */
export interface NoteCall extends NoteLabel {
  start: number
  end: number
}
