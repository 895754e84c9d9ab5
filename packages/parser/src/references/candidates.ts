import type { ReferenceTarget, Resolution } from '../tree.js'
import { mayStartAct, readActType, readNumberedActs } from './acts.js'
import { isArticleWord, mayStartPrefixed, readArticles, readPrefixed, type PinpointItem } from './articles.js'
import { mayStartDocument, readDocument } from './documents.js'
import { ACT, ARTICLE, DOCUMENT, epShape, firstWords, notArticle, POINTER, PREFIX, readersAt, ruleWords, selfWords, thereof, titleAfter, typeWords } from './scan-tables.js'
import { ActLookup, type ActRef } from './act-lookup.js'
import { wordSignature } from './signatures.js'
import { ScanStarts } from './scan-starts.js'
import { pinpointTarget, SELF, targetByKey } from './target.js'
import { NUMBER, PUNCT, WORD, type Tokens } from './tokenize.js'
import type { Found, ScanContext } from './types.js'
import type { Registry } from './registry/index.js'
import type { Scope } from './resolve.js'

const THIS = wordSignature('this')

/**
 * The explicit scan: one pass over the tokens, trying at each token the readers whose first
 * word fits (articles, names, numbered acts, documents), in that order. Each reader moves
 * forward only, so the whole scan is linear in the tokens. Returns citations in order, never
 * overlapping, and the token ranges of act titles (where rights words are no implicit citation).
 * The tokens are those `citationsIn` makes, marked for `watchFor`.
 */
export function scanExplicit(tokens: Tokens, context: ScanContext): { found: Found[]; titles: [number, number][] } {
  const starts = new ScanStarts(tokens, firstWords(context.registry), context.scope.defined)
  const first = starts.next(0)
  // Most texts of a letter (a date, a greeting, a signature) give no reader a word to start at.
  if (first === tokens.count) return { found: [], titles: [] }
  return new ExplicitScan(tokens, context).run(first, starts)
}

/** One explicit scan: one object per text read, its readers methods, where closures made anew for every text cost more than the reading. */
class ExplicitScan {
  readonly found: Found[] = []
  readonly titles: [number, number][] = []
  private readonly registry: Registry
  private readonly scope: Scope
  private readonly lookup: ActLookup
  /** Whether the text speaks of "this Regulation": asked at the first bare article list. */
  private selfText: boolean | undefined

  constructor(
    private readonly tokens: Tokens,
    private readonly context: ScanContext
  ) {
    this.registry = context.registry
    this.scope = context.scope
    this.lookup = new ActLookup(tokens, context)
  }

  run(first: number, starts: ScanStarts): { found: Found[]; titles: [number, number][] } {
    const { count } = this.tokens
    let i = first
    while (i < count) {
      const next = this.tryAt(i)
      i = starts.next(next !== undefined && next > i ? next : i + 1)
    }
    return { found: this.found, titles: this.titles }
  }

  private push(f: Found): void {
    if (f.target.instrument === 'self' && this.context.skipSelf) return
    const { found, tokens } = this
    // "entitled ‘Building Trust ...’ ( COM ( 2019 ) 0168 )": a name and a number of the same act,
    // with only punctuation between, are one citation.
    const previous = found.at(-1)
    if (previous && f.target.article === undefined && previous.target.article === undefined && previous.target.instrument === f.target.instrument) {
      let between = previous.last + 1
      while (between < f.first && tokens.kind[between] === PUNCT) between++
      if (between === f.first) {
        previous.last = f.last
        return
      }
    }
    found.push(f)
  }

  private remember(act: ActRef, last: number): void {
    this.scope.mention({ target: act.target, resolution: act.resolution, type: act.type, sentence: this.tokens.sentence[act.first]!, last })
  }

