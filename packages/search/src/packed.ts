import { sortedPosting, type Posting } from './postings.js'

/** Per field (by position in the engine's field list), the term's posting, if it occurs there. */
export type TermPostings = (Posting | undefined)[]

/**
 * The index as stored: every posting once, as (clause number, weight in thousandths), clause
 * numbers delta-coded, no positions or other metadata. lunr's own serialisation stores each
 * posting twice (inverted index and field vectors) with a `{}` of metadata per clause; this
 * is about a third of its size.
 */
export interface PackedIndex {
  /** The lunr release whose Builder weighed the postings: another release may weigh otherwise. */
  lunr: string
  fields: string[]
  /** Every indexed term, sorted. */
  terms: string[]
  /** Per term: `[field, count, docDelta..., weight...]` for each field the term occurs in. */
  postings: number[][]
}

export function pack(postings: ReadonlyMap<string, TermPostings>, fields: readonly string[], lunr: string): PackedIndex {
  const terms = [...postings.keys()].sort()
  const packed = terms.map((term) => {
    const data: number[] = []
    postings.get(term)!.forEach((posting, field) => {
      if (!posting) return
      data.push(field, posting.docs.length)
      let previous = 0
      for (const doc of posting.docs) {
        data.push(doc - previous)
        previous = doc
      }
      for (const weight of posting.weights) data.push(weight)
    })
    return data
  })
  return { lunr, fields: [...fields], terms, postings: packed }
}

/**
 * The postings of a packed index whose fields are `fields` (in any order). Throws an Error
 * saying what is wrong when the structure is damaged, so a bad file is never half read.
 */
export function unpack(packed: unknown, fields: readonly string[]): Map<string, TermPostings> {
  const { fields: stored, terms, postings } = (packed ?? {}) as Partial<PackedIndex>
  if (!Array.isArray(stored) || !Array.isArray(terms) || !Array.isArray(postings) || terms.length !== postings.length) {
    throw new Error('the packed index needs "fields", and "terms" and "postings" of the same length')
  }
  const order = stored.map((field) => fields.indexOf(field as string))
  if (order.some((field) => field < 0) || stored.length !== fields.length) {
    throw new Error(`the packed index has the fields ${JSON.stringify(stored)}; expected ${JSON.stringify(fields)}`)
  }
  const result = new Map<string, TermPostings>()
  terms.forEach((term, termIndex) => {
    const data = postings[termIndex]
    if (typeof term !== 'string' || !Array.isArray(data)) throw new Error(`term ${termIndex} is damaged`)
    const perField: TermPostings = fields.map(() => undefined)
    let at = 0
    while (at < data.length) {
      const field = order[data[at] as number]
      const count = data[at + 1] as number
      if (field === undefined || !Number.isInteger(count) || count < 0 || at + 2 + 2 * count > data.length) {
        throw new Error(`the postings of ${JSON.stringify(term)} are damaged at ${at}`)
      }
      at += 2
      const docs: number[] = []
      let doc = 0
      for (let n = 0; n < count; n++) {
        const delta = data[at + n]
        if (!Number.isInteger(delta) || (delta as number) < (n === 0 ? 0 : 1)) throw new Error(`the postings of ${JSON.stringify(term)} are damaged at ${at + n}`)
        docs.push((doc += delta as number))
      }
      const weights = data.slice(at + count, at + 2 * count)
      if (!weights.every(Number.isInteger)) throw new Error(`the weights of ${JSON.stringify(term)} are damaged`)
      perField[field] = sortedPosting(docs, weights as number[])
      at += 2 * count
    }
    result.set(term, perField)
  })
  return result
}
