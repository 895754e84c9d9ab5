import type { ReferenceTarget } from '../tree.js'
import { rightsLanguage, type Registry } from './registry/index.js'
import { QUOTES } from './scan-tables.js'
import { pinpointTarget, targetByKey } from './target.js'
import { pairKey, SignatureSet, wordSignatures } from './signatures.js'
import { PUNCT, WORD, type Tokens } from './tokenize.js'

/** An implicit citation in token terms. */
export interface ImplicitFound {
  first: number
  last: number
  target: ReferenceTarget
}

interface PhraseNode {
  /** Tells the node's edges apart in its trie's `edges`. */
  id: number
  next: Map<string, PhraseNode>
  article?: string
  /** The phrase as listed, for its exceptions. */
  phrase?: string
}

interface PhraseTrie {
  root: PhraseNode
  /**
   * Keys of a node and the signature of a word that leads on from it: a walk stops at a word
   * that continues no phrase without making the word's lowercase string. Each phrase word has
   * its word signatures there and 0, the signature of punctuation and numbers ("," is one).
   */
  edges: SignatureSet
}

function buildTrie(entries: [string, string][]): PhraseTrie {
  const root: PhraseNode = { id: 0, next: new Map() }
  const edges = new SignatureSet()
  let nodes = 1
  for (const [phrase, article] of entries) {
    let node = root
    for (const word of phraseWords(phrase)) {
      let child = node.next.get(word)
      if (!child) {
        node.next.set(word, (child = { id: nodes++, next: new Map() }))
        for (const signature of [0, ...wordSignatures(word)]) edges.add(pairKey(node.id, signature))
      }
      node = child
    }
    node.article ??= article
    node.phrase ??= phrase
  }
  return { root, edges }
}

/** The words of a phrase as the matcher compares them: lowercase, hyphens dropped ("non-discrimination" = "non discrimination"). */
function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .flatMap((w) => (w.endsWith(',') ? [w.slice(0, -1), ','] : [w]))
    .filter((w) => w.length > 0)
}

const phrases = buildTrie(rightsLanguage.articles.flatMap((a) => a.phrases.map((p): [string, string] => [p, a.article])))
const elliptic = buildTrie(rightsLanguage.articles.flatMap((a) => (a.afterFreedom ?? []).map((p): [string, string] => [p, a.article])))
const afterRight = buildTrie(rightsLanguage.articles.flatMap((a) => (a.afterRight ?? []).map((p): [string, string] => [p, a.article])))
/** Signatures of the first words of phrases: most words of a text begin none, and are passed over without a string. */
const firstWords = new SignatureSet(rightsLanguage.articles.flatMap((a) => a.phrases.flatMap((p) => wordSignatures(phraseWords(p)[0]!))))
/** The same for the words that continue a list of rights ("of assembly", "personal data"): looked at only inside one. */
const continuingWords = new SignatureSet(
  rightsLanguage.articles.flatMap((a) => [...(a.afterFreedom ?? []), ...(a.afterRight ?? [])].flatMap((p) => wordSignatures(phraseWords(p)[0]!)))
)
/** Every word the reader starts at or goes on with: what `Tokens` marks for it. */
export const implicitWords = new SignatureSet([...firstWords.values(), ...continuingWords.values()])
const exceptions = new Map<string, Set<string>>(Object.entries(rightsLanguage.exceptWhenFollowedBy).map(([k, v]) => [k, new Set(v)]))
const HYPHENS = new Set(['-', '\u2010', '\u2011'])
const JOINERS = new Set([',', 'and', 'or', 'as', 'well', 'nor'])

function isHyphen(tokens: Tokens, t: number): boolean {
  return tokens.kind[t] === PUNCT && HYPHENS.has(tokens.text(t))
}

/**
 * The longest phrase of `trie` from token `i`, ending before token `limit` (where a citation
 * begins): hyphens between words are skipped, every word after the first must be lowercase.
 */