  private articles(i: number, list: { items: PinpointItem[]; end: number }, rule: boolean): number {
    const { tokens, registry, scope, lookup } = this
    let b = list.end
    if (notArticle.some((words) => words.every((w, k) => tokens.is(b + k, w)))) return b
    // "Article 4, point (14), of Regulation ...": a comma before "of".
    if (tokens.is(b, ',') && tokens.is(b + 1, 'of')) b++
    let act: ActRef | undefined
    let resolution: Resolution = 'explicit'
    let last = list.items.at(-1)!.last
    if (rule) {
      // "Rule 54 of its Rules of Procedure": the European Parliament's.
      if (!(tokens.is(b, 'of') && tokens.is(b + 2, 'Rules') && tokens.is(b + 3, 'of') && tokens.is(b + 4, 'Procedure'))) return b
      act = { target: targetByKey(registry, 'ep-rules'), resolution: 'explicit', type: 'rules', first: b, end: b + 5 }
      last = b + 4
      b += 5
    } else if (thereof.has(tokens.text(b))) {
      const earlier = scope.last()
      if (!earlier) return b + 1
      act = { target: earlier.target, resolution: 'context', type: earlier.type, first: b, end: b + 1 }
      resolution = 'context'
      last = b
      b++
    } else if (tokens.is(b, 'of') || tokens.is(b, 'to')) {
      act = lookup.actAt(b + 1, true)
      if (!act) {
        // "Article 3 of Protocol No 1": an article of something we do not know is no citation.
        return tokens.capitalised(b + 1) || tokens.capitalised(b + 2) ? b : this.emitBare(i, list.items, last)
      }
      resolution = act.resolution
      last = act.end - 1
      b = act.end
      if (act.target.instrument !== 'self') this.remember(act, last)
    } else {
      const named = lookup.nameAt(b)
      if (named && named.match.end > b) {
        act = { target: named.target, resolution: named.resolution, type: lookup.typeOf(named.target), first: b, end: named.match.end }
        resolution = named.resolution
        last = named.match.end - 1
        b = named.match.end
        this.remember(act, last)
      }
    }
    if (!act) return this.emitBare(i, list.items, last)
    this.emit(list.items, act.target, resolution, last)
    // "Article 8(1) of the Charter of Fundamental Rights of the European Union (the 'Charter')".
    const defined = act.target.instrument === 'self' ? undefined : lookup.definition(b, act.target)
    return defined ?? b
  }

  /** A list with no act after it: the act just before it, one named nearby, or the text's own. */
  private emitBare(i: number, items: PinpointItem[], last: number): number {
    const { tokens, scope } = this
    const before = tokens.is(i - 1, '(') || tokens.is(i - 1, ',') ? i - 2 : i - 1
    const adjacent = scope.endingAt(before)
    // A text that speaks of "this Regulation" is an act: its bare articles are its own.
    this.selfText ??= this.speaksOfItself()
    const near = adjacent ?? (this.selfText ? undefined : scope.near(tokens.sentence[i]!))
    if (near) {
      this.emit(items, near.target, 'context', last)
      // A text that goes on about one act ("... in the AI Act. Article 5 prohibits ... Articles
      // 5(2)-(7) ... Article 27 ...") keeps it in view from article to article.
      if (!adjacent) scope.mention({ ...near, sentence: tokens.sentence[i]!, last })
    } else this.emit(items, SELF, 'explicit', last)
    return last + 1
  }

  private emit(items: PinpointItem[], act: ReferenceTarget, resolution: Resolution, last: number): void {
    items.forEach((item, k) => {
      const target = act.instrument === 'self' ? pinpointTarget({ instrument: 'self' }, item) : pinpointTarget(act, item)
      this.push({ first: item.first, last: k === items.length - 1 ? Math.max(item.last, last) : item.last, target, resolution })
    })
  }

  private named(i: number): number | undefined {
    const { tokens, scope, lookup } = this
    const name = lookup.nameAt(i)
    if (!name) return undefined
    let last = name.match.end - 1
    let target = name.target
    let resolution = name.resolution
    const fromFootnote = lookup.footnoteAfter(last + 1)
    if (fromFootnote) {
      target = fromFootnote.target
      resolution = 'footnote'
    }
    // "Regulation (EU) 2016/679 of ... on ... ( General Data Protection Regulation )": the act's
    // short title after its long one restates the act; it is no second citation.
    if (tokens.is(i - 1, '(') && tokens.is(last + 1, ')') && scope.namedIn(target.instrument, tokens.sentence[i]!)) {
      this.titles.push([i, last + 1])
      return last + 2
    }
    this.push({ first: i, last, target, resolution })
    const act: ActRef = { target, resolution, type: lookup.typeOf(target), first: i, end: last + 1 }
    const after = lookup.definition(last + 1, target)
    if (after !== undefined) last = after - 1
    this.remember(act, last)
    return last + 1
  }

  private numbered(i: number): number | undefined {
    const { tokens } = this
    const acts = readNumberedActs(tokens, i, this.registry)
    if (!acts) return undefined
    for (const hit of acts.hits) {
      this.push({ first: hit.first, last: hit.last, target: hit.target, resolution: 'explicit' })
      this.remember({ target: hit.target, resolution: 'explicit', type: hit.type, first: hit.first, end: hit.last + 1 }, hit.last)
    }
    let end = acts.end
    const lastHit = acts.hits.at(-1)!
    const after = this.lookup.definition(end, lastHit.target)
    if (after !== undefined) {
      this.scope.extendLast(after - 1)
      end = after
    } else {
      const title = titleAfter(tokens, end)
      if (title) this.titles.push([end, title])
    }
    return end
  }

