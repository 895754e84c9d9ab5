import { analyze, type Word } from './analyzer.js'
import bundled from './thesaurus.json' with { type: 'json' }

/** A thing with several names: "RBI" and "remote biometric identification". */
export interface Concept {
  /** Stable key, indexed as a term of the `concepts` field. */
  id: string
  /** Every name of the concept, as written; a form finds every other. */
  forms: string[]
  /** The acronym is also an English word ("LED", "led"): recognise it in capitals only. */
  capitals?: boolean
  /**
   * The articles that lay the concept down, as `instrument-article` (`gdpr-9`, `led-10`). Only
   * where the parser does not already read the concept as an implicit citation (it does for the
   * Charter's rights).
   */
  provisions?: string[]
}

export interface ThesaurusData {
  version: number
  concepts: Concept[]
}

/** Where a concept is named in a run of words: `words[start, end)`. */
export interface ConceptMatch {
  id: string
  start: number
  end: number
}

interface TrieNode {
  next: Map<string, TrieNode>
  /** Concepts whose form ends here, with whether the form must be in capitals. */
  ends: { id: string; capitals: boolean }[]
}

/** The thesaurus compiled to a trie of stems, so a text is scanned once. */
export class Thesaurus {
  private readonly root: TrieNode = { next: new Map(), ends: [] }
  private readonly longest: number
  private readonly byProvision = new Map<string, string[]>()
  readonly concepts: ReadonlyMap<string, Concept>

  constructor(data: ThesaurusData = bundled) {
    const concepts = new Map<string, Concept>()
    let longest = 0
    for (const concept of data.concepts) {
      concepts.set(concept.id, concept)
      for (const provision of concept.provisions ?? []) {
        const ids = this.byProvision.get(provision) ?? []
        if (!ids.includes(concept.id)) this.byProvision.set(provision, [...ids, concept.id])
      }
      for (const form of concept.forms) {
        const words = analyze(form)
        if (words.length === 0) continue
        longest = Math.max(longest, words.length)
        let node = this.root
        for (const word of words) {
          let child = node.next.get(word.stem)
          if (!child) {
            child = { next: new Map(), ends: [] }
            node.next.set(word.stem, child)
          }
          node = child
        }
        const capitals = concept.capitals === true && words.length === 1 && words[0]!.upper
        if (!node.ends.some((end) => end.id === concept.id && end.capitals === capitals)) {
          node.ends.push({ id: concept.id, capitals })
        }
      }
    }
    this.concepts = concepts
    this.longest = longest
  }

  /** The concepts an article lays down: `gdpr-9` -> special categories of personal data. */
  laidDownBy(provision: string): readonly string[] {
    return this.byProvision.get(provision) ?? []
  }

  /** Every concept named in `words`, nested ones included ("AI" inside "High-Level Expert Group on AI"). */
  findAll(words: readonly Word[]): ConceptMatch[] {
    const found: ConceptMatch[] = []
    for (let start = 0; start < words.length; start++) {
      this.walk(words, start, (id, end) => found.push({ id, start, end }))
    }
    return found
  }

  /**
   * The concepts a query names, longest first and without overlap, so "High-Level Expert
   * Group on AI" is one concept, not also "AI".
   */
  findLongest(words: readonly Word[]): ConceptMatch[] {
    const found: ConceptMatch[] = []
    let start = 0
    while (start < words.length) {
      let best: ConceptMatch | undefined
      this.walk(words, start, (id, end) => {
        if (!best || end > best.end) best = { id, start, end }
      })
      if (best) {
        found.push(best)
        start = best.end
      } else {
        start++
      }
    }
    return found
  }

  private walk(words: readonly Word[], start: number, found: (id: string, end: number) => void): void {
    let node: TrieNode | undefined = this.root
    for (let at = start; at < words.length && at - start < this.longest; at++) {
      const word: Word = words[at]!
      node = node.next.get(word.stem)
      if (!node) return
      for (const end of node.ends) {
        if (!end.capitals || word.upper) found(end.id, at + 1)
      }
    }
  }
}

let shared: Thesaurus | undefined

/** The bundled thesaurus, compiled once. */
export function defaultThesaurus(): Thesaurus {
  shared ??= new Thesaurus()
  return shared
}
