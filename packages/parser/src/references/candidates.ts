import type { ReferenceTarget, Resolution } from '../tree.js'
import { mayStartAct, readActType, readNumberedActs } from './acts.js'
import { isArticleWord, mayStartPrefixed, readArticles, readPrefixed, type PinpointItem } from './articles.js'
import { mayStartDocument, readDocument } from './documents.js'
import type { Registry } from './registry/index.js'
import type { Scope } from './resolve.js'
import { ACT, ARTICLE, DOCUMENT, epShape, firstWords, notArticle, POINTER, PREFIX, readersAt, ruleWords, selfWords, thereof, titleAfter, typeWords } from './scan-tables.js'
import { actLookup, type ActRef } from './act-lookup.js'
import { wordSignature } from './signatures.js'
import { scanStarts } from './scan-starts.js'
import { pinpointTarget, SELF, targetByKey } from './target.js'
import { NUMBER, PUNCT, WORD, type Tokens } from './tokenize.js'

/** A citation in token terms, before it becomes offsets. */
export interface Found {
  first: number
  last: number
  target: ReferenceTarget
  resolution: Resolution
}

const THIS = wordSignature('this')

/** What the scanner needs besides the tokens. */
export interface ScanContext {
  registry: Registry
  scope: Scope
  skipSelf: boolean
  /** The act a footnote label resolves to, when the caller gave footnotes. */
  footnote?: (label: string) => ReferenceTarget | undefined
  /** The date of the text (ISO): names of acts adopted later mean their proposals. */
  date?: string
  /** The footnote whose marker stood at this offset of the text (a marker the reading left out). */
  markerAt?: (offset: number) => string | undefined
}

/**
 * The explicit scan: one pass over the tokens, trying at each token the readers whose first
 * word fits (articles, names, numbered acts, documents), in that order. Each reader moves
 * forward only, so the whole scan is linear in the tokens. Returns citations in order, never
 * overlapping, and the token ranges of act titles (where rights words are no implicit citation).
 * The tokens are those `citationsIn` makes, marked for `watchFor`.
 */