  /** "the Prüm Decision ( 8 )": capitalised words before an act type, resolved by footnote only. */
  private unknownName(i: number): number | undefined {
    const { tokens } = this
    const type = readActType(tokens, i)
    if (!type || !tokens.capitalised(i)) return undefined
    const fromFootnote = this.lookup.footnoteAfter(type.end)
    if (!fromFootnote) return undefined
    let first = i
    while (first - 1 >= 0 && first > i - 6 && tokens.capitalised(first - 1) && !tokens.is(first - 1, 'The')) first--
    if (first === i) return undefined
    this.push({ first, last: type.end - 1, target: fromFootnote.target, resolution: 'footnote' })
    this.remember({ target: fromFootnote.target, resolution: 'footnote', type: type.type.type, first, end: type.end }, type.end - 1)
    return type.end
  }

  private speaksOfItself(): boolean {
    const { tokens } = this
    for (let t = 0; t < tokens.count; t++) {
      // Acts write "this Regulation"; "this regulation" in lower case is a commentary's word for the act it discusses.
      if (tokens.signatures[t] === THIS && selfWords.has(tokens.lower(t)) && typeWords.has(tokens.lower(t + 1)) && tokens.capitalised(t + 1)) return true
    }
    return false
  }

  private tryAt(t: number): number | undefined {
    const { tokens, registry, scope } = this
    const kind = tokens.kind[t]
    if (kind === NUMBER) return mayStartDocument(tokens, t) ? this.pushDocument(t) : undefined
    if (kind !== WORD) return undefined
    const ep = epShape(tokens, t)
    const mask = readersAt(tokens, t)
    const name = registry.names.starts(tokens, t) || scope.defined.starts(tokens, t)
    if (mask === 0 && !name && !ep) return undefined
    if (mask & ARTICLE && isArticleWord(tokens, t)) {
      const list = readArticles(tokens, t)
      if (list) return this.articles(t, list, ruleWords.has(tokens.text(t)))
    }
    if (mask & PREFIX && mayStartPrefixed(tokens, t)) {
      const list = readPrefixed(tokens, t)
      if (list) return this.articles(t, list, false)
    }
    if (name) {
      const end = this.named(t)
      if (end !== undefined) return end
    }
    if (mask & ACT && mayStartAct(tokens, t)) {
      const end = this.numbered(t) ?? this.unknownName(t)
      if (end !== undefined) return end
    }
    if (mask & POINTER) {
      // "this Regulation" is the text's own act; "that Regulation" alone repeats an act already
      // cited, so it only counts where an article list points to it.
      const pointer = this.lookup.pointerAt(t)
      if (pointer) {
        if (pointer.target.instrument === 'self') this.push({ first: t, last: pointer.end - 1, target: pointer.target, resolution: pointer.resolution })
        return pointer.end
      }
    }
    if ((mask & DOCUMENT || ep) && mayStartDocument(tokens, t)) return this.pushDocument(t)
    return undefined
  }

  private pushDocument(t: number): number | undefined {
    const { tokens } = this
    const doc = readDocument(tokens, t, this.registry)
    if (!doc) return undefined
    for (const hit of doc.hits) {
      const act = tokens.text(t) === 'OJ' ? this.publishedAct(t, hit.target) : undefined
      if (act) this.push({ first: hit.first, last: hit.last, target: act.target, resolution: 'context' })
      else this.push({ first: hit.first, last: hit.last, target: hit.target, resolution: 'explicit' })
    }
    return doc.end
  }

  /**
   * "Council Decision 2008/615/JHA of 23 June 2008 on ... ( OJ L 210 , 6.8.2008 , p. 1 )": the
   * OJ reference in parentheses after an act of the same year, in the same sentence, is where
   * that act was published, a citation of the act itself.
   */
  private publishedAct(t: number, oj: ReferenceTarget) {
    const year = /-(\d{4})$/.exec(oj.instrument)?.[1]
    if (!this.tokens.is(t - 1, '(') || !year) return undefined
    return this.scope.inSentence(this.tokens.sentence[t]!, (m) => m.target.article === undefined && m.target.celex?.slice(1, 5) === year)
  }
}
