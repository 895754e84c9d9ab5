import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import {
  append,
  clausePath,
  compareArticles,
  documentPath,
  type Catalog,
  type Citation,
  type InstrumentEntry,
  type Provision
} from '../catalog.js'
import { page } from '../layout.js'
import { readingPieces } from '../reading.js'
import { clauseName } from '../kind-label.js'

const contextBefore = 140
const contextAfter = 200

/** The clause text around the first citing words, with those words marked. */
function excerpt(citation: Citation): Array<string | Element> {
  const pieces = readingPieces(citation.clause)
  let offset = 0
  let found = -1
  let length = 0
  let text = ''
  for (const piece of pieces) {
    if (found < 0 && piece.node === citation.reference) {
      found = offset
      length = piece.text.length
    }
    offset += piece.text.length
    text += piece.text
  }
  if (found < 0) return [text.slice(0, contextBefore + contextAfter)]
  // Cut on spaces, so the excerpt starts and ends with whole words.
  let from = Math.max(0, found - contextBefore)
  if (from > 0) {
    const space = text.indexOf(' ', from)
    if (space >= 0 && space < found) from = space + 1
  }
  let to = Math.min(text.length, found + length + contextAfter)
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    if (space > found + length) to = space
  }
  return [
    from > 0 ? '…' : '',
    text.slice(from, found).trimStart(),
    h('mark', text.slice(found, found + length)),
    text.slice(found + length, to).trimEnd(),
    to < text.length ? '…' : ''
  ]
}

/** One entry per citing clause, listing all its citing words. */
function citingClauses(citations: Citation[], catalog: Catalog): ElementContent[] {
  const byDoc = new Map<string, Map<string, Citation[]>>()
  for (const citation of citations) {
    const clauses = byDoc.get(citation.doc) ?? new Map<string, Citation[]>()
    append(clauses, citation.clause.id, citation)
    byDoc.set(citation.doc, clauses)
  }
  const out: ElementContent[] = []
  for (const [doc, clauses] of byDoc) {
    const title = catalog.documentById.get(doc)?.title ?? doc
    out.push(h('h3', { className: ['citing-document'] }, h('a', { href: documentPath(doc) }, title)))
    out.push(
      h(
        'ul',
        { className: ['citing'] },
        [...clauses.values()].map((group) => {
          const first = group[0] as Citation
          const words = [...new Set(group.map((c) => c.words.trim()))]
          return h('li', [
            h('a', { href: clausePath(doc, first.clause.id), className: ['clause-link'] }, clauseName(first.clause)),
            h('span', { className: ['citing-words'] }, [' — cited as ', words.map((w) => `“${w}”`).join(', ')]),
            h('p', { className: ['excerpt'] }, excerpt(first))
          ])
        })
      )
    )
  }
  return out
}

function clauseCount(citations: Citation[]): string {
  const n = new Set(citations.map((c) => `${c.doc}#${c.clause.id}`)).size
  return `${n} ${n === 1 ? 'clause' : 'clauses'}`
}

function citationSections(citations: Citation[], catalog: Catalog): ElementContent[] {
  const explicit = citations.filter((c) => c.resolution !== 'implicit')
  const implicit = citations.filter((c) => c.resolution === 'implicit')
  return [
    h('section', { 'aria-labelledby': 'explicit' }, [
      h('h2', { id: 'explicit' }, `Cited explicitly (${clauseCount(explicit)})`),
      h('p', { className: ['hint'] }, 'By name, number or defined term, through a footnote, or by “thereof”.'),
      ...(explicit.length > 0 ? citingClauses(explicit, catalog) : [h('p', 'No clause cites it explicitly.')])
    ]),
    h('section', { 'aria-labelledby': 'implicit' }, [
      h('h2', { id: 'implicit' }, `Invoked implicitly (${clauseCount(implicit)})`),
      h('p', { className: ['hint'] }, 'By the words of the right (“presumption of innocence”, “non-discrimination”), without naming the article.'),
      ...(implicit.length > 0 ? citingClauses(implicit, catalog) : [h('p', 'No clause invokes it implicitly.')])
    ])
  ]
}

