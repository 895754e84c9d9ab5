import type { Point, Position } from './tree.js'

const RECENT = 256

/** Offsets to points for one input, with a line table built once (binary search per lookup). */
export class Location {
  private readonly lineStarts: number[] = [0]

  constructor(readonly text: string) {
    // indexOf scans natively, several times faster than a charCodeAt loop on megabytes.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
  }

  point(offset: number): Point {
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1, offset }
  }

  /**
   * The position of `[start, end)`. Nodes that start or end at the same offset may share a point
   * object: a tree has some four points for every distinct offset (a clause starts where its
   * first leaf does, a leaf ends where the next starts), and on a long text they were a third
   * of what the tree holds, all copied by each collection of the young heap. Positions are to
   * be read, not changed; `point` gives a point of one's own.
   */
  position(start: number, end: number): Position {
    return { start: this.shared(start), end: this.shared(end) }
  }

  /** Recent points by offset, one per slot: nodes are made in about the order of the text. */
  private readonly recent: (Point | undefined)[] = new Array(RECENT).fill(undefined)

  private shared(offset: number): Point {
    const slot = offset & (RECENT - 1)
    const known = this.recent[slot]
    if (known !== undefined && known.offset === offset) return known
    const point = this.point(offset)
    this.recent[slot] = point
    return point
  }
}
