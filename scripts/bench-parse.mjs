// Parse throughput of @whereas/parser per format, against remark-parse alone on the same bytes.
// Run after `npx tsc -b`: node scripts/bench-parse.mjs [--quick]
// Every figure is the best of several runs, in MB/s of UTF-8 input per second of the process's CPU
// time (user + system), which a shared machine disturbs less than the wall clock.
import { readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { performance } from 'node:perf_hooks'

const root = new URL('../', import.meta.url)
const { parse } = await import(new URL('packages/parser/dist/index.js', root).href)
// remark-parse and unified are dependencies of the parser package, so they are resolved from there.
const { unified } = await import(new URL('packages/parser/node_modules/unified/index.js', root).href)
const { default: remarkParse } = await import(new URL('packages/parser/node_modules/remark-parse/index.js', root).href)

const quick = process.argv.includes('--quick')
const BIG = quick ? 2_000_000 : 10_000_000

const corpus = [
  ['ep-ta-2021-0405.txt', 'ep'],
  ['mep-letter-2021-10-04.md', 'markdown'],
  ['ngo-letter-2021-04-01.md', 'markdown'],
  ['eucrim-news-2021.md', 'markdown'],
  ['edri-letter-2021-01-12.txt', 'pdf-text']
].map(([file, format]) => ({ name: file, format, text: readFileSync(new URL(`corpus/${file}`, root), 'utf8') }))

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

/**
 * Best CPU time in ms of `fn` over at least `runs` runs and about `budget` ms, after `warmUp` ms
 * of untimed runs. Timing a parse run after run shows it takes some 1.2 s of parses (hundreds of
 * them) before its time settles, while remark-parse settles within 250 ms: a shorter warm-up
 * timed our code before the compiler had finished with it.
 */
function best(fn, runs, budget, warmUp) {
  const warm = performance.now() + warmUp
  if (warmUp > 0) do fn(); while (performance.now() < warm)
  let min = Infinity
  const until = performance.now() + budget
  for (let i = 0; i < runs || performance.now() < until; i++) {
    const start = cpuMs()
    fn()
    min = Math.min(min, cpuMs() - start)
    if (i > 200) break
  }
  return Math.max(min, 0.001)
}

const remark = unified().use(remarkParse)
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000)
const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(`machine: ${cpu.trim()} (${cpus().length} cores), ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`)
console.log('figures: MB/s of UTF-8 input by CPU time (user + system), best of several runs (for a 10 MB input, of the runs that fit in 6 s, at least one); ratio = remark-parse time / parse time, with references on and off (above 1: faster than remark-parse)\n')

const columns = ['input', 'format', 'size', 'parse MB/s', 'no refs MB/s', 'remark MB/s', 'ratio', 'ratio no refs']
const width = [28, 8, 8, 10, 12, 11, 5, 13]
const line = (cells) => '| ' + cells.map((cell, i) => String(cell).padEnd(width[i])).join(' | ') + ' |'
console.log(line(columns))
console.log('|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|')
for (const { name, format, text } of inputs) {
  const bytes = Buffer.byteLength(text, 'utf8')
  const big = bytes > 1e6
  // A large input is run again while 6 s last (one run when it takes longer), so that one slow
  // run (a collection of the old heap) does not stand for the input; small inputs are timed
  // for about 500 ms each.
  const runs = big ? 1 : 20
  const budget = big ? 6000 : 500
  const warmUp = big ? 0 : 1500
  const on = best(() => parse(text, { format }), runs, budget, warmUp)
  const off = best(() => parse(text, { format, references: false }), runs, budget, warmUp)
  const md = best(() => remark.parse(text), runs, budget, warmUp)
  const size = bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`
  console.log(line([name, format, size, mbps(bytes, on).toFixed(2), mbps(bytes, off).toFixed(2), mbps(bytes, md).toFixed(2), (md / on).toFixed(2), (md / off).toFixed(2)]))
}
