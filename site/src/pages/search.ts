import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type Catalog } from '../catalog.js'
import { page } from '../layout.js'
import { kindName } from './facts.js'

function select(id: string, name: string, label: string, options: Array<[string, string]>): ElementContent {
  return h('div', { className: ['filter'] }, [
    h('label', { htmlFor: id }, label),
    h('select', { id, name }, [h('option', { value: '' }, 'Any'), ...options.map(([value, text]) => h('option', { value }, text))])
  ])
}

/**
 * The search page. The form is a plain GET (`?q=`), so a search is a shareable URL; the
 * script `search.js` fetches the index on first use and answers as the reader types.
 */
export function searchPage(catalog: Catalog): string {
  const kinds = [...new Set(catalog.documents.flatMap((d) => d.tree.children.flatMap((c) => (c.type === 'clause' ? [c.kind] : []))))].sort()
  const provisions = [...catalog.instruments.values()]
    .sort((a, b) => b.citations.length - a.citations.length)
    .flatMap((entry) => [
      [entry.provision.instrument, entry.provision.label] as [string, string],
      ...[...entry.articles.values()].map(
        (a) => [`${a.provision.instrument}:${a.provision.article ?? ''}`, `${a.provision.label}${a.provision.title ? ` — ${a.provision.title}` : ''}`] as [string, string]
      )
    ])
  return page({
    title: 'Search',
    section: 'search',
    scripts: ['search.js'],
    preload: ['search-index.json'],
    main: [
      h('h1', 'Search the clauses'),
      h('form', { className: ['search-page-form'], action: '/search/', method: 'get', role: 'search', 'data-index': '/assets/search-index.json' }, [
        h('label', { htmlFor: 'q' }, 'Words, a phrase in quotes, or a provision'),
        h('div', { className: ['search-row'] }, [
          h('input', { type: 'search', id: 'q', name: 'q', autocomplete: 'off', placeholder: 'e.g. Clearview, "predictive policing", charter:47', 'aria-describedby': 'search-help' }),
          h('button', { type: 'submit' }, 'Search')
        ]),
        h('p', { id: 'search-help', className: ['hint'] }, 'Results appear as you type. Each links to the clause itself.'),
        h('fieldset', { className: ['search-filters'] }, [
          h('legend', 'Narrow to'),
          select('filter-doc', 'doc', 'Document', catalog.documents.map((d) => [d.tree.id, d.title.length > 60 ? `${d.title.slice(0, 57)}…` : d.title])),
          select('filter-kind', 'kind', 'Kind of clause', kinds.map((k) => [k, kindName(k)])),
          select('filter-cites', 'cites', 'Cites', provisions)
        ])
      ]),
      // Shown until the search script runs and removes it: it also covers a script that failed to load.
      h('p', { id: 'search-needs-script', className: ['notice'] }, [
        'Search needs JavaScript, which is off or has not loaded in this browser. Every document can still be read from ',
        h('a', { href: '/' }, 'the corpus page'),
        ', and every cited provision from ',
        h('a', { href: '/provision/' }, 'the provisions page'),
        '.'
      ]),
      h('p', { id: 'search-status', className: ['search-status'], role: 'status', 'aria-live': 'polite' }),
      h('ol', { id: 'search-results', className: ['results'] })
    ]
  })
}
