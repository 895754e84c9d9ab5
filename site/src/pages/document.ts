import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Clause, ClauseKind } from '@whereas/parser'
import { isClause, safeHttpUrl, type Catalog } from '../catalog.js'
import { page } from '../layout.js'
import type { SiteDocument } from '../model.js'
import { clauseContent, newDocumentContext, renderBlock, renderClause, type DocumentContext } from '../tree-to-hast.js'
import { documentFacts, kindName } from './facts.js'

// The resolution's parts, as the EP prints them, each under its own heading.
const resolutionParts: Partial<Record<ClauseKind, string>> = {
  citation: 'Citations — having regard to',
  recital: 'Recitals — whereas',
  paragraph: 'Operative paragraphs',
  footnote: 'Footnotes'
}

function partHeading(kind: ClauseKind, document: SiteDocument): string | undefined {
  if (document.tree.kind === 'resolution') return resolutionParts[kind]
  if (kind === 'footnote') return 'Footnotes'
  if (kind === 'signatory') return 'Signatories'
  return undefined
}

function headingClause(clause: Clause, ctx: DocumentContext): Element {
  return h('h2', { id: clause.id, className: ['clause', 'clause--heading'] }, clauseContent(clause, ctx))
}

/** The body of a document: clauses in order, grouped under part headings where the kind changes. */
function documentBody(document: SiteDocument, ctx: DocumentContext, parts: Array<{ id: string; heading: string }>): ElementContent[] {
  const out: ElementContent[] = []
  let group: Element | undefined
  let part: string | undefined
  for (const node of document.tree.children) {
    if (!isClause(node)) {
      const block = renderBlock(node)
      if (block) {
        out.push(block)
        group = undefined
      }
      continue
    }
    if (node.kind === 'heading') {
      out.push(headingClause(node, ctx))
      group = undefined
      continue
    }
    const heading = partHeading(node.kind, document)
    if (heading && heading !== part) {
      part = heading
      const id = `part-${parts.length + 1}`
      parts.push({ id, heading })
      out.push(h('h2', { className: ['part'], id }, heading))
      group = undefined
    } else if (!heading) {
      part = undefined
    }
    const groupClass = node.kind === 'signatory' ? 'signatories' : 'clauses'
    if (!group || !(group.properties.className as string[]).includes(groupClass)) {
      group = h('div', { className: [groupClass] })
      out.push(group)
    }
    group.children.push(renderClause(node, ctx))
  }
  return out
}

export function documentPage(document: SiteDocument, catalog: Catalog): string {
  const tree = document.tree
  const ctx = newDocumentContext(catalog, tree.id, tree.format === 'pdf-text')
  const parts: Array<{ id: string; heading: string }> = []
  const body = documentBody(document, ctx, parts)
  const source = safeHttpUrl(document.source)
  const demands = catalog.demandsByDoc.get(tree.id)?.length ?? 0
  const header: ElementContent[] = [
    h('p', { className: ['eyebrow'] }, [kindName(tree.kind), document.date ? ` · ${document.date}` : '']),
    h('h1', { id: 'doc-title' }, document.title),
    document.summary ? h('p', { className: ['summary'] }, document.summary) : null,
    documentFacts(document, catalog),
    h('p', { className: ['document-links'] }, [
      h('a', { href: `/search/?doc=${encodeURIComponent(tree.id)}` }, 'Search this document'),
      ' · ',
      h('a', { href: 'source.txt' }, 'Source text as published'),
      source ? ' · ' : '',
      source ? h('a', { href: source, rel: 'external noopener' }, 'Original on the web') : '',
      demands > 0 ? ' · ' : '',
      demands > 0 ? h('a', { href: `/compare/#doc-${tree.id}` }, `${demands} ${demands === 1 ? 'demand' : 'demands'} compared with the resolution`) : '',
      ctx.showOriginal
        ? h('span', { className: ['reading-note'] }, [
            ' · Shown in a normalised reading that repairs PDF extraction damage; each changed clause keeps its original text below it.'
          ])
        : ''
    ].filter((child) => child !== '')),
    parts.length > 1
      ? h('nav', { className: ['parts'], 'aria-label': 'Parts of this document' }, [
          h('ul', parts.map((p) => h('li', h('a', { href: `#${p.id}` }, p.heading))))
        ])
      : null
  ].filter((child): child is Element => child !== null)
  const descriptions = h(
    'div',
    { hidden: true },
    [...ctx.descriptions.values()].map((d) => h('span', { id: d.id }, d.text))
  )
  return page({
    title: document.title,
    section: 'corpus',
    description: document.summary,
    main: [
      h('article', { className: ['document', `document--${tree.kind}`], 'aria-labelledby': 'doc-title' }, [
        h('header', { className: ['document-header'] }, header),
        ...body
      ]),
      descriptions
    ]
  })
}
