/**
 * The language of asking, as data. Verbs say whether a sentence asks at all; nouns say what
 * it asks for. Phrases are matched on stems, so "calls" finds "call" and "banning" finds "ban".
 */

/** What a demand or a paragraph asks for, from strongest to softest prohibition, then the rest. */
export type Ask = 'ban' | 'moratorium' | 'restriction' | 'safeguard' | 'transparency' | 'participation' | 'other'

/**
 * What a paragraph of the resolution expresses: an ask, or `none` ("Notes", "Recalls"),
 * `concern` ("Expresses strong concern", "warns") or `endorse` ("Encourages", "Welcomes").
 */
export type Stand = Ask | 'none' | 'concern' | 'endorse'

export const asks: readonly Ask[] = ['ban', 'moratorium', 'restriction', 'safeguard', 'transparency', 'participation', 'other']

/**
 * How a verb of the resolution's or a letter's language acts:
 * - `call`: asks for what its object names ("Calls for", "urges", "we call on", "let us");
 * - `normative`: asks only when the sentence also carries an obligation ("Stresses that ... must");
 * - `note`: records, asks for nothing ("Notes", "Takes note", "Recalls", "Acknowledges");
 * - `concern`: worries without asking ("Expresses strong concern", "warns");
 * - `oppose`: a prohibition in substance ("Opposes the use of AI ...");
 * - `endorse`: favours a use ("Encourages", "Welcomes", "positive contribution").
 */
export type VerbClass = 'call' | 'normative' | 'note' | 'concern' | 'oppose' | 'endorse'

export const verbs: Record<VerbClass, string[]> = {
  call: [
    'call', 'calling', 'urge', 'request', 'demand', 'insist', 'require', 'ask', 'asking', 'recommend', 'support',
    'advocate', 'advocating', 'seek', 'seeking', 'let us', 'join us', 'invite', 'propose', 'expect'
  ],
  normative: [
    'stress', 'underline', 'highlight', 'emphasise', 'emphasize', 'consider', 'believe', 'is of the opinion',
    'is of the view', 'take the view', 'reaffirm', 'reiterate', 'point out', 'think', 'argue', 'urgent',
    'is convinced',
    // "we call attention to uses that must be prohibited": asks only through its obligation.
    'call attention', 'call your attention'
  ],
  note: [
    'note', 'take note', 'recall', 'acknowledge', 'recognise', 'recognize', 'remind', 'undertake', 'appreciate',
    'instruct'
  ],
  // "Expresses" in the EP's language is almost always concern; a bare "concerns" is not a verb.
  concern: ['express', 'with great concern', 'is concerned', 'warn', 'deplore', 'regret', 'alarmed'],
  oppose: ['oppose', 'opposing', 'reject', 'rejecting', 'condemn'],
  endorse: [
    'welcome', 'encourage', 'acknowledge the positive contribution', 'positive contribution', 'could be explored',
    'continue to be deployed'
  ]
}

/**
 * Nouns and verbs of the object: what is asked for. A sentence naming several takes the first
 * in this order, except that alternatives ("a ban or moratorium", "prohibited or legally
 * restricted") ask for the weaker: that is the least the writer would accept.
 */
export const askPhrases: Record<Exclude<Ask, 'other'>, string[]> = {
  ban: [
    'ban', 'prohibit', 'prohibition', 'outlaw', 'never deployed', 'never be deployed', 'not be used', 'refrain from',
    'phase out', 'put an end to'
  ],
  moratorium: ['moratorium', 'suspend', 'suspension', 'halt', 'pause', 'freeze'],
  restriction: [
    // "limitations" alone is as often a shortcoming ("the limitations of the systems") as a limit.
    'restrict', 'restriction', 'legally restrict', 'limit', 'limitations on', 'clear limitations', 'legal limitations',
    'legal limit', 'red line', 'red-line',
    'stop funding', 'not to extend', 'not allow', 'strictly necessary', 'demonstrably necessary',
    // "must not be based on special categories of personal data": a limit on what a use may rest on.
    'must not'
  ],
  safeguard: [
    'safeguard', 'impact assessment', 'oversight', 'audit', 'auditing', 'human intervention', 'high risk',
    'high-risk', 'requirement', 'redress', 'remedy', 'training', 'guideline', 'precautionary principle',
    'traceability', 'democratic control', 'procurement', 'accountability', 'protection', 'proportionality',
    'independent evaluation', 'assess the legality', 'legal framework', 'human oversight', 'conformity assessment',
    'certification', 'enforcement of the general data protection regulation'
  ],
  transparency: [
    'transparency', 'transparent', 'disclose', 'disclosure', 'inform', 'informed', 'information',
    'explainability', 'public register', 'publicly available', 'open source', 'documentation', 'publish',
    'public scrutiny', 'notify'
  ],
  participation: [
    'inclusion', 'be included', 'engagement of civil society', 'active engagement', 'participation', 'consultation',
    'involvement', 'diversity of society', 'public debate', 'consult', 'stakeholder engagement'
  ]
}

/** Strength of an ask, for "weaker" and "stronger": prohibitions first, the rest alike. */
export const strength: Record<Ask, number> = {
  ban: 5,
  moratorium: 4,
  restriction: 3,
  safeguard: 2,
  transparency: 1,
  participation: 1,
  other: 0
}

/**
 * Words that carry an obligation: with them a `normative` verb (or no verb at all, as in a
 * letter's "must be prohibited") asks.
 */
export const obligation = /\b(?:must|should|shall|needs? to|needs? an?|has to|have to|imperative|essential|vital|requirement|required|necessary step)\b/i
