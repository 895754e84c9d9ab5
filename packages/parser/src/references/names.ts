import { SignatureSet, wordSignatures } from './signatures.js'
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
  next: Map<string, TrieNode>
  entries: NameEntry[]
}

export interface NameMatch {
  entry: NameEntry
  /** Index of the first token after the name. */
  end: number
}

export class NameTrie {
  private readonly root: TrieNode = { next: new Map(), entries: [] }
  /** Signatures of the first words of the names (see `wordSignatures`). */
  private readonly firsts = new SignatureSet()
  size = 0

  add(name: string, value: string, short = false): void {
    const tokens = new Tokens(name)
    if (tokens.count === 0) {
      tokens.release()
      return
    }
    const words: string[] = []
    for (let i = 0; i < tokens.count; i++) words.push(tokens.text(i))
    tokens.release()
    for (const signature of wordSignatures(words[0]!)) this.firsts.add(signature)
    let node = this.root
    for (const word of words) {
      const key = word.toLowerCase()
      let child = node.next.get(key)
      if (!child) {
        child = { next: new Map(), entries: [] }
        node.next.set(key, child)
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
    let node: TrieNode | undefined = this.root
    let best: NameMatch | undefined
    for (let t = i; t < tokens.count; t++) {
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

  /** Whether any name starts with this token (a cheap first test). */
  starts(tokens: Tokens, i: number): boolean {
    return this.root.next.has(tokens.lower(i))
  }
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
