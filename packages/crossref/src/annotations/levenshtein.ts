/**
 * Edit distance (insertions, deletions, substitutions) in two rows of memory: O(a·b) time,
 * O(min(a, b)) space. `limit` stops early once every entry of a row exceeds it.
 */
export function levenshtein(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  if (a.length < b.length) [a, b] = [b, a]
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return rowMin
    ;[previous, current] = [current, previous]
  }
  return previous[b.length]!
}

/** The candidate nearest to `value` by edit distance (first one on ties), or undefined. */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const c of candidates) {
    const d = levenshtein(value, c, bestDistance)
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}
