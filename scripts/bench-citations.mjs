// Speed of reference extraction on ~10 MB, against remark-parse alone on the same bytes.
// Run after `npx tsc -b`: node scripts/bench-citations.mjs
// Extraction = parse with references minus parse without (CPU time, best of 3), and
// findReferences on the whole string; remark-parse only tokenizes Markdown, as a yardstick.
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'

const root = new URL('../', import.meta.url)
const { parse, findReferences } = await import(new URL('packages/parser/dist/index.js', root).href)
const { unified } = await import(new URL('packages/parser/node_modules/unified/index.js', root).href)
const { default: remarkParse } = await import(new URL('packages/parser/node_modules/remark-parse/index.js', root).href)

const SIZE = 10_000_000
const read = (file) => readFileSync(new URL(`corpus/${file}`, root), 'utf8')
function repeated(texts) {
  const parts = []
  let length = 0
  for (let i = 0; length < SIZE; i++) {
    parts.push(texts[i % texts.length])
    length += texts[i % texts.length].length + 2
  }
  return parts.join('\n\n')
}

/** Best CPU time (user + system) in ms of `fn` over `runs` runs. */
function cpu(fn, runs = 3) {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage()
    fn()
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

const remark = unified().use(remarkParse)
const mbps = (bytes, ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1)
console.log(`machine: ${cpus()[0]?.model.trim()} (${cpus().length} cores), node ${process.version}; MB/s of UTF-8 input by CPU time, best of 3\n`)

const ep = repeated([read('ep-ta-2021-0405.txt')])
const letters = repeated(['mep-letter-2021-10-04.md', 'ngo-letter-2021-04-01.md', 'eucrim-news-2021.md', 'edri-letter-2021-01-12.txt'].map(read))
for (const [name, text] of [['EP resolution x ~10 MB', ep], ['letters x ~10 MB', letters]]) {
  const bytes = Buffer.byteLength(text, 'utf8')
  const md = cpu(() => remark.parse(text))
  const find = cpu(() => findReferences(text))
  let line = `${name}: remark-parse ${mbps(bytes, md)} MB/s; findReferences on the whole string ${mbps(bytes, find)} MB/s`
  if (text === ep) {
    const on = cpu(() => parse(text, { format: 'ep' }))
    const off = cpu(() => parse(text, { format: 'ep', references: false }))
    line += `; in parse (references on minus off) ${mbps(bytes, on - off)} MB/s`
  }
  console.log(line)
}
