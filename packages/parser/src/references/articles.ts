import tables from './tables.json' with { type: 'json' }
import type { Pinpoint } from './target.js'
import { NUMBER, WORD, type Tokens } from './tokenize.js'

/** One article of a list, with the tokens that cite it. */
export interface PinpointItem extends Pinpoint {
  first: number
  last: number
}

const articleWords = new Set(tables.articleWords)
const ruleWords = new Set(tables.ruleWords)
const ordinals = new Map(Object.entries(tables.ordinals))
const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'])
/** Ranges wider than this are read as their two ends only. */
const MAX_RANGE = 60

export function isArticleWord(tokens: Tokens, i: number): boolean {
  return articleWords.has(tokens.text(i)) || ruleWords.has(tokens.text(i))
}

/** A plain article number: "9", "10a" (not "2016/679"). */
function isArticleNumber(tokens: Tokens, i: number): boolean {
  return tokens.kind[i] === NUMBER && !tokens.text(i).includes('/')
}

/** "(2)", "(a)", "(iv)": the value inside, and whether it is a number. */
function group(tokens: Tokens, i: number): { value: string; numeric: boolean } | undefined {
  if (!tokens.is(i, '(') || !tokens.is(i + 2, ')')) return undefined
  const inner = i + 1
  if (isArticleNumber(tokens, inner)) return { value: tokens.text(inner), numeric: true }
  if (tokens.kind[inner] !== WORD) return undefined
  const v = tokens.text(inner)
  return isPointLetter(v) || ROMAN.has(v) ? { value: v, numeric: false } : undefined
}

/** "a", "z", "aa": the letters of points. */
function isPointLetter(v: string): boolean {
  return (v.length === 1 && v >= 'a' && v <= 'z') || (v.length === 2 && v[0] === v[1] && v[0]! >= 'a' && v[0]! <= 'z')
}

/** Read "(2)(a)(i)" after an article number into the item; returns the next token. */
function readGroups(tokens: Tokens, t: number, item: PinpointItem, level: 'paragraph' | 'point'): number {
  let g = group(tokens, t)
  let depth = 0
  while (g && depth < 4) {
    if (level === 'paragraph' && item.paragraph === undefined && item.point === undefined && g.numeric) item.paragraph = g.value
    else if (item.point === undefined) item.point = g.value
    else if (!g.numeric) item.point += `(${g.value})`
    else break
    item.last = t + 2
    t += 3
    depth++
    g = group(tokens, t)
  }
  return t
}

/** ", first subparagraph", ", point (h)", ", second sentence" after an article's groups. */
function readTrailers(tokens: Tokens, t: number, item: PinpointItem): number {
  for (;;) {
    const at = tokens.is(t, ',') ? t + 1 : t
    const ordinal = ordinals.get(tokens.lower(at))
    if (ordinal && (tokens.is(at + 1, 'subparagraph') || tokens.is(at + 1, 'sentence'))) {
      if (tokens.is(at + 1, 'subparagraph')) item.subparagraph = ordinal
      item.last = at + 1
      t = at + 2
      continue
    }
    if (at > t && (tokens.is(at, 'point') || tokens.is(at, 'points'))) {
      const g = group(tokens, at + 1)
      if (g) {
        item.point = g.value
        item.last = at + 3
        t = at + 4
        continue
      }
    }
    // The abbreviations of German-style citations: "Art. 6 para. 1 lit. f", "Art. 4 No. 1".
    const word = tokens.lower(at)
    const value = tokens.is(at + 1, '.') ? at + 2 : at + 1
    if ((word === 'par' || word === 'para' || word === 'paragraph' || word === 'abs') && item.paragraph === undefined && isArticleNumber(tokens, value)) {
      item.paragraph = tokens.text(value)
      item.last = value
      t = value + 1
      continue
    }
    if ((word === 'lit' || word === 'no') && item.point === undefined && value === at + 2 && (isArticleNumber(tokens, value) || isPointLetter(tokens.text(value)))) {
      item.point = tokens.text(value)
      item.last = value
      t = value + 1
      continue
    }
    return t
  }
}

/**
 * An article list from its keyword at `i`: "Article 9(2)(a)", "Articles 6 , 7 ... and 47",
 * "Article 8(1) and (2)", "Article 10 and 10(a)", "Articles 12 to 22", "Art. 22". Returns the
 * items (one per article) and the token after the list, or undefined when no number follows.
 */
