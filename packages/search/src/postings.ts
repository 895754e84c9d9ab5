/**
 * The clauses holding one term in one field, ascending, with the term's weight in each, in
 * thousandths: lunr rounds its BM25 weights to three decimals, so integers keep them exactly.
 */
export interface Posting {
  docs: Int32Array
  weights: Int32Array
}

/** A posting from parallel lists, sorted by clause if they are not already. */
export function sortedPosting(docs: readonly number[], weights: readonly number[]): Posting {
  let sorted = true
  for (let i = 1; i < docs.length && sorted; i++) sorted = docs[i - 1]! < docs[i]!
  if (sorted) return { docs: Int32Array.from(docs), weights: Int32Array.from(weights) }
  const order = docs.map((_, i) => i).sort((a, b) => docs[a]! - docs[b]!)
  return { docs: Int32Array.from(order, (i) => docs[i]!), weights: Int32Array.from(order, (i) => weights[i]!) }
}

/**
 * Call `found(candidateIndex, postingIndex)` for every clause in both ascending lists: a
 * merge when the lists are of like size, a binary search per candidate when the posting
 * list is much longer (a rare term against a common one), so the cost follows the shorter list.
 */
export function eachShared(candidates: Int32Array, docs: Int32Array, found: (at: number, n: number) => void): void {
  if (candidates.length * 16 < docs.length) {
    let low = 0
    for (let at = 0; at < candidates.length; at++) {
      const doc = candidates[at]!
      let high = docs.length
      while (low < high) {
        const mid = (low + high) >>> 1
        if (docs[mid]! < doc) low = mid + 1
        else high = mid
      }
      if (docs[low] === doc) found(at, low)
    }
    return
  }
  let n = 0
  for (let at = 0; at < candidates.length && n < docs.length; at++) {
    const doc = candidates[at]!
    while (n < docs.length && docs[n]! < doc) n++
    if (docs[n] === doc) found(at, n)
  }
}

/** The union of two ascending lists, ascending, without repeats. */
export function mergeSorted(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length === 0) return b
  if (b.length === 0) return a
  const out = new Int32Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!
    if (k === 0 || out[k - 1] !== next) out[k++] = next
  }
  return out.subarray(0, k)
}

/** The candidates (ascending) that are, or are not, in any of the lists. */
export function keepShared(candidates: Int32Array, lists: readonly Int32Array[], shared: boolean): Int32Array {
  const seen = new Uint8Array(candidates.length)
  for (const docs of lists) eachShared(candidates, docs, (at) => (seen[at] = 1))
  const want = shared ? 1 : 0
  return candidates.filter((_, at) => seen[at] === want)
}
