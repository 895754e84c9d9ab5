/** The clauses holding one term in one field, ascending, with the term's weight in each. */
export interface Posting {
  docs: Int32Array
  weights: Float32Array
}

/** A posting from parallel lists, sorted by clause if they are not already. */
export function sortedPosting(docs: number[], weights: number[]): Posting {
  let sorted = true
  for (let i = 1; i < docs.length && sorted; i++) sorted = docs[i - 1]! < docs[i]!
  const order = docs.map((_, i) => i)
  if (!sorted) order.sort((a, b) => docs[a]! - docs[b]!)
  return { docs: Int32Array.from(order, (i) => docs[i]!), weights: Float32Array.from(order, (i) => weights[i]!) }
}

/**
 * Call `found(candidateIndex, postingIndex)` for every clause in both ascending lists: a
 * merge when the lists are of like size, a binary search per candidate when the posting
 * list is much longer (a rare term against a common one).
 */
export function eachShared(candidates: Int32Array, posting: Posting, found: (at: number, n: number) => void): void {
  const docs = posting.docs
  if (candidates.length * 16 < docs.length) {
    let low = 0
    candidates.forEach((doc, at) => {
      let high = docs.length
      while (low < high) {
        const mid = (low + high) >>> 1
        if (docs[mid]! < doc) low = mid + 1
        else high = mid
      }
      if (docs[low] === doc) found(at, low)
    })
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
