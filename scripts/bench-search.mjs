// The search benchmark: @whereas/search (lunr's weights, packed, with its own conjunctive query loop) against
// MiniSearch on the same synthetic clauses and the same queries, at 100, 1,000 and 10,000 documents of ~50 clauses.
// lunr out of the box (its own serialisation and Index.query on the same index) is reported too, where its JSON fits
// in a JavaScript string (up to --lunr-max documents, 1,000 by default).
// Run after `npx tsc -b`: node scripts/bench-search.mjs [--sizes 100,1000,10000] [--reps N] [--lunr-max N]
// Both engines index the same analysed terms (whereas's analyzer: stems, joined compounds,
// thesaurus concepts) in the same three fields and answer the same all-terms queries, so the
// figures compare the engines, not two analyzers. The records (clause texts, shown in hits)
// are the same for both and reported apart.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { cpus, loadavg, totalmem } from 'node:os'
import { getHeapStatistics } from 'node:v8'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

// A 10,000-document index does not fit lunr's builder in node's default heap: re-run with room.
if (getHeapStatistics().heap_size_limit < 12e9 && !process.env.WHEREAS_BENCH_CHILD) {
  const run = spawnSync(process.execPath, ['--max-old-space-size=16384', '--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, WHEREAS_BENCH_CHILD: '1' }
  })
  process.exit(run.status ?? 1)
}

const root = new URL('../', import.meta.url)
const search = await import(new URL('packages/search/dist/index.js', root).href)
const { planQuery } = await import(new URL('packages/search/dist/plan.js', root).href)
const { indexTerms, analyze } = await import(new URL('packages/search/dist/analyzer.js', root).href)
const { synthesizeRecords, seedRecords } = await import(new URL('scripts/synth-corpus.mjs', root).href)
const { default: MiniSearch } = await import('minisearch')
// lunr as @whereas/search has it (a dependency of that package, not of the root).
const lunr = createRequire(new URL('packages/search/package.json', root))('lunr')

const option = (name, fallback) => {
  const at = process.argv.indexOf(name)
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback
}
const sizes = option('--sizes', '100,1000,10000').split(',').map(Number)
const reps = Number(option('--reps', '5'))
// lunr's own JSON is ~780 B a clause: at 10,000 documents it is longer than V8's longest string.
const lunrMax = Number(option('--lunr-max', '1000'))

// A fixed mix of what researchers type: rare and common words, several words, phrases,
// acronyms through the thesaurus, filters and exclusions.
const queries = [
  'Clearview',
  'predictive policing',
  'facial recognition',
  'surveillance',
  'fundamental rights',
  'ban biometric mass surveillance',
  '"publicly accessible spaces"',
  '"the right to an effective remedy"',
  'RBI',
  'GDPR',
  'EDPB',
  'data protection impact assessment',
  'law enforcement -surveillance',
  'kind:paragraph moratorium',
  'cites:charter-47',
  'discrimination doc:synth-000001',
  'non-discrimination',
  'xkato',
  'judicial authorities criminal matters',
  'transparency accountability oversight'
]

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(0))
const mb = (bytes) => (bytes / 1e6).toFixed(1) + ' MB'
// CPU time of this process (user + system), not wall time: the machine is shared, and other
// processes' load inflates wall time far more than it inflates the CPU a piece of work takes.
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const time = (fn) => {
  const started = cpuMs()
  const value = fn()
  return [cpuMs() - started, value]
}
const latencies = (run) => {
  const samples = []
  for (const query of queries) run(query) // warm up
  for (let r = 0; r < reps; r++) for (const query of queries) samples.push(time(() => run(query))[0])
  samples.sort((a, b) => a - b)
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) }
}

