import { PhraseMatcher } from '../phrases.js'
import { subjects, type SubjectEntry } from './lexicon.js'

/** A subject found in a text, with the phrases that named it. */
export interface SubjectHit {
  key: string
  label: string
  /** Distinct lexicon phrases found, as listed in the lexicon. */
  phrases: string[]
  /** How strongly the text names the subject: 1 a phrase that names it, 0.5 only suggestive ones. */
  weight: number
}

const weakPhrases = new Set(subjects.flatMap((s) => (s.weak ?? []).map((p) => `${s.key}:${p}`)))
const matcher = new PhraseMatcher(
  subjects.flatMap((entry) => [...entry.phrases, ...(entry.weak ?? [])].map((phrase) => ({ phrase, value: entry })))
)
const byKey = new Map(subjects.map((s) => [s.key, s]))

/**
 * The subjects a text names, the one it names first leading: a heading ("Predictive policing:")
 * or the head of a list ("restrictions on uses which contravene fundamental rights, including
 * ...") comes before its examples. A subject only suggested (weak phrases) comes after.
 */
export function subjectsOf(text: string): SubjectHit[] {
  const found = new Map<SubjectEntry, Set<string>>()
  const first = new Map<SubjectEntry, number>()
  for (const hit of matcher.find(text)) {
    const set = found.get(hit.value) ?? new Set<string>()
    set.add(hit.phrase)
    found.set(hit.value, set)
    if (!first.has(hit.value)) first.set(hit.value, hit.word)
  }
  return [...found.entries()]
    .map(([entry, phrases]) => ({
      key: entry.key,
      label: entry.label,
      phrases: [...phrases],
      weight: [...phrases].some((p) => !weakPhrases.has(`${entry.key}:${p}`)) ? 1 : 0.5,
      order: first.get(entry) ?? 0
    }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ order: _order, ...hit }) => hit)
}

export function subjectEntry(key: string): SubjectEntry | undefined {
  return byKey.get(key)
}

export { subjects }
export type { SubjectEntry }