function longest(trie: PhraseTrie, tokens: Tokens, i: number, limit: number): { last: number; node: PhraseNode } | undefined {
  let node: PhraseNode | undefined = trie.root
  let best: { last: number; node: PhraseNode } | undefined
  let t = i
  let words = 0
  while (t < limit && node) {
    if (words > 0 && isHyphen(tokens, t)) {
      t++
      continue
    }
    if (words > 0 && tokens.hasCapital(t)) break
    if (tokens.signatureIsExact(t) && !trie.edges.has(pairKey(node.id, tokens.signatures[t]!))) break
    node = node.next.get(tokens.lower(t))
    if (!node) break
    words++
    if (node.article) best = { last: t, node }
    t++
  }
  return best
}

/**
 * Rights language read as implicit references to Charter articles: "presumption of
 * innocence" -> Article 48. Skips words inside explicit citations and act titles, words of a
 * proper name ("Privacy International", "European Data Protection Board"), and a right whose
 * article the same sentence cites explicitly. Reads the words `tokens` marked for `implicitWords`.
 */
export function findImplicit(tokens: Tokens, covered: readonly [number, number][], explicitCharter: ReadonlySet<string>, registry: Registry): ImplicitFound[] {
  const out: ImplicitFound[] = []
  // Made at the first right found: most texts name none.
  let charter: ReferenceTarget | undefined
  // The end of the last freedom ("freedom of expression, of assembly") and of the last right ("privacy and personal data").
  let chainEnd = -2
  let listEnd = -2
  const { marked, markedCount, signatures, count } = tokens
  let r = 0
  // The first token after the last right found.
  let next = 0
  for (let m = 0; m < markedCount; m++) {
    const i = marked[m]!
    if (i < next) continue
    while (r < covered.length && covered[r]![1] < i) r++
    // The start of the next citation or title: a word inside one is none of a right.
    const limit = r < covered.length ? covered[r]![0] : count
    if (limit <= i) continue
    const signature = signatures[i]!
    const starts = firstWords.has(signature)
    const continues = listEnd >= 0 && i - listEnd <= 5 && continuingWords.has(signature)
    if (!starts && !continues) continue
    const inChain = continues && chainEnd >= 0 && joinedTo(tokens, chainEnd, i)
    const inList = continues && joinedTo(tokens, listEnd, i)
    const match =
      (starts ? longest(phrases, tokens, i, limit) : undefined) ??
      (inChain ? longest(elliptic, tokens, i, limit) : undefined) ??
      (inList ? longest(afterRight, tokens, i, limit) : undefined)
    if (!match) continue
    if (!acceptable(tokens, i, match.last, match.node.phrase!)) continue
    const article = match.node.article!
    if (explicitCharter.size === 0 || !explicitCharter.has(`${tokens.sentence[i]}:${article}`)) {
      charter ??= targetByKey(registry, 'charter')
      out.push({ first: i, last: match.last, target: pinpointTarget(charter, { article }) })
    }
    const first = tokens.lower(i)
    chainEnd = first === 'freedom' || first === 'free' || inChain ? match.last : -2
    listEnd = match.last
    next = match.last + 1
  }
  return out
}

/** Only joining words (",", "and", "or", "as well as") between the end of one right and token `i`. */
function joinedTo(tokens: Tokens, end: number, i: number): boolean {
  if (i - end > 4) return false
  for (let t = end + 1; t < i; t++) if (!JOINERS.has(tokens.lower(t))) return false
  return true
}

function acceptable(tokens: Tokens, first: number, last: number, phrase: string): boolean {
  const except = exceptions.get(phrase)
  if (except && except.has(tokens.lower(last + 1))) return false
  if (!tokens.hasCapital(first)) return true
  // A capital first word: the start of a sentence or a list item, not a word of a name.
  const before = first - 1
  const nameBefore = before >= 0 && tokens.kind[before] === WORD && tokens.capitalised(before) && tokens.sentence[before] === tokens.sentence[first]
  const nameAfter = tokens.kind[last + 1] === WORD && tokens.capitalised(last + 1)
  // A capitalised phrase that is the whole of a quotation is a title: Commissioner “Equality”.
  const title = before >= 0 && QUOTES.has(tokens.text(before)) && QUOTES.has(tokens.text(last + 1))
  return !nameBefore && !nameAfter && !title
}
