import type { Piece } from './nodes.js'

/**
 * An annex after the operative part: its heading and opening words as one clause (`annex`),
 * then one clause per article when it sets out a proposed act ("Article 1 Subject matter ...",
 * `annex__art_1`). An article starts at the expected next "Article N" after the end of a
 * sentence and before a capitalised title, so "referred to in Article 2 ." starts nothing.
 */
export function annexPieces(text: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [{ type: 'clause', id: 'annex', kind: 'prose', start, end }]
  let expected = 1
  for (const match of text.slice(start, end).matchAll(/\bArticle (\d{1,3})\s+(?=\p{Lu})/gu)) {
    if (Number(match[1]) !== expected) continue
    const at = start + match.index
    let p = at - 1
    while (p >= start && /\s/.test(text[p]!)) p--
    if (expected > 1 && !'.;:'.includes(text[p] ?? '.')) continue
    pieces.at(-1)!.end = at
    pieces.push({ type: 'clause', id: `annex__art_${expected}`, kind: 'prose', num: String(expected), start: at, end, labelEnd: at + match[0].length })
    expected++
  }
  return pieces
}
