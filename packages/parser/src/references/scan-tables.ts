/** The scanner's word tables, read from tables.json once, and the small readers they serve. */
import tables from './tables.json' with { type: 'json' }
import type { Registry } from './registry/index.js'
import { SignatureSet, wordSignatures } from './signatures.js'
import { NUMBER, PUNCT, type Tokens } from './tokenize.js'

/** Which readers a word (lowercase) may start: one lookup decides, most words start none. */
export const ARTICLE = 1
export const PREFIX = 2
export const ACT = 4
export const POINTER = 8
export const DOCUMENT = 16
const dispatch = new Map<string, number>()
function mark(words: Iterable<string>, reader: number): void {
  for (const w of words) dispatch.set(w.toLowerCase(), (dispatch.get(w.toLowerCase()) ?? 0) | reader)
}
mark([...tables.articleWords, ...tables.ruleWords], ARTICLE)
mark(['point', 'points', 'paragraph', 'paragraphs', 'subparagraph', ...Object.keys(tables.ordinals)], PREFIX)
mark([...tables.actTypes.flatMap((a) => a.words.map((w) => w.split(' ')[0]!)), ...tables.issuers, 'european'], ACT)
mark([...tables.selfWords, ...tables.anaphoraWords], POINTER)
mark([...Object.keys(tables.commissionDocs), ...Object.keys(tables.courtPrefixes), ...tables.caseWords, 'oj', 'ecli', 'joined'], DOCUMENT)
const triggerSignatures = new SignatureSet([...dispatch.keys()].flatMap(wordSignatures))

/** The readers the word at `t` may start (a mask of the flags above); most words are turned away by their signature. */
export function readersAt(tokens: Tokens, t: number): number {
  return triggerSignatures.has(tokens.signatures[t]!) ? (dispatch.get(tokens.lower(t)) ?? 0) : 0
}

/** "A9", "B9", "P9_TA": the shapes of European Parliament document numbers, read without a string. */
export function epShape(tokens: Tokens, t: number): boolean {
  const s = tokens.start[t]!
  const length = tokens.end[t]! - s
  if (length !== 2 && length !== 5) return false
  const digit = tokens.source.charCodeAt(s + 1)
  return digit >= 48 && digit <= 57 && (length === 2 || tokens.source.charCodeAt(s + 2) === 95)
}

/** Signatures of every word a reader may start at, with the registry's names: one set per registry. */
const signatureSets = new WeakMap<Registry, SignatureSet>()
export function firstWords(registry: Registry): SignatureSet {
  let set = signatureSets.get(registry)
  if (!set) signatureSets.set(registry, (set = new SignatureSet([...triggerSignatures.values(), ...registry.names.signatures()])))
  return set
}

export const selfWords = new Set(tables.selfWords)
export const ruleWords = new Set(tables.ruleWords)
export const anaphoraWords = new Set(tables.anaphoraWords)
export const thereof = new Set(tables.thereof)
export const proposalWords = new Set([...tables.proposalWords, 'draft'])
export const notArticle = tables.notArticle
/** Words that begin an act's title right after its number ("Directive 2002/58/EC concerning ..."). */
export const titleWords = new Set(tables.titleWords)
export const QUOTES = new Set(['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e'])

/** "this Convention", "this Act": words that name the text's own act without an act type of the tables. */
export function selfType(tokens: Tokens, t: number): { type: { type: string }; end: number } | undefined {
  for (const { words, type } of selfTypes) {
    if (words.every((w, k) => tokens.is(t + k, w))) return { type: { type }, end: t + words.length }
  }
  return undefined
}

const selfTypes = tables.selfTypes.map((words) => ({ words: words.split(' '), type: words.toLowerCase() }))
/** First words (lowercase) of act types and self types: what may follow "this" / "that". */
export const typeWords = new Set([...tables.actTypes.flatMap((a) => a.words), ...tables.selfTypes].map((w) => w.split(' ')[0]!.toLowerCase()))

/**
 * The long title after a numbered act ("of the European Parliament and of the Council of 27
 * April 2016 on the protection of natural persons ..."): up to the next parenthesis, semicolon or
 * dash. Returns the token after it, or undefined when no title follows.
 */
export function titleAfter(tokens: Tokens, t: number): number | undefined {
  if (tokens.is(t, 'of')) {
    if (!(tokens.is(t + 1, 'the') || tokens.kind[t + 1] === NUMBER)) return undefined
  } else if (!titleWords.has(tokens.text(t))) return undefined
  let s = t
  const limit = Math.min(tokens.count, t + 400)
  while (s < limit) {
    if (tokens.kind[s] === PUNCT) {
      const p = tokens.text(s)
      if (p === '(' || p === ';' || p === '\u2013' || p === '\u2014' || p === '.') break
    }
    s++
  }
  return s
}
