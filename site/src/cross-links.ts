import type { Element } from 'hast'
import { h } from 'hastscript'
import { clauseKey, demandAnchor, type Catalog } from './catalog.js'
import { clauseName } from './kind-label.js'
import type { SiteDemand, Stance } from './model.js'
import { stanceBadge, stanceLabels } from './stance.js'

const strength: Record<Stance, number> = { met: 0, partial: 1, opposed: 2, 'not addressed': 3 }

// The strongest answers are named; a clause that touches many demands sends to Compare for the rest.
const listedAnswers = 3

/** The strongest answer a demand gets: met before partial before opposed. */
function bestStance(demand: SiteDemand): Stance {
  return demand.matches.reduce<Stance>((best, m) => (strength[m.stance] < strength[best] ? m.stance : best), 'not addressed')
}

function demandLabel(demand: SiteDemand, catalog: Catalog): string {
  const clause = catalog.clauseByKey.get(clauseKey(demand.doc, demand.id))
  const document = catalog.documentById.get(demand.doc)
  const where = document ? `${document.tree.kind}${document.date ? ` of ${document.date}` : ''}` : demand.doc
  return `${clause ? clauseName(clause) : demand.id}, ${where}`
}

/**
 * The links between a clause and the Compare page: a demand points to its row and says how
 * far the resolution met it; a resolution clause lists the demands it answers.
 */
export function compareLinks(doc: string, id: string, catalog: Catalog): Element | undefined {
  const key = clauseKey(doc, id)
  const demand = catalog.demandByKey.get(key)
  if (demand) {
    return h('p', { className: ['xref'] }, [
      'A demand. The resolution’s best answer: ',
      stanceBadge(bestStance(demand)),
      ' ',
      h('a', { href: `/compare/#${demandAnchor(demand.doc, demand.id)}` }, 'see it on Compare')
    ])
  }
  const answers = [...(catalog.answersByKey.get(key) ?? [])].sort((a, b) => strength[a.stance] - strength[b.stance])
  if (answers.length === 0) return undefined
  const shown = answers.slice(0, listedAnswers)
  return h('p', { className: ['xref'] }, [
    answers.length === 1 ? 'Answers a demand: ' : `Answers ${answers.length} demands: `,
    ...shown.flatMap(({ demand, stance }, i) => [
      i > 0 ? '; ' : '',
      h('a', { href: `/compare/#${demandAnchor(demand.doc, demand.id)}` }, demandLabel(demand, catalog)),
      ` (${stanceLabels[stance].toLowerCase()})`
    ]),
    answers.length > shown.length ? `; and ${answers.length - shown.length} more on ` : '',
    answers.length > shown.length ? h('a', { href: '/compare/' }, 'Compare') : ''
  ])
}