/** The same query for MiniSearch: the terms of the first plan variant, all required, less the excluded ones, then the same filters and phrase checks. */
function miniSearchQuery(index, records, query) {
  const plan = planQuery(search.parseQuery(query), index.thesaurus)
  const variant = plan.variants[0]
  const required = variant ? variant.clauses.filter((c) => c.presence === 'required') : []
  const prohibited = plan.prohibited.map((c) => c.term)
  return (mini) => {
    if (required.length === 0) return []
    let query = { combineWith: 'AND', queries: required.map((c) => ({ queries: [c.term], fields: [...c.fields] })) }
    if (prohibited.length) query = { combineWith: 'AND_NOT', queries: [query, { combineWith: 'OR', queries: prohibited }] }
    const phrases = plan.phrases
    return mini
      .search(query, {
        filter: (hit) => {
          const record = records[hit.id]
          for (const filter of plan.filters) {
            const value = filter.field === 'doc' ? record.doc : filter.field === 'kind' ? record.kind : undefined
            if (value !== undefined && (value === filter.value) === filter.negated) return false
          }
          return phrases.every((phrase) => record.text.toLowerCase().includes(phrase))
        }
      })
      .slice(0, 10)
  }
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}, load average ${loadavg()[0].toFixed(1)}`)
console.log(`queries: ${queries.length} (each ${reps} times after a warm-up); figures in ms of CPU time unless marked\n`)
const seeds = seedRecords()
const rows = []
for (const documents of sizes) {
  globalThis.gc?.()
  const [synthMs, records] = time(() => synthesizeRecords({ documents, seed: 42, seeds }))
  const clauses = records.length
  console.log(`== ${documents} documents, ${clauses} clauses (synthesised in ${ms(synthMs)} ms)`)

  // whereas: lunr's Builder weighs, @whereas/search packs and queries.
  const [buildMs, index] = time(() => search.buildIndex(records))
  const serialised = search.serializeIndex(index)
  const json = JSON.stringify(serialised)
  const indexJson = JSON.stringify(serialised.index)
  const recordsJson = JSON.stringify(serialised.records)
  const [loadMs, loaded] = time(() => search.loadIndex(JSON.parse(json)))
  if (!loaded.ok) throw new Error(loaded.message)
  const full = latencies((query) => search.search(loaded.index, query, { limit: 10 }))
  const plans = new Map(queries.map((q) => [q, planQuery(search.parseQuery(q), loaded.index.thesaurus)]))
  const engine = latencies((query) => plans.get(query).variants[0] && loaded.index.engine.run(plans.get(query).variants[0].clauses))

  // lunr out of the box: its own serialisation of the same index, and Index.query on the same term clauses.
  let lunrRow
  if (documents <= lunrMax) {
    const lunrJson = JSON.stringify(index.engine.toLunrJSON())
    const lunrIndex = lunr.Index.load(JSON.parse(lunrJson))
    const presence = { required: lunr.Query.presence.REQUIRED, optional: lunr.Query.presence.OPTIONAL, prohibited: lunr.Query.presence.PROHIBITED }
    const lunrLatency = latencies((query) => {
      const variant = plans.get(query).variants[0]
      if (!variant) return []
      return lunrIndex.query((q) => {
        for (const c of variant.clauses) q.term(c.term, { fields: [...c.fields], presence: presence[c.presence], boost: c.boost ?? 1, usePipeline: false })
      })
    })
    lunrRow = { index: lunrJson.length, indexGz: gzipSync(lunrJson).length, ...lunrLatency }
  }

  // MiniSearch on the same terms.
  const terms = records.map((record) => {
    const words = analyze(record.text)
    return { text: indexTerms(words), concepts: index.thesaurus.findAll(words).map((m) => m.id), title: indexTerms(analyze(record.title)) }
  })
  const options = {
    fields: ['text', 'concepts', 'title'],
    extractField: (doc, field) => (field === 'id' ? doc.id : terms[doc.id][field].join(' ')),
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 0.15 } }
  }
  const [miniBuildMs, mini] = time(() => {
    const built = new MiniSearch(options)
    built.addAll(records.map((_, id) => ({ id })))
    return built
  })
  const miniJson = JSON.stringify(mini)
  // Both loads include the clause records a page needs to show hits: whereas's file holds them, MiniSearch's does not.
  const [miniLoadMs, miniLoaded] = time(() => {
    JSON.parse(recordsJson)
    return MiniSearch.loadJSON(miniJson, options)
  })
  const miniQueries = new Map(queries.map((q) => [q, miniSearchQuery(loaded.index, records, q)]))
  const miniLatency = latencies((query) => miniQueries.get(query)(miniLoaded))

  const gz = (text) => gzipSync(text).length
  const row = {
    documents,
    clauses,
    whereas: { build: buildMs, index: indexJson.length, indexGz: gz(indexJson), load: loadMs, ...full, engineP50: engine.p50, engineP95: engine.p95 },
    lunr: lunrRow,
    mini: { build: miniBuildMs, index: miniJson.length, indexGz: gz(miniJson), load: miniLoadMs, ...miniLatency },
    records: { raw: recordsJson.length, gz: gz(recordsJson) },
    file: json.length
  }
  rows.push(row)
  const w = row.whereas
  const m = row.mini
  console.log(`  build          whereas ${ms(w.build)}   MiniSearch ${ms(m.build)}   ratio ${(w.build / m.build).toFixed(2)}`)
  console.log(`  index size     whereas ${mb(w.index)} (${mb(w.indexGz)} gz, ${(w.index / clauses).toFixed(0)} B/clause)   MiniSearch ${mb(m.index)} (${mb(m.indexGz)} gz, ${(m.index / clauses).toFixed(0)} B/clause)   ratio ${(w.index / m.index).toFixed(2)} (gz ${(w.indexGz / m.indexGz).toFixed(2)})`)
  console.log(`  records (texts, shared by both): ${mb(row.records.raw)} (${mb(row.records.gz)} gz); whole whereas file ${mb(row.file)}`)
  console.log(`  load (with records)  whereas ${ms(w.load)}   MiniSearch ${ms(m.load)}   ratio ${(w.load / m.load).toFixed(2)}`)
  console.log(`  query p50/p95  whereas engine ${ms(w.engineP50)}/${ms(w.engineP95)}   MiniSearch ${ms(m.p50)}/${ms(m.p95)}   ratio p50 ${(w.engineP50 / m.p50).toFixed(2)}`)
  if (row.lunr) {
    console.log(`  lunr out of the box: JSON ${mb(row.lunr.index)} (${mb(row.lunr.indexGz)} gz, ${(row.lunr.index / clauses).toFixed(0)} B/clause), Index.query p50/p95 ${ms(row.lunr.p50)}/${ms(row.lunr.p95)}`)
  }
  console.log(`  whereas search() end to end (plan, rank, filters, phrases, snippets): p50 ${ms(w.p50)}, p95 ${ms(w.p95)}\n`)
}
console.log(`load average at the end ${loadavg()[0].toFixed(1)}`)
console.log(JSON.stringify(rows))
