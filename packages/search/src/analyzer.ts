import lunr from 'lunr'

/**
 * One word of a text, as search reads it. Offsets are into the analysed string, so a
 * snippet can mark the word where it stands.
 */
export interface Word {
  start: number
  end: number
  /** Lower-cased, diacritics folded, English (Porter) stem: "Surveillance" -> "surveil". */
  stem: string
  /** Written in capitals (two or more letters): "LED" the directive, not "led" the verb. */
  upper: boolean
  /** An English stop word ("the", "of"): kept for phrases, never indexed. */
  stop: boolean
  /**
   * Set on the first part of a hyphenated or slashed compound ("non-discrimination",
   * "2016/679"): the stem of the parts written together, indexed so the whole is found too.
   */
  joined?: string
}

// A run of letters or digits; the characters between runs decide whether they form a compound.
const wordRun = /[\p{L}\p{N}]+/gu
const combining = /\p{M}+/gu
const joiners = new Set(['-', '/', '\u2010', '\u2011'])

const stems = new Map<string, string>()
const stops = new Map<string, boolean>()

/** Fold case and diacritics: "Jourová" and "jourova" are one word to a searcher. */
export function fold(word: string): string {
  const lower = word.toLowerCase()
  // Most words are plain ASCII; only the others pay for normalisation.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(combining, '')
}

// American -ize/-yze spellings read as the British ones EU texts use ("minimization", "analyzed").
const americanSuffix = /^([a-z]{3,})(iz|yz)(e|es|ed|ing|ation|ations|er|ers)$/u

// Porter stems a singular in -us, -is or -as apart from its plural ("bias" -> "bia" but "biases"
// -> "bias"; "analysis" -> "analysi" but "analyses" -> "analys"), so the singular is stemmed as
// the plural. -as is mostly a plural ending ("areas", "ideas"): only these singulars are read so.
const singularAs = new Set(['bias', 'alias', 'atlas', 'canvas'])
// Porter keeps an adjective in -atory apart from its noun in -ation ("discriminatory" ->
// "discriminatori", "discrimination" -> "discrimin"): the field's key adjectives (discriminatory,
// regulatory, mandatory, migratory) read as their nouns, so either finds the other.
const adjectiveInAtory = /^([a-z]{3,})ator(y|ies)$/u
const singularUs = /^[a-z]{2,}us$/u
const singularIs = /^[a-z]{3,}is$/u

function asNoun(word: string): string {
  return word.replace(adjectiveInAtory, (_, head: string, ending: string) => `${head}ation${ending === 'y' ? '' : 's'}`)
}

function asPlural(word: string): string {
  if (singularUs.test(word) || singularAs.has(word)) return `${word}es`
  if (singularIs.test(word)) return `${word.slice(0, -2)}es`
  return word
}

/** The Porter stem of a folded word, cached: a corpus repeats a small vocabulary. */
export function stem(folded: string): string {
  let cached = stems.get(folded)
  if (cached === undefined) {
    const british = folded.replace(americanSuffix, (_, head: string, z: string, tail: string) => `${head}${z === 'yz' ? 'ys' : 'is'}${tail}`)
    // Numbers compare by value: "COM(2020)0065" is found by "COM(2020) 65".
    cached = /^\d+$/u.test(folded) ? folded.replace(/^0+(?=\d)/u, '') : lunr.stemmer(new lunr.Token(asPlural(asNoun(british)), {})).toString()
    if (stems.size > 200_000) stems.clear()
    stems.set(folded, cached)
  }
  return cached
}

/** Whether a folded word is one of lunr's English stop words. */
export function isStopWord(folded: string): boolean {
  let cached = stops.get(folded)
  if (cached === undefined) {
    cached = lunr.stopWordFilter(new lunr.Token(folded, {})) === undefined
    stops.set(folded, cached)
  }
  return cached
}

/**
 * Split a text into words, in order, with stems and offsets. Linear: one regular
 * expression with no nested quantifier, and a constant look at the characters between runs.
 */
export function analyze(text: string): Word[] {
  const words: Word[] = []
  let compoundStart = -1
  let compoundText = ''
  let previousEnd = -1
  for (const match of text.matchAll(wordRun)) {
    const raw = match[0]
    const start = match.index
    const folded = fold(raw)
    // "Commission’s", "people's": the possessive is not a word of its own.
    if ((folded === 's' || folded === 't') && start > 0 && isApostrophe(text[start - 1]) && previousEnd === start - 1) {
      closeCompound(words, compoundStart, compoundText)
      compoundStart = -1
      continue
    }
    const joinedToPrevious = previousEnd >= 0 && start - previousEnd === 1 && joiners.has(text[previousEnd] ?? '')
    if (joinedToPrevious && compoundStart >= 0) {
      compoundText += folded
    } else {
      closeCompound(words, compoundStart, compoundText)
      compoundStart = words.length
      compoundText = folded
    }
    words.push({
      start,
      end: start + raw.length,
      stem: stem(folded),
      upper: raw.length > 1 && raw !== folded && raw === raw.toUpperCase(),
      stop: isStopWord(folded)
    })
    previousEnd = start + raw.length
  }
  closeCompound(words, compoundStart, compoundText)
  return words
}

function isApostrophe(char: string | undefined): boolean {
  return char === "'" || char === '\u2019'
}

function closeCompound(words: Word[], first: number, folded: string): void {
  const head = words[first]
  if (head && words.length - first > 1) head.joined = stem(folded)
}

/** The terms a text contributes to the index: stems of the words that are not stop words, and joined compounds. */
export function indexTerms(words: readonly Word[]): string[] {
  const terms: string[] = []
  for (const word of words) {
    if (!word.stop) terms.push(word.stem)
    if (word.joined) terms.push(word.joined)
  }
  return terms
}
