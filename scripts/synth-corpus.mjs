// A synthetic corpus for the search benchmark, grown from the seeds' clause structure:
// documents of ~50 clauses whose kinds follow the seed documents, whose texts come from a
// word bigram model of the seed clauses, and whose vocabulary keeps growing with size (a
// Zipf-distributed tail of invented words) as a real collection's does. Deterministic for a seed.
//
// As a module: `synthesizeRecords({ documents, seed })` returns search records in memory.
// From the shell (after `npx tsc -b`):
//   node scripts/synth-corpus.mjs <documents> [--seed N] [--out scripts/out/synth-<documents>.json]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = new URL('../', import.meta.url)
const { parse } = await import(new URL('packages/parser/dist/index.js', root).href)
const { clauseRecords } = await import(new URL('packages/search/dist/index.js', root).href)
const { parseManifest } = await import(new URL('packages/crossref/dist/index.js', root).href)

/** mulberry32: a small, fast, seeded PRNG, so every run draws the same corpus. */
export function prng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The seed documents, parsed as the CLI parses them, as clause records. */
export function seedRecords() {
  const manifest = readFileSync(new URL('corpus/manifest.yaml', root), 'utf8')
  const { entries } = parseManifest(manifest, 'corpus/manifest.yaml', () => true)
  return entries.map((entry) => {
    const text = readFileSync(new URL(`corpus/${entry.file}`, root), 'utf8')
    return clauseRecords(parse(text, { format: entry.format, id: entry.id, kind: entry.kind }).tree)
  })
}

// Provisions a synthetic clause may cite, so `cites:` filters have something to select at scale.
const provisions = [
  ['charter', '7'], ['charter', '8'], ['charter', '21'], ['charter', '47'], ['charter', '48'],
  ['gdpr', '9'], ['gdpr', '22'], ['gdpr', '35'], ['led', '10'], ['led', '11'], ['echr', '8'], ['tfeu', '16']
]

const syllables = ['ka', 'to', 'ri', 'mel', 'sun', 'dra', 'vo', 'lin', 'per', 'qua', 'ze', 'bro', 'tis', 'gan', 'fu', 'ol']

/** The r-th invented word: distinct for every r, pronounceable, never an English word of the seeds. */
function inventedWord(rank) {
  let word = 'x'
  let n = rank
  do {
    word += syllables[n % syllables.length]
    n = Math.floor(n / syllables.length)
  } while (n > 0)
  return word
}

/** A word bigram model of the seed clause texts. */
function bigrams(texts) {
  const next = new Map()
  const starts = []
  for (const text of texts) {
    const words = text.split(/\s+/u).filter(Boolean)
    if (words.length === 0) continue
    starts.push(words[0])
    for (let i = 0; i + 1 < words.length; i++) {
      let list = next.get(words[i])
      if (!list) next.set(words[i], (list = []))
      list.push(words[i + 1])
    }
  }
  return { next, starts }
}

/**
 * `documents` synthetic documents of about `clausesPerDocument` clauses each, as search
 * records. The same arguments always give the same records.
 */
export function synthesizeRecords({ documents, seed = 42, clausesPerDocument = 50, seeds = seedRecords() }) {
  const random = prng(seed)
  const pick = (list) => list[Math.floor(random() * list.length)]
  const templates = seeds.filter((records) => records.length > 0)
  const model = bigrams(templates.flat().map((record) => record.text))
  // Zipf over the invented tail: rank r drawn with probability ~ 1/r, by inverse transform on a harmonic-like curve.
  const tailSize = Math.max(1000, documents * 60)
  const tailWord = () => inventedWord(Math.floor(Math.exp(random() * Math.log(tailSize))) - 1)
  const clauseText = (length) => {
    const words = []
    let word = pick(model.starts)
    while (words.length < length) {
      words.push(random() < 0.04 ? tailWord() : word)
      const options = model.next.get(word)
      word = options && random() < 0.95 ? pick(options) : pick(model.starts)
    }
    return words.join(' ')
  }
  const records = []
  for (let d = 0; d < documents; d++) {
    const template = pick(templates)
    const doc = `synth-${String(d + 1).padStart(6, '0')}`
    const title = clauseText(8 + Math.floor(random() * 10))
    const offset = Math.floor(random() * template.length)
    for (let c = 0; c < clausesPerDocument; c++) {
      const pattern = template[(offset + c) % template.length]
      // Capped: a PDF extraction the parser cannot yet split would otherwise make one clause of a whole letter.
      const length = Math.min(200, Math.max(3, Math.round(pattern.text.split(/\s+/u).length * (0.6 + random() * 0.8))))
      const citations = pattern.citations.map((citation) => ({ ...citation }))
      if (random() < 0.2) {
        const [instrument, article] = pick(provisions)
        citations.push({ instrument, article, resolution: random() < 0.7 ? 'explicit' : 'implicit' })
      }
      records.push({ doc, id: `${pattern.id}_${c}`, kind: pattern.kind, num: pattern.num, title, text: clauseText(length), citations })
    }
  }
  return records
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const documents = Number(process.argv[2])
  const option = (name, fallback) => {
    const at = process.argv.indexOf(name)
    return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback
  }
  if (!Number.isInteger(documents) || documents < 1) {
    console.error('usage: node scripts/synth-corpus.mjs <documents> [--seed N] [--out file.json]')
    process.exit(1)
  }
  const out = option('--out', fileURLToPath(new URL(`scripts/out/synth-${documents}.json`, root)))
  const records = synthesizeRecords({ documents, seed: Number(option('--seed', '42')) })
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, JSON.stringify(records))
  console.log(`${records.length} clauses of ${documents} documents -> ${out}`)
}
