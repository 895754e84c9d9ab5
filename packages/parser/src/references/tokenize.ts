/**
 * The tokenizer of the citation scanner: one linear pass over the string, no regular
 * expressions. Whitespace separates tokens and is dropped, so "Regulation ( EU ) 2016/679"
 * and "Regulation (EU) 2016/679" give the same tokens. Each word gets a signature as it is read,
 * so the readers pass over most words without making a string; the arrays are reused from text
 * to text.
 */

import { asciiLower, lowerCode, refined, signatureOf, type SignatureSet } from './signatures.js'
import { APOSTROPHE, CLASSES, classOf, DIGIT, LOWER, possessive, scanNumber, SPACE, UPPER_LETTER } from './characters.js'
import { Buffers, grow, lowerAscii, MAX_POOLED, pool } from './token-buffers.js'

export const WORD = 1
/** Digits, with `/`-joined parts and an optional series suffix: `9`, `10a`, `2016/679`, `95/46/EC`. */
export const NUMBER = 2
export const PUNCT = 3

export class Tokens {
  readonly count: number
  readonly kind: Uint8Array
  readonly start: Int32Array
  readonly end: Int32Array
  /** Per token: bit 1 when it begins with a capital, bit 2 when it holds any capital, bit 4 for a word of ASCII letters, digits and underscores (its signature is refined). */
  readonly caps: Uint8Array
  /** Per word: its signature (see `signatureOf`, `refined`), 0 for other tokens. */
  readonly signatures: Int32Array
  /** The tokens marked as read (see the constructor), by index in order: `marked[0 .. markedCount)`. */
  readonly marked: Int32Array
  readonly markedCount: number
  private buffers: Buffers | undefined
  private readonly sentences: Int32Array
  private sentencesCounted = false

  /**
   * Tokenize `source`. Call `release()` when done, so the next text reuses the arrays. With a
   * `watch`, the words whose signature it (or `watchToo`) may hold, the words with a digit and
   * the numbers are marked as they are read: the readers start at those only, and pass over
   * the other tokens without a second look at each.
   */
  constructor(
    readonly source: string,
    watch?: SignatureSet,
    watchToo?: SignatureSet
  ) {
    const n = source.length
    // About one token per four characters; a longer list grows.
    let b = pool.pop() ?? new Buffers(Math.max(64, n >> 2))
    // The arrays in locals: the loop below runs once per character.
    let { kind, start, end, caps, signatures, marked } = b
    let capacity = b.capacity
    let count = 0
    let marks = 0
    let i = 0
    while (i < n) {
      const c = source.charCodeAt(i)
      // Most characters between tokens are plain spaces: passed without the class table.
      if (c === 32) {
        i++
        continue
      }
      const k = c < 0x250 ? CLASSES[c]! : classOf(source, i, c)
      if (k === SPACE) {
        i++
        continue
      }
      if (count === capacity) {
        b = grow(b, count)
        ;({ kind, start, end, caps, signatures, marked } = b)
        capacity = b.capacity
      }
      const s = i
      let flags = 0
      let signature = 0
      let spaceAfter = false
      if (k === DIGIT) {
        i = scanNumber(source, i)
        kind[count] = NUMBER
        if (watch !== undefined) marked[marks++] = count
      } else if (k >= LOWER) {
        flags = k === UPPER_LETTER ? 3 : 0
        let rest = c < 128 ? 0 : NOT_ASCII
        i++
        // Most words are a run of lowercase ASCII letters ended by a space: read here; the
        // rest of any other word is read apart, so this loop stays small.
        while (i < n) {
          const d = source.charCodeAt(i)
          if (d >= 97 && d <= 122) {
            i++
            continue
          }
          if (d === 32) rest |= SPACE_AFTER
          else {
            i = restOfWord(source, i)
            rest |= restBits
          }
          break
        }
        flags |= rest & 2
        spaceAfter = (rest & SPACE_AFTER) !== 0
        const ascii = (rest & NOT_ASCII) === 0
        kind[count] = WORD
        const length = i - s
        const last = source.charCodeAt(i - 1)
        if (ascii) {
          // The first character of a word is a letter: `| 32` lowercases an ASCII one without a
          // branch, where half the words (the capitalised) would take the other way.
          signature = refined(signatureOf(length, c | 32, asciiLower(last)), length > 1 ? source.charCodeAt(s + 1) : 0, length > 2 ? source.charCodeAt(s + 2) : 0)
          flags |= 4
        } else signature = signatureOf(length, lowerCode(source, s), lowerCode(source, i - 1))
        if (watch !== undefined && ((rest & HAS_DIGIT) !== 0 || watch.mayHave(signature) || (watchToo !== undefined && watchToo.mayHave(signature)))) marked[marks++] = count
      } else {
        // A surrogate pair stays one token.
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1
        kind[count] = PUNCT
      }
      start[count] = s
      end[count] = i
      caps[count] = flags
      signatures[count] = signature
      count++
      // The space that ended a word is passed here, not read again.
      if (spaceAfter) i++
    }
    // A reader that looks past the last token must find no kind there, not an old text's.
    if (b.highWater > count) b.kind.fill(0, count, b.highWater)
    b.highWater = count
    b.texts.clear()
    b.lowered.clear()
    this.buffers = b
    this.count = count
    this.kind = b.kind
    this.start = b.start
    this.end = b.end
    this.caps = b.caps
    this.signatures = b.signatures
    this.marked = b.marked
    this.markedCount = marks
    this.sentences = b.sentence
  }