export function scanExplicit(tokens: Tokens, context: ScanContext): { found: Found[]; titles: [number, number][] } {
  const { registry, scope } = context
  const nextAt = scanStarts(tokens, firstWords(registry), scope.defined)
  const { count } = tokens
  let i = nextAt(0)
  // Most texts of a letter (a date, a greeting, a signature) give no reader a word to start at.
  if (i === count) return { found: [], titles: [] }
  const found: Found[] = []
  const titles: [number, number][] = []

  const push = (f: Found) => {
    if (f.target.instrument === 'self' && context.skipSelf) return
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

  const { typeOf, nameAt, pointerAt, actAt, definition, footnoteAfter } = actLookup(tokens, context)

  const remember = (act: ActRef, last: number) => {
    scope.mention({ target: act.target, resolution: act.resolution, type: act.type, sentence: tokens.sentence[act.first]!, last })
  }

  const articles = (i: number, list: { items: PinpointItem[]; end: number }, rule: boolean): number => {
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
      act = actAt(b + 1, true)
      if (!act) {
        // "Article 3 of Protocol No 1": an article of something we do not know is no citation.
        return tokens.capitalised(b + 1) || tokens.capitalised(b + 2) ? b : emitBare(i, list.items, last)
      }
      resolution = act.resolution
      last = act.end - 1
      b = act.end
      if (act.target.instrument !== 'self') remember(act, last)
    } else {
      const named = nameAt(b)
      if (named && named.match.end > b) {
        act = { target: named.target, resolution: named.resolution, type: typeOf(named.target), first: b, end: named.match.end }
        resolution = named.resolution
        last = named.match.end - 1
        b = named.match.end
        remember(act, last)
      }
    }
    if (!act) return emitBare(i, list.items, last)
    emit(list.items, act.target, resolution, last)
    // "Article 8(1) of the Charter of Fundamental Rights of the European Union (the 'Charter')".
    const defined = act.target.instrument === 'self' ? undefined : definition(b, act.target)
    return defined ?? b
  }

  /** A list with no act after it: the act just before it, one named nearby, or the text's own. */
  const emitBare = (i: number, items: PinpointItem[], last: number): number => {
    const before = tokens.is(i - 1, '(') || tokens.is(i - 1, ',') ? i - 2 : i - 1
    const adjacent = scope.endingAt(before)
    // A text that speaks of "this Regulation" is an act: its bare articles are its own.
    selfText ??= speaksOfItself()
    const near = adjacent ?? (selfText ? undefined : scope.near(tokens.sentence[i]!))
    if (near) {
      emit(items, near.target, 'context', last)
      // A text that goes on about one act ("... in the AI Act. Article 5 prohibits ... Articles
      // 5(2)-(7) ... Article 27 ...") keeps it in view from article to article.
      if (!adjacent) scope.mention({ ...near, sentence: tokens.sentence[i]!, last })
    } else emit(items, SELF, 'explicit', last)
    return last + 1
  }

  const emit = (items: PinpointItem[], act: ReferenceTarget, resolution: Resolution, last: number) => {
    items.forEach((item, k) => {
      const target = act.instrument === 'self' ? pinpointTarget({ instrument: 'self' }, item) : pinpointTarget(act, item)
      push({ first: item.first, last: k === items.length - 1 ? Math.max(item.last, last) : item.last, target, resolution })
    })
  }

  const named = (i: number): number | undefined => {
    const name = nameAt(i)
    if (!name) return undefined
    let last = name.match.end - 1
    let target = name.target
    let resolution = name.resolution
    const fromFootnote = footnoteAfter(last + 1)
    if (fromFootnote) {
      target = fromFootnote.target
      resolution = 'footnote'
    }
    // "Regulation (EU) 2016/679 of ... on ... ( General Data Protection Regulation )": the act's
    // short title after its long one restates the act; it is no second citation.
    if (tokens.is(i - 1, '(') && tokens.is(last + 1, ')') && scope.namedIn(target.instrument, tokens.sentence[i]!)) {
      titles.push([i, last + 1])
      return last + 2
    }
    push({ first: i, last, target, resolution })
    const act: ActRef = { target, resolution, type: typeOf(target), first: i, end: last + 1 }
    const after = definition(last + 1, target)
    if (after !== undefined) last = after - 1
    remember(act, last)
    return last + 1
  }

  const numbered = (i: number): number | undefined => {
    const acts = readNumberedActs(tokens, i, registry)
    if (!acts) return undefined
    for (const hit of acts.hits) {
      push({ first: hit.first, last: hit.last, target: hit.target, resolution: 'explicit' })
      remember({ target: hit.target, resolution: 'explicit', type: hit.type, first: hit.first, end: hit.last + 1 }, hit.last)
    }
    let end = acts.end
    const lastHit = acts.hits.at(-1)!
    const after = definition(end, lastHit.target)
    if (after !== undefined) {
      scope.extendLast(after - 1)
      end = after
    } else {
      const title = titleAfter(tokens, end)
      if (title) titles.push([end, title])
    }
    return end
  }

  /** "the Prüm Decision ( 8 )": capitalised words before an act type, resolved by footnote only. */
  const unknownName = (i: number): number | undefined => {
    const type = readActType(tokens, i)
    if (!type || !tokens.capitalised(i)) return undefined
    const fromFootnote = footnoteAfter(type.end)
    if (!fromFootnote) return undefined
    let first = i
    while (first - 1 >= 0 && first > i - 6 && tokens.capitalised(first - 1) && !tokens.is(first - 1, 'The')) first--
    if (first === i) return undefined
    push({ first, last: type.end - 1, target: fromFootnote.target, resolution: 'footnote' })
    remember({ target: fromFootnote.target, resolution: 'footnote', type: type.type.type, first, end: type.end }, type.end - 1)
    return type.end
  }

  let selfText: boolean | undefined
  function speaksOfItself(): boolean {
    for (let t = 0; t < tokens.count; t++) {
      // Acts write "this Regulation"; "this regulation" in lower case is a commentary's word for the act it discusses.
      if (tokens.signatures[t] === THIS && selfWords.has(tokens.lower(t)) && typeWords.has(tokens.lower(t + 1)) && tokens.capitalised(t + 1)) return true
    }
    return false
  }

  while (i < count) {
    const next = tryAt(i)
    i = nextAt(next !== undefined && next > i ? next : i + 1)
  }
  return { found, titles }

  function tryAt(t: number): number | undefined {
    const kind = tokens.kind[t]
    if (kind === NUMBER) return mayStartDocument(tokens, t) ? pushDocument(t) : undefined
    if (kind !== WORD) return undefined
    const ep = epShape(tokens, t)
    const mask = readersAt(tokens, t)
    const name = registry.names.starts(tokens, t) || scope.defined.starts(tokens, t)
    if (mask === 0 && !name && !ep) return undefined
    if (mask & ARTICLE && isArticleWord(tokens, t)) {
      const list = readArticles(tokens, t)
      if (list) return articles(t, list, ruleWords.has(tokens.text(t)))
    }
    if (mask & PREFIX && mayStartPrefixed(tokens, t)) {
      const list = readPrefixed(tokens, t)
      if (list) return articles(t, list, false)
    }
    if (name) {
      const end = named(t)
      if (end !== undefined) return end
    }
    if (mask & ACT && mayStartAct(tokens, t)) {
      const end = numbered(t) ?? unknownName(t)
      if (end !== undefined) return end
    }
    if (mask & POINTER) {
      // "this Regulation" is the text's own act; "that Regulation" alone repeats an act already
      // cited, so it only counts where an article list points to it.
      const pointer = pointerAt(t)
      if (pointer) {
        if (pointer.target.instrument === 'self') push({ first: t, last: pointer.end - 1, target: pointer.target, resolution: pointer.resolution })
        return pointer.end
      }
    }
    if ((mask & DOCUMENT || ep) && mayStartDocument(tokens, t)) return pushDocument(t)
    return undefined
  }

  function pushDocument(t: number): number | undefined {
    const doc = readDocument(tokens, t, registry)
    if (!doc) return undefined
    for (const hit of doc.hits) {
      const act = tokens.text(t) === 'OJ' ? publishedAct(t, hit.target) : undefined
      if (act) push({ first: hit.first, last: hit.last, target: act.target, resolution: 'context' })
      else push({ first: hit.first, last: hit.last, target: hit.target, resolution: 'explicit' })
    }
    return doc.end
  }

  /**
   * "Council Decision 2008/615/JHA of 23 June 2008 on ... ( OJ L 210 , 6.8.2008 , p. 1 )": the
   * OJ reference in parentheses after an act of the same year, in the same sentence, is where
   * that act was published, a citation of the act itself.
   */
  function publishedAct(t: number, oj: ReferenceTarget) {
    const year = /-(\d{4})$/.exec(oj.instrument)?.[1]
    if (!tokens.is(t - 1, '(') || !year) return undefined
    return scope.inSentence(tokens.sentence[t]!, (m) => m.target.article === undefined && m.target.celex?.slice(1, 5) === year)
  }
}
