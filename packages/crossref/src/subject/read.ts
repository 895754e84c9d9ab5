import { PhraseMatcher } from '../phrases.js'
import { subjects, type SubjectEntry } from './lexicon.js'

/** A subject found in a text, with the phrases that named it. */
export interface SubjectHit {
  key: string
  label: string
  /** Distinct lexicon phrases found, as listed in the lexicon. */
  phrases: string[]
}

const matcher = new PhraseMatcher(subjects.flatMap((entry) => entry.phrases.map((phrase) => ({ phrase, value: entry }))))
const byKey = new Map(subjects.map((s) => [s.key, s]))

/** The subjects a text names, most named first (lexicon order breaks ties). */
export function subjectsOf(text: string): SubjectHit[] {
  const found = new Map<SubjectEntry, Set<string>>()
  for (const hit of matcher.find(text)) {
    const set = found.get(hit.value) ?? new Set<string>()
    set.add(hit.phrase)
    found.set(hit.value, set)
  }
  return [...found.entries()]
    .map(([entry, phrases]) => ({ key: entry.key, label: entry.label, phrases: [...phrases], order: subjects.indexOf(entry) }))
    .sort((a, b) => b.phrases.length - a.phrases.length || a.order - b.order)
    .map(({ order: _order, ...hit }) => hit)
}

export function subjectEntry(key: string): SubjectEntry | undefined {
  return byKey.get(key)
}

export { subjects }
export type { SubjectEntry }
