import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { documentPath, type Catalog } from '../catalog.js'
import { page } from '../layout.js'
import { countsLine, documentCounts } from './facts.js'
import { kindName } from './facts.js'

/** The search form: a plain GET to the search page, so it works before any script runs. */
export function searchForm(id: string, value = ''): ElementContent {
  return h('form', { className: ['search-form'], action: '/search/', method: 'get', role: 'search' }, [
    h('label', { htmlFor: id }, 'Search every clause'),
    h('div', { className: ['search-row'] }, [
      h('input', {
        type: 'search',
        id,
        name: 'q',
        value,
        autocomplete: 'off',
        placeholder: 'e.g. Clearview, predictive policing, charter:47'
      }),
      h('button', { type: 'submit' }, 'Search')
    ])
  ])
}

export function homePage(catalog: Catalog): string {
  const top = [...catalog.instruments.values()]
    .sort((a, b) => b.citations.length - a.citations.length || a.provision.label.localeCompare(b.provision.label))
    .slice(0, 8)
  const demands = catalog.input.demands ?? []
  return page({
    title: 'The corpus',
    section: 'corpus',
    description: 'An annotated explorer of EU policy texts: clauses, citations, search and demands compared with the resolution.',
    main: [
      h('h1', 'The corpus, clause by clause'),
      h('p', { className: ['lede'] }, [
        `${catalog.documents.length} ${catalog.documents.length === 1 ? 'document' : 'documents'}, read clause by clause: `,
        'every citation resolved to the provision it cites, every clause searchable, ',
        'and every demand of the letters set beside the resolution paragraphs that answer it.'
      ]),
      searchForm('home-q'),
      h('h2', 'Documents'),
      h(
        'ul',
        { className: ['documents'] },
        catalog.documents.map((document) => {
          const tree = document.tree
          return h('li', { className: ['document-card'] }, [
            h('p', { className: ['eyebrow'] }, [kindName(tree.kind), document.date ? ` · ${document.date}` : '']),
            h('h3', h('a', { href: documentPath(tree.id) }, document.title)),
            document.authors?.length ? h('p', { className: ['authors'] }, document.authors.join(', ')) : null,
            document.summary ? h('p', { className: ['summary'] }, document.summary) : null,
            h('p', { className: ['counts'] }, countsLine(documentCounts(document, catalog)))
          ].filter((c) => c !== null))
        })
      ),
      h('h2', 'Start here'),
      h('ul', { className: ['start'] }, [
        h('li', [
          h('a', { href: '/compare/' }, 'Compare demands with the resolution'),
          demands.length > 0 ? ` — ${demands.length} demands from the letters, each with the paragraphs that answer it.` : ''
        ]),
        h('li', [
          h('a', { href: '/provision/' }, 'Every cited provision'),
          top.length > 0 ? ' — most cited: ' : '',
          ...top.flatMap((entry, i) => [
            i > 0 ? ', ' : '',
            h('a', { href: entry.provision.path }, entry.provision.label),
            ` (${entry.citations.length})`
          ])
        ])
      ])
    ]
  })
}
