import type { Alignment } from '../align/align.js'

/** The alignment as one JSON document: what `whereas compare --json` prints and the site reads. */
export function renderJson(alignment: Alignment): string {
  return JSON.stringify(alignment, null, 2) + '\n'
}