export function readArticles(tokens: Tokens, i: number): { items: PinpointItem[]; end: number } | undefined {
  let t = i + 1
  if (tokens.is(t, '.') && tokens.touches(i)) t++
  if (!isArticleNumber(tokens, t)) return undefined
  const items: PinpointItem[] = []
  let item: PinpointItem = { article: tokens.text(t), first: i, last: t }
  t = readTrailers(tokens, readGroups(tokens, t + 1, item, 'paragraph'), item)
  items.push(item)
  for (;;) {
    let s = t
    const comma = tokens.is(s, ',')
    if (comma) s++
    let range = false
    if (tokens.is(s, 'and') && tokens.is(s + 1, '/') && tokens.is(s + 2, 'or')) s += 3
    else if (tokens.is(s, 'and') || tokens.is(s, 'or')) s++
    else if (tokens.is(s, 'to')) {
      range = true
      s++
    } else if (tokens.is(s, 'as') && tokens.is(s + 1, 'well') && tokens.is(s + 2, 'as')) s += 3
    else if (!comma) break
    if (isArticleWord(tokens, s) && isArticleNumber(tokens, s + 1)) s++
    const start = s
    if (isArticleNumber(tokens, s)) {
      const next: PinpointItem = { article: tokens.text(s), first: start, last: s }
      const after = readTrailers(tokens, readGroups(tokens, s + 1, next, 'paragraph'), next)
      if (range && item.paragraph === undefined && next.paragraph === undefined) expandRange(items, item, next, tokens, t)
      items.push(next)
      item = next
      t = after
      continue
    }
    // "Article 8(1) and (2)"; "Article 6(1)(a) to (f)" gives its two ends.
    const g = group(tokens, s)
    if (g) {
      // "Article 8(1) and (2)": the same article, at the level of the first group.
      const next: PinpointItem = { article: item.article, first: start, last: s + 2 }
      if (g.numeric && item.paragraph !== undefined) next.paragraph = g.value
      else {
        if (item.paragraph !== undefined) next.paragraph = item.paragraph
        next.point = g.value
      }
      t = readTrailers(tokens, readGroups(tokens, s + 3, next, 'point'), next)
      items.push(next)
      item = next
      continue
    }
    break
  }
  return { items, end: t }
}

/** "Articles 12 to 15": the articles between the ends, cited by the word "to". */
function expandRange(items: PinpointItem[], from: PinpointItem, to: PinpointItem, tokens: Tokens, toToken: number): void {
  const a = Number(from.article)
  const b = Number(to.article)
  if (!Number.isInteger(a) || !Number.isInteger(b) || b <= a + 1 || b - a > MAX_RANGE) return
  let word = toToken
  while (word < to.first && !tokens.is(word, 'to')) word++
  for (let n = a + 1; n < b; n++) items.push({ article: String(n), first: word, last: word })
}

const prefixWords = new Set(['point', 'points', 'paragraph', 'paragraphs', 'subparagraph'])

export function mayStartPrefixed(tokens: Tokens, i: number): boolean {
  const w = tokens.lower(i)
  return prefixWords.has(w) || (ordinals.has(w) && (tokens.is(i + 1, 'subparagraph') || tokens.is(i + 1, 'paragraph')))
}

/**
 * "points (a) and (b) of Article 9(2)", "the first subparagraph of Article 5(1)", "paragraph 2
 * of Article 8": the units before "of Article", applied to the article read after them.
 * Undefined when the chain does not end at an article (a reference inside the same article).
 */
export function readPrefixed(tokens: Tokens, i: number): { items: PinpointItem[]; end: number } | undefined {
  type Unit = { field: 'point' | 'paragraph' | 'subparagraph'; values: { value: string; first: number; last: number }[] }
  const units: Unit[] = []
  let t = i
  for (let guard = 0; guard < 4; guard++) {
    const w = tokens.lower(t)
    const unit: Unit | undefined =
      w === 'point' || w === 'points'
        ? { field: 'point', values: [] }
        : w === 'paragraph' || w === 'paragraphs'
          ? { field: 'paragraph', values: [] }
          : undefined
    if (unit) {
      let s = t + 1
      for (;;) {
        const g = unit.field === 'point' ? group(tokens, s) : undefined
        if (g) {
          unit.values.push({ value: g.value, first: unit.values.length === 0 ? t : s, last: s + 2 })
          s += 3
        } else if (unit.field === 'paragraph' && isArticleNumber(tokens, s)) {
          unit.values.push({ value: tokens.text(s), first: unit.values.length === 0 ? t : s, last: s })
          s++
        } else break
        let n = s
        if (tokens.is(n, ',')) n++
        if (tokens.is(n, 'and') || tokens.is(n, 'or')) n++
        if (n === s) break
        const more = unit.field === 'point' ? group(tokens, n) : isArticleNumber(tokens, n) ? {} : undefined
        if (!more) break
        s = n
      }
      if (unit.values.length === 0) return undefined
      units.push(unit)
      t = s
    } else if (ordinals.has(w) && (tokens.is(t + 1, 'subparagraph') || tokens.is(t + 1, 'paragraph'))) {
      units.push({ field: tokens.is(t + 1, 'subparagraph') ? 'subparagraph' : 'paragraph', values: [{ value: ordinals.get(w)!, first: t, last: t + 1 }] })
      t += 2
    } else return undefined
    if (!tokens.is(t, 'of')) return undefined
    t++
    if (tokens.is(t, 'the')) t++
    if (articleWords.has(tokens.text(t))) {
      const list = readArticles(tokens, t)
      if (!list) return undefined
      const article = list.items[0]!
      const head = units[0]!
      const items = head.values.map((v, k): PinpointItem => {
        const item: PinpointItem = { ...article, first: v.first, last: k === head.values.length - 1 ? list.items.at(-1)!.last : v.last }
        for (const unit of units) {
          const value = unit === head ? v.value : unit.values[0]!.value
          if (item[unit.field] === undefined) item[unit.field] = value
        }
        return item
      })
      items[0]!.first = Math.min(items[0]!.first, i)
      return { items, end: list.end }
    }
  }
  return undefined
}
