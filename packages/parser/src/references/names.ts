import { pairKey, SignatureSet, wordSignatures } from './signatures.js'
import { Tokens, WORD } from './tokenize.js'

/**
 * A trie of names over tokens: "General Data Protection Regulation", "GDPR", "Convention 108+".
 * Matching walks the tokens from one position and keeps the longest name, so it costs at most
 * the length of the longest name per position.
 */
export interface NameEntry {
  /** What the name stands for: an instrument key, or a defined term's payload. */
  value: string
  /** The name's tokens as written, when it must match with the same capitals. */
  exact: string[] | null
  /** A short form ("Charter"): only standing alone, not inside another capitalised name. */
  short: boolean
  /** The name as given. */
  name: string
}

interface TrieNode {
  /** Tells the node's edges apart in `edges`. */
  id: number
  next: Map<string, TrieNode>
  entries: NameEntry[]
}

export interface NameMatch {
  entry: NameEntry
  /** Index of the first token after the name. */
  end: number
}

export class NameTrie {
  private readonly root: TrieNode = { id: 0, next: new Map(), entries: [] }
  private nodes = 1
  /**
   * Keys of a node and the signature of a word that leads on from it (see `pairKey`): a walk
   * stops at a word that continues no name without making the word's lowercase string.
   */
  private readonly edges = new SignatureSet()
  /** Signatures of the first words of the names (see `wordSignatures`). */
  readonly firsts = new SignatureSet()
  /**
   * Signatures of the first token of each one-token name, and pair keys of the first two tokens
   * of each longer one: most words that begin a name ("AI", "law", "data") are followed by no
   * word that continues one, and are turned away with one probe, before any string is made.
   */
  private readonly singles = new SignatureSet()
  private readonly pairs = new SignatureSet()
  size = 0

  add(name: string, value: string, short = false): void {
    const tokens = new Tokens(name)
    if (tokens.count === 0) {
      tokens.release()
      return
    }
    const words: string[] = []
    const signatures: number[][] = []
    for (let i = 0; i < tokens.count; i++) {
      words.push(tokens.text(i))
      signatures.push(tokenSignatures(tokens, i))
    }
    tokens.release()
    if (words.length === 1) for (const a of signatures[0]!) this.singles.add(a)
    else for (const a of signatures[0]!) for (const b of signatures[1]!) this.pairs.add(pairKey(a, b))
    for (const signature of wordSignatures(words[0]!)) this.firsts.add(signature)
    let node = this.root
    for (let k = 0; k < words.length; k++) {
      const key = words[k]!.toLowerCase()
      let child = node.next.get(key)
      if (!child) {
        child = { id: this.nodes++, next: new Map(), entries: [] }
        node.next.set(key, child)
        for (const signature of signatures[k]!) this.edges.add(pairKey(node.id, signature))
      }
      node = child
    }
    const acronym = words.some((w) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase())
    const exact = short || words.length <= 2 || acronym ? words : null
    this.size++
    // `match` takes the first entry that fits: one that fits exactly when an earlier one does
    // (a term defined again in every repetition of a text) would never be taken, and would
    // make every later match of the name look at one more entry.
    if (node.entries.some((e) => e.short === short && sameExact(e.exact, exact))) return
    node.entries.push({ value, exact, short, name })
  }

  /** The longest name starting at token `i`, or undefined. */
  match(tokens: Tokens, i: number): NameMatch | undefined {
    if (!this.starts(tokens, i)) return undefined
    let node: TrieNode | undefined = this.root
    let best: NameMatch | undefined
    for (let t = i; t < tokens.count; t++) {
      if (tokens.signatureIsExact(t) && !this.edges.has(pairKey(node.id, tokens.signatures[t]!))) break
      node = node.next.get(tokens.lower(t))
      if (!node) break
      for (const entry of node.entries) {
        if (entry.exact && !sameWords(tokens, i, entry.exact)) continue
        if (entry.short && !standsAlone(tokens, i, t + 1)) continue
        best = { entry, end: t + 1 }
        break
      }
    }
    return best
  }

  /** The signatures of the names' first words. */
  signatures(): Iterable<number> {
    return this.firsts.values()
  }

  /** Whether any name may start with this token: a test that makes no string. */
  mayStart(tokens: Tokens, i: number): boolean {
    return this.size > 0 && this.firsts.has(tokens.signatures[i]!)
  }

  /** Whether a name may start at this token, by its signature and the next one's: a test that makes no string. */
  starts(tokens: Tokens, i: number): boolean {
    if (this.size === 0 || i < 0 || i >= tokens.count) return false
    const signature = tokens.signatures[i]!
    if (!tokens.signatureIsExact(i) || this.singles.has(signature)) return true
    return i + 1 < tokens.count && (!tokens.signatureIsExact(i + 1) || this.pairs.has(pairKey(signature, tokens.signatures[i + 1]!)))
  }
}

/** The signatures a token of a name may have in a text: its word signatures, or 0 for a number or punctuation. */
function tokenSignatures(tokens: Tokens, i: number): number[] {
  return tokens.kind[i] === WORD ? wordSignatures(tokens.text(i)) : [0]
}

function sameExact(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b
  return a.length === b.length && a.every((w, k) => w === b[k])
}

function sameWords(tokens: Tokens, i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (!tokens.is(i + k, words[k]!)) return false
  return true
}

/** Not preceded or followed by another capitalised word ("the Charter", not "European Social Charter"). */
function standsAlone(tokens: Tokens, start: number, end: number): boolean {
  const before = start - 1
  if (tokens.kind[before] === WORD && tokens.capitalised(before) && !isAcronym(tokens.text(before)) && tokens.sentence[before] === tokens.sentence[start]) {
    // A capitalised word that only begins the sentence ("The Charter") is no part of a name.
    if (!(before === 0 || tokens.sentence[before - 1] !== tokens.sentence[before]) || tokens.lower(before) !== 'the') return false
  }
  // "the Charter of the United Nations": a longer name would have matched had it been the Charter of Fundamental Rights.
  if (tokens.is(end, 'of')) return false
  return !(tokens.kind[end] === WORD && tokens.capitalised(end) && tokens.lower(end) !== 'article' && tokens.lower(end) !== 'articles')
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase()
}
