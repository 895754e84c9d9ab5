import type { ReferenceTarget, Resolution } from '../tree.js'
import { readActType, readNumberedActs } from './acts.js'
import type { NameMatch } from './names.js'
import type { ScanContext } from './types.js'
import type { Registry } from './registry/index.js'
import type { Scope } from './resolve.js'
import { anaphoraWords, proposalWords, QUOTES, selfType, selfWords, typeWords } from './scan-tables.js'
import { SELF, targetByKey } from './target.js'
import { NUMBER, WORD, type Tokens } from './tokenize.js'

/** An act the words point to, read where an article list says whose it is. */
export interface ActRef {
  target: ReferenceTarget
  resolution: Resolution
  type: string
  first: number
  /** The token after the act's words. */
  end: number
}

/**
 * What act the words at a token name: a registry name or a defined term, "this Regulation" or
 * "that Directive", an act for an article list, a definition after an act, a footnote marker.
 * The scan asks; these only read forward from the token they are given. One object per text
 * read, not a closure per question: most texts ask none.
 */
export class ActLookup {
  private readonly registry: Registry
  private readonly scope: Scope

  constructor(
    private readonly tokens: Tokens,
    private readonly context: ScanContext
  ) {
    this.registry = context.registry
    this.scope = context.scope
  }

  typeOf(target: ReferenceTarget, fallback?: string): string {
    return fallback ?? this.registry.byKey.get(target.instrument)?.type ?? 'other'
  }

  nameAt(t: number): { match: NameMatch; target: ReferenceTarget; resolution: Resolution } | undefined {
    const { tokens, registry, scope, context } = this
    const defined = scope.defined.match(tokens, t)
    const named = registry.names.match(tokens, t)
    if (defined && (!named || defined.end >= named.end)) {
      const target = scope.definedTarget(defined.entry.value)
      if (target) return { match: defined, target, resolution: 'defined' }
    }
    if (!named || reportVolume(tokens, named.end)) return undefined
    let key = named.entry.value
    const instrument = registry.byKey.get(key)
    if (instrument?.proposal) {
      const proposed = [t - 1, t - 2, t - 3].some((k) => proposalWords.has(tokens.text(k)))
      const older = context.date !== undefined && instrument.adopted !== undefined && context.date < instrument.adopted
      if (proposed || older) key = instrument.proposal
    }
    return { match: named, target: targetByKey(registry, key), resolution: 'explicit' }
  }

  /** "this Regulation" (self) or "that Directive" / "the said Regulation" (the last act of that type). */
  pointerAt(t: number): ActRef | undefined {
    const { tokens, scope } = this
    const word = tokens.lower(t)
    const self = selfWords.has(word)
    if (!self && !anaphoraWords.has(word)) return undefined
    if (!typeWords.has(tokens.lower(t + 1))) return undefined
    const type = readActType(tokens, t + 1) ?? selfType(tokens, t + 1)
    if (!type) return undefined
    if (self) return { target: SELF, resolution: 'explicit', type: type.type.type, first: t, end: type.end }
    const earlier = scope.lastOfType(type.type.type)
    if (!earlier) return undefined
    return { target: earlier.target, resolution: 'context', type: earlier.type, first: t, end: type.end }
  }

