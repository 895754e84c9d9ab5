/**
 * Stable clause ids for letters. An id comes from what the clause says (its printed number,
 * its first words, a signatory's name), never from its position, so editing one paragraph
 * leaves the ids of the others alone. Two clauses that would share an id get `-2`, `-3`, ...
 * in document order.
 */

/** A lowercase ASCII slug of the first `words` words of `text` ("Best regards," -> "best-regards"). */
export function slug(text: string, words = 4): string {
  // Footnote markers ("rights.²") are not words, and NFKD would read "²" as "2".
  const folded = text.slice(0, 240).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, ' ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  const parts: string[] = []
  for (const match of folded.matchAll(/[a-z0-9]+/g)) {
    parts.push(match[0])
    if (parts.length === words) break
  }
  return parts.join('-').slice(0, 48).replace(/-+$/, '')
}

/** Hands out ids, suffixing repeats. */
export class IdRegistry {
  private readonly used = new Map<string, number>()

  /** `base`, or `base-2`, `base-3`, ... when taken. */
  claim(base: string): string {
    const seen = this.used.get(base)
    if (seen === undefined) {
      this.used.set(base, 1)
      return base
    }
    let n = seen + 1
    while (this.used.has(`${base}-${n}`)) n++
    this.used.set(base, n)
    const id = `${base}-${n}`
    this.used.set(id, 1)
    return id
  }
}
