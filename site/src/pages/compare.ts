import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { clauseKey, clausePath, demandAnchor, documentPath, slug, type Catalog } from '../catalog.js'
import { page } from '../layout.js'
import { stances, type SiteDemand, type SiteMatch, type Stance } from '../model.js'
import { stanceBadge, stanceLabels, stanceSlug } from '../stance.js'
import { displayText } from '../reading.js'
import { clauseName } from '../kind-label.js'

/** Matches shown in full; the rest wait in a disclosure. */
const shownMatches = 3

/**
 * The text with the quoted words marked, when they are found in it (a quote clipped with "…"
 * is looked up without it); otherwise the text alone.
 */
export function withQuoteMarked(text: string, quote: string | undefined): Array<string | Element> {
  const words = quote?.replace(/^…\s?/, '').replace(/\s?…$/, '').trim()
  if (!words || words === text.trim()) return [text]
  const at = text.indexOf(words)
  if (at < 0) return [text]
  return [text.slice(0, at), h('mark', words), text.slice(at + words.length)]
}

export function isUnanswered(demand: SiteDemand): boolean {
  return demand.matches.every((m) => m.stance === 'not addressed')
}

function matchItem(match: SiteMatch, catalog: Catalog): ElementContent {
  const clause = catalog.clauseByKey.get(clauseKey(match.doc, match.id))
  const name = clause ? clauseName(clause) : match.id
  return h('li', { className: ['match', `match--${stanceSlug(match.stance)}`], 'data-stance': stanceSlug(match.stance) }, [
    h('p', { className: ['match-head'] }, [
      stanceBadge(match.stance),
      ' ',
      h('a', { href: clausePath(match.doc, match.id) }, name),
      match.source === 'curated' ? h('span', { className: ['curated'] }, ' · confirmed by an editor') : ''
    ]),
    clause ? h('p', { className: ['match-text'] }, withQuoteMarked(displayText(clause), match.quote)) : null,
    match.evidence.length > 0
      ? h('div', { className: ['evidence'] }, [
          h('p', { className: ['evidence-label'] }, 'Why:'),
          h('ul', match.evidence.map((e) => h('li', e)))
        ])
      : null
  ].filter((c) => c !== null))
}

function demandRow(demand: SiteDemand, catalog: Catalog): ElementContent {
  const clause = catalog.clauseByKey.get(clauseKey(demand.doc, demand.id))
  const unanswered = isUnanswered(demand)
  const answering = demand.matches.filter((m) => m.stance !== 'not addressed')
  const matches = answering.length > 0 ? answering : demand.matches
  const anchor = demandAnchor(demand.doc, demand.id)
  const headingId = `${anchor}-h`
  // The stance filter reads what the row shows: the answering clauses, or "not addressed".
  const stanceSet = unanswered ? ['not-addressed'] : [...new Set(answering.map((m) => stanceSlug(m.stance)))]
  return h(
    'article',
    {
      className: ['demand', unanswered ? 'demand--unanswered' : ''].filter(Boolean),
      id: anchor,
      'aria-labelledby': headingId,
      'data-subject': slug(demand.subject),
      'data-stances': stanceSet.join(' ')
    },
    [
      h('div', { className: ['demand-side'] }, [
        h('h3', { id: headingId }, [h('span', { className: ['subject'] }, demand.subject), demand.ask && demand.ask !== 'other' ? h('span', { className: ['ask'] }, ` · asks for: ${demand.ask}`) : '']),
        h('blockquote', { className: ['demand-text'] }, h('p', withQuoteMarked(demand.text, demand.quote))),
        h('p', { className: ['demand-source'] }, [
          h('a', { href: clausePath(demand.doc, demand.id) }, clause ? clauseName(clause) : demand.id),
          ...(demand.restatedBy ?? []).flatMap((r) => [
            ' · restated in ',
            h('a', { href: clausePath(r.doc, r.id) }, catalog.documentById.get(r.doc)?.title ?? r.doc)
          ])
        ]),
        demand.why ? h('p', { className: ['demand-why'] }, `Read as a demand: ${demand.why}`) : ''
      ]),
      h('div', { className: ['answer-side'] }, [
        h('h4', { className: ['vh'] }, 'What the resolution says'),
        ...(unanswered ? unansweredSide(matches, catalog) : answeredSide(matches, catalog))
      ])
    ]
  )
}