  /** The act named at `t` for an article list: "of the GDPR", "of Regulation (EU) 2016/679", "of that Regulation". */
  actAt(t: number, withNumbers: boolean): ActRef | undefined {
    const { tokens, registry, scope } = this
    const start = tokens.is(t, 'the') || tokens.is(t, 'its') ? t + 1 : t
    const pointer = this.pointerAt(start)
    if (pointer) return pointer
    // "Art. 5 of the proposal": the proposal the text named last.
    if (start > t && tokens.is(start, 'proposal') && !tokens.is(start + 1, 'for')) {
      const earlier = scope.lastOfType('proposal')
      if (earlier) return { target: earlier.target, resolution: 'context', type: earlier.type, first: t, end: start + 1 }
    }
    const name = this.nameAt(start)
    if (name) {
      return { target: name.target, resolution: name.resolution, type: this.typeOf(name.target), first: start, end: name.match.end }
    }
    if (!withNumbers) return undefined
    const numbered = readNumberedActs(tokens, start, registry)
    if (numbered) {
      const hit = numbered.hits[0]!
      return { target: hit.target, resolution: 'explicit', type: hit.type, first: start, end: hit.last + 1 }
    }
    // "Article 3 of the Directive": the directive the text named last.
    const type = start > t ? readActType(tokens, start) : undefined
    const earlier = type && !tokens.capitalised(type.end) ? scope.lastOfType(type.type.type) : undefined
    return earlier && type ? { target: earlier.target, resolution: 'context', type: earlier.type, first: t, end: type.end } : undefined
  }

  /** "(the “Charter”)", "(GDPR)", "(hereinafter ‘the AI Act’)" right after an act: returns the token after it. */
  definition(t: number, target: ReferenceTarget): number | undefined {
    const { tokens, registry, scope } = this
    if (!tokens.is(t, '(')) return undefined
    let s = t + 1
    if (tokens.is(s, 'hereinafter') || tokens.is(s, 'hereafter')) {
      s++
      if (tokens.is(s, ',')) s++
      if (tokens.is(s, 'referred') && tokens.is(s + 1, 'to') && tokens.is(s + 2, 'as')) s += 3
      else if (tokens.is(s, 'called')) s++
    }
    if (tokens.is(s, 'the')) s++
    const quoted = QUOTES.has(tokens.text(s))
    if (quoted) s++
    if (tokens.is(s, 'the')) s++
    const first = s
    while (s < tokens.count && s - first < 8 && !tokens.is(s, ')') && !QUOTES.has(tokens.text(s))) {
      if (tokens.is(s, '(') || tokens.is(s, ';') || tokens.is(s, ',')) return undefined
      s++
    }
    if (s === first || tokens.kind[first] !== WORD) return undefined
    if (!tokens.capitalised(first) && !/^[a-z]+[A-Z]/.test(tokens.text(first))) return undefined
    const termEnd = s
    if (quoted) {
      if (!QUOTES.has(tokens.text(s))) return undefined
      s++
    }
    if (!tokens.is(s, ')')) return undefined
    const term = tokens.source.slice(tokens.start[first]!, tokens.end[termEnd - 1]!)
    const known = registry.names.match(tokens, first)
    const exactly = known && known.end === termEnd
    if (!quoted && exactly && known.entry.value !== target.instrument) return undefined
    scope.define(term, target)
    return s + 1
  }

  /** "the Prüm Decision ( 8 )" with a name the registry lacks: resolved through footnote 8. */
  footnoteAfter(t: number): { target: ReferenceTarget; last: number } | undefined {
    const { tokens, context } = this
    if (!context.footnote) return undefined
    const label =
      tokens.is(t, '(') && tokens.kind[t + 1] === NUMBER && tokens.is(t + 2, ')') ? tokens.text(t + 1) : t > 0 ? context.markerAt?.(tokens.end[t - 1]!) : undefined
    const target = label === undefined ? undefined : context.footnote(label)
    return target ? { target, last: t - 1 } : undefined
  }
}

const HYPHENS = new Set(['-', '\u2010', '\u2011'])

/** "ECHR 2000-V": a volume of a court's reports (year, hyphen, roman numeral), not the act of that name. */
function reportVolume(tokens: Tokens, t: number): boolean {
  if (tokens.kind[t] !== NUMBER || tokens.end[t]! - tokens.start[t]! !== 4 || !tokens.touches(t) || !HYPHENS.has(tokens.text(t + 1))) return false
  return /^[IVXL]+$/.test(tokens.text(t + 2))
}