function externalLink(provision: Provision): ElementContent[] {
  if (!provision.url) return []
  return [h('p', h('a', { href: provision.url, rel: 'external noopener' }, `Read ${provision.label} on EUR-Lex`))]
}

function breadcrumbs(items: Array<{ href?: string; label: string }>): ElementContent {
  return h('nav', { 'aria-label': 'Breadcrumb', className: ['breadcrumb'] }, [
    h(
      'ol',
      items.map((item) =>
        h('li', item.href ? h('a', { href: item.href }, item.label) : h('span', { 'aria-current': 'page' }, item.label))
      )
    )
  ])
}

export function instrumentPage(entry: InstrumentEntry, catalog: Catalog): string {
  const p = entry.provision
  const articles = [...entry.articles.values()].sort((a, b) => compareArticles(a.provision.article ?? '', b.provision.article ?? ''))
  return page({
    title: p.title ? `${p.label}: ${p.title}` : p.label,
    section: 'provisions',
    main: [
      breadcrumbs([{ href: '/provision/', label: 'Provisions' }, { label: p.label }]),
      h('h1', p.title ? `${p.label}: ${p.title}` : p.label),
      ...externalLink(p),
      articles.length > 0
        ? h('section', { 'aria-labelledby': 'articles' }, [
            h('h2', { id: 'articles' }, 'Articles cited'),
            h(
              'ul',
              { className: ['articles'] },
              articles.map((a) =>
                h('li', [
                  h('a', { href: a.provision.path }, `Article ${a.provision.article}`),
                  a.provision.title ? ` — ${a.provision.title}` : '',
                  ` (${a.citations.length})`
                ])
              )
            )
          ])
        : h('p', 'No article of it is cited by number.'),
      ...citationSections(entry.citations, catalog)
    ]
  })
}

export function articlePage(entry: InstrumentEntry, article: { provision: Provision; citations: Citation[] }, catalog: Catalog): string {
  const p = article.provision
  return page({
    title: p.title ? `${p.label}: ${p.title}` : p.label,
    section: 'provisions',
    main: [
      breadcrumbs([
        { href: '/provision/', label: 'Provisions' },
        { href: entry.provision.path, label: entry.provision.label },
        { label: `Article ${p.article}` }
      ]),
      h('h1', p.title ? `${p.label}: ${p.title}` : p.label),
      ...externalLink(entry.provision.url ? { ...p, url: entry.provision.url } : p),
      ...citationSections(article.citations, catalog)
    ]
  })
}

export function provisionIndexPage(catalog: Catalog): string {
  const entries = [...catalog.instruments.values()].sort(
    (a, b) => b.citations.length - a.citations.length || a.provision.label.localeCompare(b.provision.label)
  )
  return page({
    title: 'Provisions',
    section: 'provisions',
    main: [
      h('h1', 'Provisions cited in the corpus'),
      h('p', { className: ['lede'] }, 'Every instrument and article the documents cite or invoke, with the clauses that do.'),
      entries.length === 0
        ? h('p', 'No citation has been resolved in this corpus.')
        : h(
            'table',
            { className: ['provisions'] },
            [
              h('caption', { className: ['vh'] }, 'Instruments, their cited articles and the number of citing passages'),
              h('thead', h('tr', [h('th', { scope: 'col' }, 'Instrument'), h('th', { scope: 'col' }, 'Citations'), h('th', { scope: 'col' }, 'Articles')])),
              h(
                'tbody',
                entries.map((entry) =>
                  h('tr', [
                    h('th', { scope: 'row' }, [
                      h('a', { href: entry.provision.path }, entry.provision.label),
                      entry.provision.title ? h('span', { className: ['title'] }, ` ${entry.provision.title}`) : ''
                    ]),
                    h('td', String(entry.citations.length)),
                    h(
                      'td',
                      [...entry.articles.values()]
                        .sort((a, b) => compareArticles(a.provision.article ?? '', b.provision.article ?? ''))
                        .flatMap((a, i) => [i > 0 ? ' ' : '', h('a', { href: a.provision.path, title: a.provision.title }, a.provision.article ?? '')])
                    )
                  ])
                )
              )
            ]
          )
    ]
  })
}
