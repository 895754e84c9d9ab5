/**
 * The tokenizer of the citation scanner: one linear pass over the string, no regular
 * expressions. Whitespace separates tokens and is dropped, so "Regulation ( EU ) 2016/679"
 * and "Regulation (EU) 2016/679" give the same tokens. Tokens live in typed arrays: a 10 MB
 * input makes millions of them.
 */

export const WORD = 1
/** Digits, with `/`-joined parts and an optional series suffix: `9`, `10a`, `2016/679`, `95/46/EC`. */
export const NUMBER = 2
export const PUNCT = 3

const UPPER = /\p{Lu}/u
const LETTER = /\p{L}|\p{M}/u

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (isAsciiLetter(c)) return true
  if (c < 0xc0) return false
  if (c === 0xd7 || c === 0xf7) return false
  if (c <= 0x24f) return true
  if (c >= 0x2000 && c <= 0x2bff) return false
  return LETTER.test(text[i]!)
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200b || c === 0xfeff || c === 12 || c === 11
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019
}

export class Tokens {
  readonly count: number
  readonly kind: Uint8Array
  readonly start: Int32Array
  readonly end: Int32Array
  /** Sentence number of each token: a cheap boundary (".", "!", "?" then a capital). */
  readonly sentence: Int32Array
  private readonly lowered: (string | undefined)[]

  constructor(readonly source: string) {
    const n = source.length
    let capacity = 16
    let kind = new Uint8Array(capacity)
    let start = new Int32Array(capacity)
    let end = new Int32Array(capacity)
    let count = 0
    const push = (k: number, s: number, e: number) => {
      if (count === capacity) {
        capacity *= 2
        const k2 = new Uint8Array(capacity)
        k2.set(kind)
        kind = k2
        const s2 = new Int32Array(capacity)
        s2.set(start)
        start = s2
        const e2 = new Int32Array(capacity)
        e2.set(end)
        end = e2
      }
      kind[count] = k
      start[count] = s
      end[count] = e
      count++
    }
    let i = 0
    while (i < n) {
      const c = source.charCodeAt(i)
      if (isSpace(c)) {
        i++
        continue
      }
      const s = i
      if (isDigit(c)) {
        i = scanNumber(source, i)
        push(NUMBER, s, i)
      } else if (isLetter(source, i)) {
        i++
        while (i < n) {
          const d = source.charCodeAt(i)
          if (isDigit(d) || d === 95 || isLetter(source, i)) i++
          else if (isApostrophe(d) && i + 1 < n && isLetter(source, i + 1)) i += 2
          else break
        }
        push(WORD, s, i)
      } else {
        // A surrogate pair stays one token.
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1
        push(PUNCT, s, i)
      }
    }
    this.count = count
    this.kind = kind.subarray(0, count)
    this.start = start.subarray(0, count)
    this.end = end.subarray(0, count)
    this.sentence = new Int32Array(count)
    this.lowered = new Array(count)
    let sentence = 0
    for (let t = 0; t < count; t++) {
      this.sentence[t] = sentence
      if (this.endsSentence(t)) sentence++
    }
  }

  text(i: number): string {
    return i >= 0 && i < this.count ? this.source.slice(this.start[i]!, this.end[i]!) : ''
  }

  lower(i: number): string {
    if (i < 0 || i >= this.count) return ''
    let l = this.lowered[i]
    if (l === undefined) l = this.lowered[i] = this.text(i).toLowerCase()
    return l
  }

  is(i: number, text: string): boolean {
    if (i < 0 || i >= this.count || this.end[i]! - this.start[i]! !== text.length) return false
    return this.source.startsWith(text, this.start[i]!)
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.count && this.kind[i] === WORD
  }

  isNumber(i: number): boolean {
    return i >= 0 && i < this.count && this.kind[i] === NUMBER
  }

  /** A word that begins with a capital letter. */
  capitalised(i: number): boolean {
    return this.isWord(i) && UPPER.test(this.source[this.start[i]!]!)
  }

  /** Only white space between tokens `a` and `b` (they touch, or are spaced). */
  adjacent(a: number, b: number): boolean {
    return b === a + 1
  }

  /** No white space at all between token `a` and the next. */
  touches(a: number): boolean {
    return a + 1 < this.count && this.end[a] === this.start[a + 1]
  }

  private endsSentence(t: number): boolean {
    if (this.kind[t] !== PUNCT) return false
    const c = this.source.charCodeAt(this.start[t]!)
    if (c !== 46 && c !== 33 && c !== 63) return false
    if (t + 1 >= this.count || this.start[t + 1] === this.end[t]) return false
    if (c === 46 && t > 0 && this.kind[t - 1] === WORD) {
      const before = this.end[t - 1]! - this.start[t - 1]!
      if (before <= 2 || ABBREVIATIONS.has(this.lower(t - 1))) return false
    }
    const next = t + 1
    return this.kind[next] !== WORD || UPPER.test(this.source[this.start[next]!]!)
  }
}

const ABBREVIATIONS = new Set(['art', 'arts', 'nos', 'para', 'paras', 'seq', 'ibid', 'cit', 'vol'])

function scanNumber(source: string, i: number): number {
  const n = source.length
  while (i < n && isDigit(source.charCodeAt(i))) i++
  // "/" joins parts: 2016/679, 95/46/EC, 1247/2002/EC, 2008/977/JHA.
  while (i + 1 < n && source.charCodeAt(i) === 47) {
    if (isDigit(source.charCodeAt(i + 1))) {
      i++
      while (i < n && isDigit(source.charCodeAt(i))) i++
      continue
    }
    let j = i + 1
    while (j < n && j - i <= 8 && isLetter(source, j)) j++
    if (j > i + 1 && UPPER.test(source[i + 1]!) && (j >= n || !isDigit(source.charCodeAt(j)))) i = j
    break
  }
  // A letter suffix: Article 10a.
  if (i + 1 <= n && i < n) {
    const c = source.charCodeAt(i)
    if (c >= 97 && c <= 122 && (i + 1 >= n || !isLetter(source, i + 1)) && (i + 1 >= n || !isDigit(source.charCodeAt(i + 1)))) i++
  }
  return i
}
