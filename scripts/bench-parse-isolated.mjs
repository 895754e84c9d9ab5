// Parse time of each corpus file against remark-parse alone, every column in a process of its own.
// Run after `npx tsc -b`: node scripts/bench-parse-isolated.mjs [rounds]
// remark-parse's speed depends on what else its process has run: alone in a fresh process it reads
// the EDRi letter about 20% faster than inside scripts/bench-parse.mjs. So here each column
// (remark-parse, parse, parse without references) is timed in a fresh process, the columns in
// turn, `rounds` times (2 by default); each figure is the best of its rounds, in ms of CPU time.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { corpusFormats } from './parse-inputs.mjs'

const root = new URL('../', import.meta.url)
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** One column on one file, in this process: warm for 1.5 s, then the best mean over ~50 ms batches for 3 s. */
async function column(which, file, format) {
  const text = readFileSync(new URL(`corpus/${file}`, root), 'utf8')
  let fn
  if (which === 'remark') {
    const { unified } = await import(new URL('packages/parser/node_modules/unified/index.js', root).href)
    const { default: remarkParse } = await import(new URL('packages/parser/node_modules/remark-parse/index.js', root).href)
    const remark = unified().use(remarkParse)
    fn = () => remark.parse(text)
  } else {
    const { parse } = await import(new URL('packages/parser/dist/index.js', root).href)
    fn = which === 'parse' ? () => parse(text, { format }) : () => parse(text, { format, references: false })
  }
  const warmUntil = performance.now() + 1500
  const warmStart = cpuMs()
  let count = 0
  do {
    fn()
    count++
  } while (performance.now() < warmUntil)
  const size = Math.max(1, Math.round(50 / ((cpuMs() - warmStart) / count)))
  let best = Infinity
  const until = performance.now() + 3000
  while (performance.now() < until) {
    const start = cpuMs()
    for (let k = 0; k < size; k++) fn()
    best = Math.min(best, (cpuMs() - start) / size)
  }
  return best
}

if (process.argv[2] === '--column') {
  const [, , , which, file, format] = process.argv
  console.log(JSON.stringify(await column(which, file, format)))
} else {
  const rounds = Number(process.argv[2] ?? 2)
  const columns = ['remark', 'parse', 'no-refs']
  const self = fileURLToPath(import.meta.url)
  console.log(`machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'} (${cpus().length} cores), ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`)
  console.log(`figures: ms of CPU time per parse, each column in a fresh process, best of ${rounds} rounds; ratio = remark-parse time / parse time\n`)
  console.log('| input                      | remark ms | parse ms | no refs ms | ratio | ratio no refs |')
  console.log('|----------------------------|-----------|----------|------------|-------|---------------|')
  for (const [file, format] of corpusFormats) {
    const best = Object.fromEntries(columns.map((c) => [c, Infinity]))
    for (let round = 0; round < rounds; round++) {
      for (const which of columns) {
        const ms = JSON.parse(execFileSync(process.execPath, [self, '--column', which, file, format], { encoding: 'utf8' }))
        best[which] = Math.min(best[which], ms)
      }
    }
    const cells = [file.padEnd(26), best.remark.toFixed(3).padEnd(9), best.parse.toFixed(3).padEnd(8), best['no-refs'].toFixed(3).padEnd(10), (best.remark / best.parse).toFixed(2).padEnd(5), (best.remark / best['no-refs']).toFixed(2).padEnd(13)]
    console.log(`| ${cells.join(' | ')} |`)
  }
}
