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
export function scanStarts(tokens: Tokens, firsts: SignatureSet, defined: NameTrie): (from: number) => number {
  // Terms defined while this text is read are looked for from the next text on.
  const known = defined.size > 0 ? defined : undefined
  const definedBefore = defined.size
  const { count, marked, markedCount } = tokens
  let m = 0
  return (from) => {
    if (known !== undefined && known.size !== definedBefore) {
      for (let i = from; i < count; i++) if (isCandidate(tokens, i, firsts, known)) return i
      return count
    }
    for (; m < markedCount; m++) {
      const t = marked[m]!
      if (t >= from && isCandidate(tokens, t, firsts, known)) return t
    }
    return count
  }
}
