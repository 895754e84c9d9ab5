import type { NameTrie } from './names.js'
import { epShape } from './scan-tables.js'
import type { SignatureSet } from './signatures.js'
import { NUMBER, WORD, type Tokens } from './tokenize.js'

/** Whether some reader may start at token `i`: the cheap tests, with no string made. */
function isCandidate(tokens: Tokens, i: number, firsts: SignatureSet, defined: NameTrie | undefined): boolean {
  const k = tokens.kind[i]
  if (k === WORD) return firsts.has(tokens.signatures[i]!) || (defined !== undefined && defined.mayStart(tokens, i)) || epShape(tokens, i)
  return k === NUMBER && tokens.is(i + 1, '(')
}

/**
 * The tokens of one text where the explicit scan may start a reader, asked for in order:
 * `next(from)` is the first at or after `from` (or the count of tokens). Most tokens are
 * punctuation or words no reader starts at, so only those `Tokens` marked are looked at, until a
 * term is defined in this text (its words were not marked): from then on, every token.
 */
export class ScanStarts {
  /** Terms defined while this text is read are looked for from the next text on. */
  private readonly known: NameTrie | undefined
  private readonly definedBefore: number
  /** The next of the marked tokens to look at. */
  private m = 0

  constructor(
    private readonly tokens: Tokens,
    private readonly firsts: SignatureSet,
    defined: NameTrie
  ) {
    this.known = defined.size > 0 ? defined : undefined
    this.definedBefore = defined.size
  }

  next(from: number): number {
    const { tokens, firsts, known } = this
    const { count, marked, markedCount } = tokens
    if (known !== undefined && known.size !== this.definedBefore) {
      for (let i = from; i < count; i++) if (isCandidate(tokens, i, firsts, known)) return i
      return count
    }
    for (; this.m < markedCount; this.m++) {
      const t = marked[this.m]!
      if (t >= from && isCandidate(tokens, t, firsts, known)) return t
    }
    return count
  }
}
