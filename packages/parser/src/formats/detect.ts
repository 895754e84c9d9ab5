import type { Format } from '../tree.js'

/** Tell the input formats apart without help. */
export function detectFormat(_text: string): Format {
  return 'text'
}