function answeredSide(matches: SiteMatch[], catalog: Catalog): Array<ElementContent | string> {
  return [
    h('ul', { className: ['matches'] }, matches.slice(0, shownMatches).map((m) => matchItem(m, catalog))),
    matches.length > shownMatches
      ? h('details', { className: ['more-matches'] }, [
          h('summary', `${matches.length - shownMatches} more related clauses`),
          h('ul', { className: ['matches'] }, matches.slice(shownMatches).map((m) => matchItem(m, catalog)))
        ])
      : ''
  ]
}

// An unanswered demand says so first; the nearest clauses wait folded, for whoever wants to check.
function unansweredSide(matches: SiteMatch[], catalog: Catalog): Array<ElementContent | string> {
  return [
    h('p', { className: ['unanswered-label'] }, [stanceBadge('not addressed'), ' Nothing in the resolution answers this demand.']),
    matches.length > 0
      ? h('details', { className: ['more-matches'] }, [
          h('summary', `The ${matches.length} nearest clauses, and why they do not answer it`),
          h('ul', { className: ['matches'] }, matches.map((m) => matchItem(m, catalog)))
        ])
      : ''
  ]
}

function filters(subjects: string[]): ElementContent {
  return h('form', { className: ['filters'], hidden: true, 'aria-label': 'Filter demands' }, [
    h('div', [
      h('label', { htmlFor: 'filter-subject' }, 'Subject'),
      h('select', { id: 'filter-subject', name: 'subject' }, [
        h('option', { value: '' }, 'All subjects'),
        ...subjects.map((s) => h('option', { value: slug(s) }, s))
      ])
    ]),
    h('div', [
      h('label', { htmlFor: 'filter-stance' }, 'Stance'),
      h('select', { id: 'filter-stance', name: 'stance' }, [
        h('option', { value: '' }, 'All stances'),
        ...stances.map((s) => h('option', { value: stanceSlug(s) }, stanceLabels[s]))
      ])
    ]),
    h('p', { className: ['filter-count'], role: 'status', 'aria-live': 'polite' })
  ])
}

export function comparePage(catalog: Catalog): string {
  const demands = catalog.input.demands ?? []
  const subjects = [...new Set(demands.map((d) => d.subject))].sort()
  const unanswered = demands.filter(isUnanswered).length
  const sections: ElementContent[] = []
  for (const document of catalog.documents) {
    const own = catalog.demandsByDoc.get(document.tree.id)
    if (!own?.length) continue
    sections.push(
      h('section', { className: ['demand-group'], id: `doc-${document.tree.id}`, 'aria-labelledby': `h-${document.tree.id}` }, [
        h('h2', { id: `h-${document.tree.id}` }, [h('a', { href: documentPath(document.tree.id) }, document.title), document.date ? ` (${document.date})` : '']),
        ...own.map((demand) => demandRow(demand, catalog))
      ])
    )
  }
  return page({
    title: 'Compare demands with the resolution',
    section: 'compare',
    main: [
      h('h1', 'What the letters asked, and what Parliament adopted'),
      h('p', { className: ['lede'] }, [
        `${demands.length} demands from the letters, each beside the resolution paragraphs that answer it, with the stance and the evidence for it. `,
        unanswered > 0 ? `${unanswered} ${unanswered === 1 ? 'demand is' : 'demands are'} not answered by any paragraph and marked as such.` : ''
      ]),
      h('dl', { className: ['legend'] }, stances.map((s) => h('div', [h('dt', stanceBadge(s)), h('dd', legendText[s])]))),
      h('p', { className: ['hint'] }, ['Marked words: ', h('mark', 'the part of a demand that asks'), ' and ', h('mark', 'the part of a clause that answers'), '.']),
      filters(subjects),
      ...(sections.length > 0 ? sections : [h('p', 'No demands have been found in this corpus.')])
    ]
  })
}

const legendText: Record<Stance, string> = {
  met: 'same ask, same scope',
  partial: 'a weaker ask, a narrower scope or an exception',
  opposed: 'the resolution goes the other way',
  'not addressed': 'no paragraph answers it'
}
