/**
 * Words as the cross-reference compares them: lower-cased, lightly stemmed, without the
 * function words and the words every clause of this domain shares ("AI", "use", "rights").
 */

/** Words that carry no topic: grammar, and the vocabulary every clause on AI policy uses. */
const stopWords = new Set(
  (
    'a about above after again against all also an and any are as at be because been being both but by can ' +
    'could did do does doing down during each either few for from further had has have having he her here hers ' +
    'him his how i if in into is it its itself just least less may me might more most must my no nor not of ' +
    'off on once only or other our ours out over own same shall she should so some such than that the their ' +
    'theirs them then there these they this those through thus to too under until up upon very was we were what ' +
    'when where whether which while who whom why will with within without would you your yours ' +
    'therefore however furthermore thereby i.e e.g eg ie etc one two three due certain given many number ' +
    'particularly especially already even still yet rather regarding towards ' +
    // The domain's own vocabulary: present in nearly every clause, it says nothing about which.
    'ai artificial intelligence use uses using used eu union european commission parliament member states state ' +
    'fundamental right rights call calls calling ask asks asking new including include particular regard ' +
    'need needs necessary ensure ensuring order way ways well like'
  ).split(' ')
)

const wordPattern = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu

/** The words of a text, in order, lower-cased. */
export function words(text: string): string[] {
  return text.toLowerCase().match(wordPattern) ?? []
}

const keepFinalS = /(?:ss|us|is)$/

/**
 * A light suffix stemmer: enough for "biometrics" ~ "biometric", "bans" ~ "banning" ~ "ban",
 * "surveillance" ~ "surveillances". Derivations ("prediction"/"predictive") stay apart on purpose:
 * the subject lexicon names both.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '')
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y'
  else if (w.length > 3 && w.endsWith('s') && !keepFinalS.test(w)) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3))
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2))
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

function undouble(w: string): string {
  const last = w.at(-1)
  return last && last === w.at(-2) && !'lsz'.includes(last) ? w.slice(0, -1) : w
}

export function isStopWord(word: string): boolean {
  return stopWords.has(word) || /^\d+$/.test(word)
}

/** The distinct content terms of a text: stem -> the first surface form seen (for evidence). */
export function contentTerms(text: string): Map<string, string> {
  const terms = new Map<string, string>()
  for (const word of words(text)) {
    if (word.length < 3 || isStopWord(word)) continue
    const s = stem(word)
    if (!terms.has(s)) terms.set(s, word)
  }
  return terms
}

/** The stems of a text, in order, stop words included: for phrase matching. */
export function stems(text: string): string[] {
  return words(text).map(stem)
}

/**
 * Tidy a text for quoting and matching: one space between words, and none before closing
 * punctuation or after an opening bracket (the EP page spaces them: "thereof ,", "( 8 )").
 */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:.)!?’”])/g, '$1')
    .replace(/([(‘“]) /g, '$1')
    .trim()
}
