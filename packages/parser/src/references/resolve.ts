import type { ReferenceTarget, Resolution } from '../tree.js'
import { NameTrie } from './names.js'

/** An act the text has named, as later words may point back to it. */
export interface Mention {
  target: ReferenceTarget
  resolution: Resolution
  /** The act type ("regulation", "directive", ...) or the instrument type from the registry. */
  type: string
  sentence: number
  /** The last token of its citing words (with a definition that follows, if any). */
  last: number
}

/**
 * What reading a text has learned so far: defined terms (kept across the clauses of one
 * document: "the Charter" defined in a citation is used in every paragraph after it) and the
 * acts named in the current text (what "thereof", "that Regulation" and a bare article point to).
 */
export class Scope {
  readonly defined = new NameTrie()
  private readonly definedTargets: ReferenceTarget[] = []
  private history: Mention[] = []

  /** Start a new text (a clause): the acts named before no longer count, defined terms do. */
  beginText(): void {
    this.history = []
  }

  define(term: string, target: ReferenceTarget): void {
    this.definedTargets.push(target)
    this.defined.add(term, String(this.definedTargets.length - 1))
  }

  definedTarget(value: string): ReferenceTarget | undefined {
    return this.definedTargets[Number(value)]
  }

  mention(m: Mention): void {
    this.history.push(m)
  }

  /** Extend the last mention over words that belong to it (a definition in parentheses). */
  extendLast(last: number): void {
    const m = this.history.at(-1)
    if (m) m.last = last
  }

  /** Whether the instrument was named in this sentence already. */
  namedIn(instrument: string, sentence: number): boolean {
    for (let k = this.history.length - 1; k >= 0 && this.history[k]!.sentence === sentence; k--) {
      if (this.history[k]!.target.instrument === instrument) return true
    }
    return false
  }

  /** The act named last in this sentence that fits. */
  inSentence(sentence: number, fits: (m: Mention) => boolean): Mention | undefined {
    for (let k = this.history.length - 1; k >= 0 && this.history[k]!.sentence === sentence; k--) {
      if (fits(this.history[k]!)) return this.history[k]
    }
    return undefined
  }

  /** "thereof": the act named last. */
  last(): Mention | undefined {
    for (let k = this.history.length - 1; k >= 0; k--) if (this.history[k]!.target.instrument !== 'self') return this.history[k]
    return undefined
  }

  /** "that Regulation": the last act of that type. */
  lastOfType(type: string): Mention | undefined {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const m = this.history[k]!
      if (m.type === type && m.target.instrument !== 'self') return m
    }
    return undefined
  }

  /** The act whose citing words end right before token `t` ("(LED) Article 10"). */
  endingAt(t: number): Mention | undefined {
    const m = this.last()
    return m && m.last === t ? m : undefined
  }

  /** For a bare article: the act named last in the same sentence or the one before. */
  near(sentence: number): Mention | undefined {
    const m = this.last()
    return m && m.sentence >= sentence - 1 ? m : undefined
  }
}
