/**
 * Scope and exceptions: where, by whom and how far an ask reaches ("in publicly accessible
 * spaces", "for law enforcement purposes", "without exceptions"), and what it leaves out
 * ("unless strictly used for the purpose of identification of victims of crime").
 */

export interface ScopeEntry {
  key: string
  label: string
  pattern: RegExp
}

/** Scope phrases of EU texts on AI and policing, as data. */
export const scopes: ScopeEntry[] = [
  { key: 'without-exceptions', label: 'without exceptions', pattern: /\bwithout (?:any )?exceptions?\b/i },
  {
    key: 'public-spaces',
    label: 'in publicly accessible spaces',
    pattern: /\b(?:public(?:ly)?[- ]{0,2}(?:or publicly[- ]{0,2})?accessible|public) (?:spaces|places)\b/i
  },
  {
    key: 'law-enforcement',
    label: 'for law enforcement purposes',
    pattern: /\b(?:for law enforcement purposes|by law enforcement|law enforcement (?:authorities|actors|agencies)|by the police|police and judicial authorities)\b/i
  },
  { key: 'criminal-justice', label: 'in criminal justice', pattern: /\b(?:criminal justice|pre-trial|judicial decisions)\b/i },
  { key: 'border', label: 'at the border and in migration control', pattern: /\b(?:at the border|border and migration|external borders|border control)\b/i },
  {
    key: 'indiscriminate',
    label: 'indiscriminate or arbitrarily targeted',
    pattern: /\b(?:indiscriminate(?:ly)?|arbitrarily[- ]?targeted|mass scale|large scale)\b/i
  },
  { key: 'permanent', label: 'permanent', pattern: /\bpermanent(?:ly)?\b/i },
  {
    key: 'law-making',
    label: 'in making law and policy',
    pattern: /\b(?:development|drafting|making|preparation) of (?:the )?(?:EU )?(?:AI )?(?:legislation|law|laws|policy|policies)\b/i
  },
  { key: 'all-uses', label: 'all uses', pattern: /\b(?:all|any) (?:AI )?(?:uses|use|processing|form)\b/i },
  { key: 'rights-grounds', label: 'on fundamental rights grounds', pattern: /\bon fundamental rights grounds\b/i },
  { key: 'public-authorities', label: 'by public authorities', pattern: /\bby public authorities\b/i },
  { key: 'private-actors', label: 'private actors', pattern: /\bprivate (?:entities|actors|companies)\b/i }
]

/** Phrases that carve something out of an ask, to the next comma or semicolon. */
const exceptionPattern = /\b(?:unless|except(?: for| where| when)?|with the exception of|other than|save for|excluding|of other)\b[^,;.]*/gi
/** Conditions that end an ask ("until the technical standards ..."), to the end of the sentence. */
const conditionPattern = /\buntil\b[^;.]*/gi

/**
 * A non-restrictive relative clause (", which by definition does not fulfil the principles of
 * necessity and proportionality,") describes; it does not ask.
 */
const aside = /,\s*which\b[^,;]*(?=[,;]|$)/gi

export interface Carved {
  /** The phrases that make exceptions, as written. */
  exceptions: string[]
  /** Conditions that lift the ask ("until ..."), as written. */
  conditions: string[]
  /** The text without them: what the ask itself is read from. */
  rest: string
}

/** Take the exceptions and conditions out of a sentence. */
export function carve(text: string): Carved {
  const exceptions = [...text.matchAll(exceptionPattern)].map((m) => m[0].trim())
  const conditions = [...text.matchAll(conditionPattern)].map((m) => m[0].trim())
  const rest = text.replace(exceptionPattern, ' ').replace(conditionPattern, ' ').replace(aside, ' ')
  return { exceptions, conditions, rest }
}

export interface ScopeHit {
  key: string
  label: string
  /** The words as written. */
  text: string
  /** The clause the scope was read from, when not the demand's own (a letter's opening). */
  from?: string
}

/** The scope phrases of a text, once per key, in lexicon order. */
export function scopeOf(text: string): ScopeHit[] {
  const hits: ScopeHit[] = []
  for (const entry of scopes) {
    const m = entry.pattern.exec(text)
    if (m) hits.push({ key: entry.key, label: entry.label, text: m[0] })
  }
  return hits
}
