// Parse throughput of @whereas/parser per format, against remark-parse alone on the same bytes.
// Run after `npx tsc -b`: node scripts/bench-parse.mjs [--quick]
// Every figure is the best of several timings (of batches of runs for small inputs), in MB/s of
// UTF-8 input per second of the process's CPU time (user + system), which a shared machine
// disturbs less than the wall clock.
import { readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { performance } from 'node:perf_hooks'
import { corpusFormats } from './parse-inputs.mjs'

const root = new URL('../', import.meta.url)
const { parse } = await import(new URL('packages/parser/dist/index.js', root).href)
// remark-parse and unified are dependencies of the parser package, so they are resolved from there.
const { unified } = await import(new URL('packages/parser/node_modules/unified/index.js', root).href)
const { default: remarkParse } = await import(new URL('packages/parser/node_modules/remark-parse/index.js', root).href)

const quick = process.argv.includes('--quick')
const BIG = quick ? 2_000_000 : 10_000_000

const corpus = corpusFormats.map(([file, format]) => ({ name: file, format, text: readFileSync(new URL(`corpus/${file}`, root), 'utf8') }))

/** The corpus texts of one format, repeated (separated by a blank line) to about `size` characters. */
function repeated(format, size) {
  const texts = corpus.filter((d) => d.format === format).map((d) => d.text)
  const parts = []
  let length = 0
  for (let i = 0; length < size; i++) {
    const text = texts[i % texts.length]
    parts.push(text)
    length += text.length + 2
  }
  return parts.join('\n\n')
}

/**
 * One long PDF letter of about `size` characters: the EDRi letter's head, its body (from the
 * first paragraph to the closing) repeated with a blank line between copies, then its closing and
 * signatures once. Repeating the whole letter is no long letter: after the first closing, most of
 * every later copy reads as signatures, which is not what a long document holds.
 */
function longLetter(size) {
  const letter = corpus.find((d) => d.format === 'pdf-text').text
  const clauses = parse(letter, { format: 'pdf-text', references: false }).tree.children.filter((c) => c.type === 'clause')
  const from = clauses.find((c) => c.kind === 'prose' || c.kind === 'item' || c.kind === 'heading').position.start.offset
  const to = clauses.find((c) => c.kind === 'closing').position.start.offset
  const body = letter.slice(from, to)
  const copies = Math.max(1, Math.round((size - letter.length) / (body.length + 2)))
  return letter.slice(0, from) + Array(copies).fill(body).join('\n\n') + letter.slice(to)
}

const inputs = [
  ...corpus,
  ...['ep', 'markdown', 'pdf-text'].map((format) => ({ name: `${format} corpus x ~${BIG / 1e6} MB`, format, text: repeated(format, BIG) })),
  { name: `pdf-text long letter ~${BIG / 1e6} MB`, format: 'pdf-text', text: longLetter(BIG) },
  { name: `plain text x ~${BIG / 1e6} MB`, format: 'text', text: repeated('markdown', BIG) }
]

/** CPU time of this process in ms: on a shared machine it is steadier than the clock. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** How many runs of `fn` take about `batch` ms, after `warmUp` ms of untimed runs (1 without). */
function warm(fn, warmUp, batch) {
  if (warmUp <= 0) return 1
  const until = performance.now() + warmUp
  let count = 0
  const start = cpuMs()
  do {
    fn()
    count++
  } while (performance.now() < until)
  return Math.max(1, Math.round(batch / ((cpuMs() - start) / count)))
}

/**
 * CPU time in ms of one run of each of `fns`: the best mean over batches of runs (each about
 * `batch` ms), the functions timed in turn, batch by batch, for about `budget` ms and at least
 * `rounds` rounds, after `warmUp` ms of untimed runs each.
 * - In turn, so that a change in a shared machine's load falls on every column alike: timed one
 *   after the other, remark-parse's own speed on the same letter moved by 18% between runs.
 * - In batches, because a parse allocates megabytes: the best single run was the one that escaped
 *   a collection of the young heap, which a parse allocating a little more never escaped. A
 *   batch's mean carries its share of collections, for remark-parse as for us.
 * - A long warm-up, because a parse takes some 1.2 s of runs to settle (remark-parse 250 ms):
 *   a shorter one timed our code before the compiler had finished with it.
 */
function timeInTurn(fns, { rounds, budget, warmUp, batch }) {
  const sizes = fns.map((fn) => warm(fn, warmUp, batch))
  const best = fns.map(() => Infinity)
  const until = performance.now() + budget
  for (let round = 0; round < rounds || performance.now() < until; round++) {
    fns.forEach((fn, i) => {
      const start = cpuMs()
      for (let k = 0; k < sizes[i]; k++) fn()
      best[i] = Math.min(best[i], (cpuMs() - start) / sizes[i])
    })
    if (round > 200) break
  }
  return best.map((ms) => Math.max(ms, 0.001))
}

const remark = unified().use(remarkParse)
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000)
const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(`machine: ${cpu.trim()} (${cpus().length} cores), ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`)
console.log('figures: MB/s of UTF-8 input by CPU time (user + system), the three columns timed in turn; small inputs: best mean over batches of ~50 ms; a 10 MB input: best of the rounds that fit in 6 s, at least one; ratio = remark-parse time / parse time, with references on and off (above 1: faster than remark-parse)\n')

const columns = ['input', 'format', 'size', 'parse MB/s', 'no refs MB/s', 'remark MB/s', 'ratio', 'ratio no refs']
const width = [28, 8, 8, 10, 12, 11, 5, 13]
const line = (cells) => '| ' + cells.map((cell, i) => String(cell).padEnd(width[i])).join(' | ') + ' |'
console.log(line(columns))
console.log('|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|')
for (const { name, format, text } of inputs) {
  const bytes = Buffer.byteLength(text, 'utf8')
  const big = bytes > 1e6
  // A large input is run again while 6 s last (once when a round takes longer), so that one slow
  // run (a collection of the old heap) does not stand for the input.
  const [on, off, md] = timeInTurn(
    [() => parse(text, { format }), () => parse(text, { format, references: false }), () => remark.parse(text)],
    big ? { rounds: 1, budget: 6000, warmUp: 0, batch: 0 } : { rounds: 10, budget: 3000, warmUp: 1500, batch: 50 }
  )
  const size = bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`
  console.log(line([name, format, size, mbps(bytes, on).toFixed(2), mbps(bytes, off).toFixed(2), mbps(bytes, md).toFixed(2), (md / on).toFixed(2), (md / off).toFixed(2)]))
}