  /**
   * Sentence number of each token: a cheap boundary (".", "!", "?" then a capital). Counted
   * when first asked for: a text where no reader finds anything to start at never is.
   */
  get sentence(): Int32Array {
    const sentences = this.sentences
    if (this.sentencesCounted) return sentences
    this.sentencesCounted = true
    const { kind, start, source, count } = this
    let sentence = 0
    for (let t = 0; t < count; t++) {
      sentences[t] = sentence
      if (kind[t] !== PUNCT) continue
      const c = source.charCodeAt(start[t]!)
      if ((c === 46 || c === 33 || c === 63) && this.endsSentence(t, c)) sentence++
    }
    return sentences
  }

  /** Give the arrays back for the next text; this token list must not be read after. */
  release(): void {
    // Big buffers (a whole book in one string) are not kept: reuse pays for clause-sized texts.
    if (this.buffers && this.buffers.capacity <= MAX_POOLED) pool.push(this.buffers)
    this.buffers = undefined
  }

  text(i: number): string {
    if (i < 0 || i >= this.count) return ''
    const texts = this.buffers?.texts
    let t = texts?.get(i)
    if (t === undefined) {
      t = this.source.slice(this.start[i]!, this.end[i]!)
      texts?.set(i, t)
    }
    return t
  }

  lower(i: number): string {
    if (i < 0 || i >= this.count) return ''
    const lowered = this.buffers?.lowered
    let l = lowered?.get(i)
    if (l === undefined) {
      const caps = this.caps[i]!
      l = caps & 4 ? lowerAscii(this.source, this.start[i]!, this.end[i]!, this.signatures[i]!) : caps & 2 ? this.text(i).toLowerCase() : this.text(i)
      lowered?.set(i, l)
    }
    return l
  }

  /**
   * Whether a table of word signatures that lacks this token's lacks its lowercase too: so for
   * ASCII words, numbers and punctuation; another word's lowercase may be longer ("İ") or end in
   * another letter (a final sigma) than its signature says.
   */
  signatureIsExact(i: number): boolean {
    return this.kind[i] !== WORD || (this.caps[i]! & 4) !== 0
  }

  /** Whether the token holds a capital letter anywhere. */
  hasCapital(i: number): boolean {
    return i >= 0 && i < this.count && (this.caps[i]! & 2) !== 0
  }

  is(i: number, text: string): boolean {
    if (i < 0 || i >= this.count || this.end[i]! - this.start[i]! !== text.length) return false
    return this.source.startsWith(text, this.start[i]!)
  }

  /** A word that begins with a capital letter. */
  capitalised(i: number): boolean {
    return i >= 0 && i < this.count && (this.caps[i]! & 1) !== 0
  }

  /** No white space at all between token `a` and the next. */
  touches(a: number): boolean {
    return a + 1 < this.count && this.end[a] === this.start[a + 1]
  }

  /** Whether the stop, "!" or "?" (`c`) at token `t` ends a sentence. */
  private endsSentence(t: number, c: number): boolean {
    const next = t + 1
    if (next >= this.count || this.start[next] === this.end[t]) return false
    if (this.kind[next] === WORD && (this.caps[next]! & 1) === 0) return false
    if (c !== 46 || t === 0 || this.kind[t - 1] !== WORD) return true
    const before = this.end[t - 1]! - this.start[t - 1]!
    // Every abbreviation is of three to five letters.
    return before <= 2 ? false : before > MAX_ABBREVIATION || !ABBREVIATIONS.has(this.lower(t - 1))
  }
}

/** What `restOfWord` found besides letters: bit 2 a capital (as in `caps`), and these. */
const HAS_DIGIT = 8
const NOT_ASCII = 16
/** The word ended at a space. */
const SPACE_AFTER = 32
let restBits = 0

/**
 * The end of the word whose rest begins at `i` (with a character that is no lowercase ASCII
 * letter nor a space); what it held is left in `restBits`. An apostrophe between letters
 * ("don't", "l'Europe") stays inside, but not before a possessive "s".
 */
function restOfWord(source: string, i: number): number {
  const n = source.length
  let bits = 0
  while (i < n) {
    const d = source.charCodeAt(i)
    if (d >= 97 && d <= 122) {
      i++
      continue
    }
    if (d === 32) {
      bits |= SPACE_AFTER
      break
    }
    const dk = d < 0x250 ? CLASSES[d]! : classOf(source, i, d)
    if (dk === LOWER || d === 95) i++
    else if (dk === DIGIT) {
      bits |= HAS_DIGIT
      i++
    } else if (dk === UPPER_LETTER) {
      bits |= 2
      i++
    } else if (dk === APOSTROPHE && i + 1 < n && classOf(source, i + 1, source.charCodeAt(i + 1)) >= LOWER && !possessive(source, i + 1)) {
      bits |= NOT_ASCII
      i += 2
    } else break
    if (d >= 128) bits |= NOT_ASCII
  }
  restBits = bits
  return i
}

const ABBREVIATIONS = new Set(['art', 'arts', 'nos', 'para', 'paras', 'seq', 'ibid', 'cit', 'vol'])
const MAX_ABBREVIATION = 5
