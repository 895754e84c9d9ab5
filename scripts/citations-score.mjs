// Precision and recall of the references `parse` attaches to the corpus, against the
// hand-checked gold lists in packages/parser/src/references/gold/. Run after `npx tsc -b`:
//   node scripts/citations-score.mjs
import { readFileSync } from 'node:fs'
import { parseManifest } from '../packages/crossref/dist/index.js'
import { parse } from '../packages/parser/dist/index.js'
import { score, total } from '../packages/parser/dist/references/gold/score.js'

const root = new URL('../', import.meta.url)
const { entries } = parseManifest(readFileSync(new URL('corpus/manifest.yaml', root), 'utf8'), 'corpus/manifest.yaml')
const explicit = []
const implicit = []
const pct = (x) => (100 * x).toFixed(1).padStart(5) + '%'
const row = (name, e, i) =>
  `${name.padEnd(24)} explicit ${String(e.matched).padStart(3)}/${String(e.gold).padStart(3)} gold, ${String(e.found).padStart(3)} found: P ${pct(e.precision)} R ${pct(e.recall)}   implicit ${String(i.matched).padStart(3)}/${String(i.gold).padStart(3)} gold, ${String(i.found).padStart(3)} found: P ${pct(i.precision)} R ${pct(i.recall)}`
for (const entry of entries) {
  const { tree } = parse(readFileSync(new URL(`corpus/${entry.file}`, root), 'utf8'), { format: entry.format, id: entry.id, kind: entry.kind })
  const found = []
  for (const clause of tree.children) {
    if (clause.type !== 'clause') continue
    for (const node of clause.children) {
      if (node.type !== 'reference' || node.target.instrument === 'self') continue
      found.push({ clause: clause.id, text: '', instrument: node.target.instrument, article: node.target.article ?? null, implicit: node.resolution === 'implicit' })
    }
  }
  const gold = JSON.parse(readFileSync(new URL(`packages/parser/src/references/gold/${entry.id}.json`, root), 'utf8')).references
  const figures = score(gold, found)
  explicit.push(figures.explicit)
  implicit.push(figures.implicit)
  console.log(row(entry.id, figures.explicit, figures.implicit))
}
console.log(row('whole corpus', total(explicit), total(implicit)))
